// --csv: one row per finding, for spreadsheets. RFC 4180: a header row, CRLF between records,
// fields with a comma, a double quote or a line break quoted (quotes doubled). Written with
// csv-stringify (which by itself quotes only the record delimiter, so a lone \n is matched too). A field that a spreadsheet would run as a formula (starting with =, +, -, @,
// tab or carriage return) gets a leading apostrophe, so that opening a file made from an
// untrusted text runs nothing.
import { stringify } from 'csv-stringify/sync';
import type { ParseResult } from '../types.js';

/** The columns, in order, as the header row names them. */
export const CSV_COLUMNS = ['document', 'subject', 'inspection_start', 'inspection_end', 'published', 'category', 'themes', 'text', 'line'] as const;

export function renderCsv(results: readonly ParseResult[], options: { header?: boolean } = {}): string {
  const rows = results.flatMap((r) =>
    r.findings.map((f) => [
      r.source.path ?? '',
      r.document.subject ?? '',
      r.document.inspectionDates?.start ?? '',
      r.document.inspectionDates?.end ?? '',
      r.document.publishedDate ?? '',
      f.category,
      f.themes.join(';'),
      f.text,
      String(f.position.start.line),
    ]),
  );
  return stringify(rows, { header: options.header ?? true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', quoted_match: /[\r\n]/, escape_formulas: true });
}
