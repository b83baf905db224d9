// Real output, on every fixture and (when ../shared/corpus is there) every corpus document,
// validates against the shipped JSON Schema, and its positions slice back to the input.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { jsonPieces } from '../src/render/json.js';

const schema = JSON.parse(readFileSync(new URL('../schema/inspect-parse.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const fixturesDir = new URL('../fixtures/', import.meta.url);
const fixtureFiles = readdirSync(fixturesDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /input\.(?:txt|html?)$/.test(f))
  .map((f) => new URL(f, fixturesDir));
const corpusDir = new URL('../../shared/corpus/', import.meta.url);
const corpusFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => new URL(f, corpusDir)) : [];

const words = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

describe.each([...fixtureFiles, ...corpusFiles].map((url) => [url.pathname.split('/').slice(-2).join('/'), url] as const))('%s', (_name, url) => {
  const bytes = readFileSync(url);
  const result = parse(bytes, { path: url.pathname });
  const input = bytes.toString('utf8').replace(/^\uFEFF/, '');

  it('is written in pieces (jsonPieces) with the same text as JSON.stringify, compact and indented', () => {
    for (const indent of [undefined, 2]) expect([...jsonPieces(result, indent)].join('')).toBe(JSON.stringify(result, null, indent));
  });

  it('validates against the JSON Schema', () => {
    const ok = validate(JSON.parse(JSON.stringify(result)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has positions inside the input that slice back to each finding and judgement', () => {
    for (const item of [...result.findings, ...result.judgements]) {
      const { start, end } = item.position;
      expect(start.offset).toBeGreaterThanOrEqual(0);
      expect(end.offset).toBeLessThanOrEqual(input.length);
      expect(start.offset).toBeLessThan(end.offset);
      // Every word of the clean text stands in the source slice, in order (hyphen-joins aside).
      const source = words(input.slice(start.offset, end.offset));
      const first = words(item.text.split(/\s+/).slice(0, 4).join(' '));
      expect(source).toContain(first.slice(0, 12));
    }
  });

  it('numbers findings f1, f2, ... in reading order (two-column pages: left column first)', () => {
    expect(result.findings.map((f) => f.id)).toEqual(result.findings.map((_f, i) => `f${i + 1}`));
  });

  it('is the same on a second run', () => {
    expect(parse(bytes, { path: url.pathname })).toEqual(result);
  });
});

describe('jsonPieces', () => {
  const base = parse(readFileSync(fixtureFiles[0] as URL));
  it.each([0, 1, 499, 500, 501, 1234])('gives the text of JSON.stringify with %i findings, in pieces of at most 500', (count) => {
    const findings = Array.from({ length: count }, (_, i) => ({ ...(base.findings[i % base.findings.length] as (typeof base.findings)[number]), id: `f${i + 1}` }));
    const result = { ...base, findings };
    for (const indent of [undefined, 2]) {
      const pieces = [...jsonPieces(result, indent)];
      expect(pieces.join('')).toBe(JSON.stringify(result, null, indent));
      expect(pieces.length).toBe(count === 0 ? 1 : 2 + Math.ceil(count / 500));
    }
  });

  it('takes a handed-over result apart as it goes, with the same text', () => {
    const result = { ...base, findings: [...base.findings] };
    const expected = JSON.stringify(result);
    const pieces = jsonPieces(result, undefined, { handedOver: true });
    expect(pieces.next().value).toBe(expected.slice(0, expected.indexOf('"findings":[') + '"findings":['.length));
    expect(result.findings).toEqual([]);
    expect([...pieces].join('')).toBe(expected.slice(expected.indexOf('"findings":[') + '"findings":['.length));
  });
});
