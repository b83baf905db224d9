// The public API: what `import ... from 'inspect-parse'` gives. A change to this list is a
// change to the package's contract (and to its semver): update it on purpose.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../src/index.js';
import type { Io, ParseOptions, ParseResult } from '../src/index.js';

const EXPORTS = [
  'CATEGORIES',
  'DOCUMENT_KINDS',
  'DecodeError',
  'EXIT',
  'RULES',
  'SCHEMA_VERSION',
  'SIMILARITY_THRESHOLD',
  'THEMES',
  'THEME_FAMILIES',
  'blocksOf',
  'compareDocuments',
  'defineRule',
  'main',
  'parse',
  'renderComparison',
  'renderComparisonMarkdown',
  'renderCsv',
  'renderJson',
  'renderMarkdown',
  'renderNdjson',
  'renderTable',
  'similarity',
  'themeFamilyOf',
  'themesOf',
];

const letter = readFileSync(new URL('../fixtures/unannounced-letter/input.txt', import.meta.url));

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual(EXPORTS);
  });

  it('parse() takes text or bytes and gives the same document', () => {
    const fromBytes = api.parse(letter, { path: 'letter.txt' });
    const fromText = api.parse(letter.toString('utf8'), { path: 'letter.txt' });
    expect(fromBytes.findings).toEqual(fromText.findings);
    expect(fromBytes.source).toMatchObject({ path: 'letter.txt', bytes: letter.byteLength, encoding: 'utf-8' });
    expect(fromBytes.schemaVersion).toBe(api.SCHEMA_VERSION);
    expect(api.parse('').findings).toEqual([]);
  });

  it('throws a DecodeError, not any error, for bytes that are not text', () => {
    expect(() => api.parse(Buffer.from('%PDF-1.7\n%\xE2\xE3\n1 0 obj', 'latin1'))).toThrow(api.DecodeError);
    expect(() => api.parse(Buffer.from('%PDF-1.7\n', 'latin1'))).toThrow(/^not text/);
  });

  it('has the documented types', () => {
    expectTypeOf(api.parse).parameters.toEqualTypeOf<[string | Uint8Array, (ParseOptions | undefined)?]>();
    expectTypeOf(api.parse).returns.toEqualTypeOf<ParseResult>();
    expectTypeOf(api.main).parameters.toEqualTypeOf<[readonly string[], Io]>();
    expectTypeOf(api.main).returns.toEqualTypeOf<Promise<number>>();
  });

  it('keeps the exit codes of the README', () => {
    expect(api.EXIT).toEqual({ OK: 0, INPUT_FAILED: 1, USAGE: 2, INTERRUPTED: 130 });
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const table = readme.split('### Exit codes')[1]?.split('\n\n')[1] ?? '';
    const codes = [...table.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(codes).toEqual(Object.values(api.EXIT).sort((a, b) => a - b));
  });

  it.runIf(existsSync(new URL('../dist/index.js', import.meta.url)))('the built package exports the same names under its own name', async () => {
    const built = await import('inspect-parse');
    expect(Object.keys(built).sort()).toEqual(EXPORTS);
    expect(built.parse(letter).findings.length).toBe(api.parse(letter).findings.length);
  });
});
