// Decoding odd input: every encoding a report arrives in, damaged bytes, binary files given by
// mistake, empty and blank files (fixtures/encodings/: one letter saved several ways).
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { DecodeError, decode } from '../src/pipeline/decode.js';

const bytesOf = (name: string): Buffer => readFileSync(new URL(`../fixtures/encodings/${name}`, import.meta.url));
const reference = bytesOf('utf-8.txt').toString('utf8');
const lf = (s: string): string => s.replace(/\r\n/g, '\n');

describe('decode: encodings', () => {
  it.each([
    ['utf-8.txt', 'utf-8'],
    ['utf-8-bom.txt', 'utf-8-bom'],
    ['utf-16le-bom.txt', 'utf-16le'],
    ['utf-16be-bom.txt', 'utf-16be'],
    ['windows-1252.txt', 'windows-1252'],
  ])('%s decodes to the same text, named %s', (file, encoding) => {
    const decoded = decode(bytesOf(file));
    expect(decoded.encoding).toBe(encoding);
    expect(lf(decoded.text)).toBe(reference);
    expect(decoded.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('keeps the curly quotes, pound sign and dash of a Word (windows-1252) file', () => {
    const { text, diagnostics } = decode(bytesOf('windows-1252.txt'));
    for (const ch of ['’', '“', '”', '£', '–', 'é']) expect(text).toContain(ch);
    expect(diagnostics).toEqual([{ severity: 'info', message: 'not UTF-8: decoded as windows-1252', rule: 'decode' }]);
  });

  it('reads UTF-16 without a byte-order mark when every other byte is NUL', () => {
    const text = 'Inspection report: the school’s strengths are many.\n';
    expect(decode(iconv.encode(text, 'utf-16le'))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decode(iconv.encode(text, 'utf-16be'))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('drops the odd last byte of UTF-16 with a warning', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Good.', 'utf-16le'), Buffer.from([0x41])]);
    const decoded = decode(bytes);
    expect(decoded.text).toBe('Good.');
    expect(decoded.diagnostics[0]?.message).toMatch(/odd number of bytes/);
  });

  it('replaces invalid UTF-8 bytes, keeps the rest UTF-8 and says where', () => {
    const decoded = decode(bytesOf('invalid-utf-8.txt'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('“the best part of the week”');
    const warnings = decoded.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) {
      expect(w.rule).toBe('decode');
      const at = w.position?.start.offset ?? -1;
      expect(decoded.text[at]).toBe('\uFFFD');
      const before = decoded.text.slice(0, at).split('\n');
      expect(w.position?.start).toEqual({ line: before.length, column: (before.at(-1) ?? '').length + 1, offset: at });
    }
  });

  it('caps the replacement warnings and counts the rest', () => {
    const bytes = Buffer.from(`caf\u00e9 ${'x\xff '.repeat(25)}`, 'latin1');
    const withUtf8 = Buffer.concat([Buffer.from('café ’ “ ” '.repeat(8), 'utf8'), bytes.subarray(5)]);
    const decoded = decode(withUtf8);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.diagnostics).toHaveLength(11);
    expect(decoded.diagnostics.at(-1)?.message).toMatch(/in 15 more places/);
  });

  it.each([
    ['pdf-by-mistake.pdf', /PDF/],
    ['image-by-mistake.png', /PNG image/],
    ['nul-bytes.txt', /binary data/],
  ])('refuses %s as not text', (file, message) => {
    expect(() => decode(bytesOf(file))).toThrow(DecodeError);
    expect(() => decode(bytesOf(file))).toThrow(message);
  });

  it('refuses archives and Word files by their signature', () => {
    expect(() => decode(Buffer.from('PK\x03\x04word/document.xml', 'latin1'))).toThrow(/ZIP archive/);
    expect(() => decode(Buffer.from('d0cf11e0a1b11ae1000000', 'hex'))).toThrow(/Word/);
  });

  it('reads a NUL byte far from the start as text (not binary)', () => {
    const bytes = Buffer.concat([Buffer.from('a'.repeat(10_000)), Buffer.from([0]), Buffer.from('b')]);
    expect(decode(bytes).text).toHaveLength(10_002);
  });
});

describe('parse: empty and blank input', () => {
  it.each(['empty.txt', 'blank.txt'])('%s gives a valid document with empty lists and a diagnostic', (file) => {
    const result = parse(bytesOf(file), { path: file });
    expect(result.findings).toEqual([]);
    expect(result.judgements).toEqual([]);
    expect(result.document.inspectors).toEqual([]);
    expect(result.diagnostics.some((d) => d.rule === 'decode' && /empty|blank/.test(d.message))).toBe(true);
  });

  it('reports source.encoding and exact positions for each encoding', () => {
    for (const file of ['utf-8-bom.txt', 'utf-16le-bom.txt', 'windows-1252.txt']) {
      const result = parse(bytesOf(file), { path: file });
      const text = decode(bytesOf(file)).text;
      expect(result.source.encoding).not.toBe('');
      expect(result.findings.length).toBeGreaterThan(0);
      for (const f of result.findings) {
        const source = text.slice(f.position.start.offset, f.position.end.offset).replace(/\s+/g, ' ');
        expect(source).toContain(f.text.slice(0, 20));
      }
    }
  });
});
