// --csv: parsed back with csv-parse, every row is a finding with its document's metadata, and
// commas, quotes and line breaks survive RFC 4180 quoting.
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { CSV_COLUMNS, renderCsv } from '../src/render/csv.js';
import type { ParseResult } from '../src/types.js';

const load = (name: string): ParseResult => parse(readFileSync(new URL(`../fixtures/series-wrenford/${name}`, import.meta.url)), { path: name });

function synthetic(texts: string[], path: string | null = 'odd, "name".txt'): ParseResult {
  const pos = { start: { line: 7, column: 1, offset: 0 }, end: { line: 7, column: 2, offset: 1 } };
  return {
    schemaVersion: '1.0',
    source: { path, bytes: 0, sha256: '', encoding: 'utf-8' },
    document: { kind: null, title: null, inspectorate: null, subject: 'Eastshire, "North"', inspectionType: null, inspectionDates: null, publishedDate: null, inspectors: [] },
    judgements: [],
    findings: texts.map((text, i) => ({ id: `f${i + 1}`, category: 'strength', text, heading: null, themes: ['a-theme', 'b-theme'], rule: 'test', position: pos })),
    diagnostics: [],
  };
}

describe('renderCsv', () => {
  it('writes a header and one row per finding that parse back to the results', () => {
    const results = [load('2015-sif-report.txt'), load('2023-ilacs-report.txt')];
    const rows = parseCsv(renderCsv(results), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    const findings = results.flatMap((r) => r.findings.map((f) => ({ r, f })));
    expect(rows).toHaveLength(findings.length);
    rows.forEach((row, i) => {
      const { r, f } = findings[i] as (typeof findings)[number];
      expect(row).toEqual({
        document: r.source.path,
        subject: r.document.subject,
        inspection_start: r.document.inspectionDates?.start,
        inspection_end: r.document.inspectionDates?.end,
        published: r.document.publishedDate ?? '',
        category: f.category,
        themes: f.themes.join(';'),
        text: f.text,
        line: String(f.position.start.line),
      });
    });
    expect(rows.find((r) => /homeless/.test(r.text ?? ''))?.themes).toBe('homeless-16-17');
  });

  it('quotes commas, double quotes and line breaks (RFC 4180) and ends records with CRLF', () => {
    const texts = ['Plans, reviews and visits are late.', 'Staff said "not yet" twice.', 'One line\nand another', 'Plain text here.'];
    const csv = renderCsv([synthetic(texts)]);
    expect(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv).toContain('"Plans, reviews and visits are late."');
    expect(csv).toContain('"Staff said ""not yet"" twice."');
    expect(csv).toContain('"One line\nand another"');
    expect(csv).toContain(',Plain text here.,');
    expect(csv).toContain('"odd, ""name"".txt","Eastshire, ""North"""');
    const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.text)).toEqual(texts);
    expect(rows[0]?.document).toBe('odd, "name".txt');
    expect(rows[0]?.themes).toBe('a-theme;b-theme');
    expect(rows[0]?.line).toBe('7');
  });

  it('keeps a spreadsheet from running a finding as a formula', () => {
    const rows = parseCsv(renderCsv([synthetic(['=HYPERLINK("x")', '@SUM(A1)'])]), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.text)).toEqual(['\'=HYPERLINK("x")', "'@SUM(A1)"]);
  });

  it('writes only the header for no findings, and empty fields for unknowns', () => {
    expect(renderCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    const rows = parseCsv(renderCsv([synthetic(['Some finding text.'], null)]), { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ document: '', inspection_start: '', inspection_end: '', published: '' });
  });
});
