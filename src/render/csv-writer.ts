// CSV text of rows (csv-stringify). Only --csv needs it, so the build loads it on first use
// (scripts/build.mjs, LAZY).
import { stringify } from 'csv-stringify/sync';

/**
 * RFC 4180 rows with CRLF line ends; every field holding a line break is quoted (csv-stringify
 * by itself quotes only the record delimiter), and fields a spreadsheet would run as formulas
 * are escaped.
 */
export function csvText(rows: readonly (readonly unknown[])[], columns: readonly string[], header: boolean): string {
  return stringify(rows as unknown[][], { header, columns: [...columns], record_delimiter: 'windows', quoted_match: /[\r\n]/, escape_formulas: true });
}
