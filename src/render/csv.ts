// --csv: one row per finding, for spreadsheets. RFC 4180: a header row, CRLF between records,
// fields with a comma, a double quote or a line break quoted (quotes doubled), written with
// csv-stringify (csv-writer.ts). A field that a spreadsheet would run as a formula (starting
// with =, +, -, @, tab or carriage return) gets a leading apostrophe, so that opening a file
// made from an untrusted text runs nothing.
import { csvText } from './csv-writer.js';
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
  return csvText(rows, CSV_COLUMNS, options.header ?? true);
}
