// Property-based tests (fast-check): for arbitrary text, report-like or not, parse() never
// throws and every position it gives is inside the input, ordered, agrees with its line and
// column, and slices back to text that holds the finding's words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { DecodeError, decode } from '../src/pipeline/decode.js';
import type { ParseResult, Point } from '../src/types.js';

// Pieces of real report text and the debris around it: headings, lead-ins, bullets of every
// kind (Word's private-use glyphs too), numbers, tags, quote marks, page furniture.
const PIECES = [
  'Strengths', 'Areas for improvement', 'Areas for development', 'What does the school need to do to improve further?', 'Recommendations',
  'Priority actions', 'The local authority should:', 'Improve the quality of plans by:', 'Leaders should:', 'Inspection report',
  'Overall effectiveness: Good', 'Requires improvement', 'Inadequate', 'Outstanding', 'Inspection dates: 3–4 May 2022',
  'Pupils behave well and are keen to learn.', 'Leaders have not ensured that plans are precise enough.', 'the quality of teaching is good',
  'multi-', 'agency', 'children’s', '“good”', '‘', '’', '"', "'", '- ', '* ', '• ', '▪ ', '◼ ', '\uF0A7 ', '\uF06E ', '> ', '>> ',
  '1. ', '2) ', '10. ', '  ', '\t', '\u00A0', '\u200B', '\u00AD', '\uFEFF', '<b>', '</b>', '<p>', '<br/>', '&amp;', 'Page 3 of 12', '12',
  '\n', '\n', '\n', '\r\n', '\r', '\n\n', '\f', '\f\n', ':', '.', ',', ';', '—', '–', '(', ')', '£3,000', 'é', '😀', '\u2028',
];
const piece = fc.constantFrom(...PIECES);
const noise = fc.string({ unit: 'binary', maxLength: 6 });
const text = fc.array(fc.oneof({ weight: 6, arbitrary: piece }, { weight: 1, arbitrary: noise }), { maxLength: 120 }).map((parts) => parts.join(''));

/** Line and column of an offset, counted independently: \r\n, \n and \r end lines. */
function pointAt(input: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = input[i];
    if (c === '\n' || (c === '\r' && input[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    } else if (c === '\r') {
      // \r\n: the line ends after the \n
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

const alnum = (s: string): string => s.replace(/<\/?[A-Za-z][^<>\n]*>/g, ' ').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

/** The finding's words, in order, in the sliced source (tags, bullets, quotes, spaces, hyphens ignored). */
function holdsWords(source: string, findingText: string): boolean {
  const haystack = alnum(source);
  let at = 0;
  for (const word of findingText.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    const found = haystack.indexOf(word.toLowerCase(), at);
    if (found < 0) return false;
    at = found + word.length;
  }
  return true;
}

function checkPositions(input: string, result: ParseResult): void {
  const original = input.replace(/^\uFEFF/, '');
  const items = [...result.findings, ...result.judgements, ...result.diagnostics.flatMap((d) => (d.position ? [{ position: d.position, text: '' }] : []))];
  for (const item of items) {
    const { start, end } = item.position;
    expect(start.offset).toBeGreaterThanOrEqual(0);
    expect(start.offset).toBeLessThanOrEqual(end.offset);
    expect(end.offset).toBeLessThanOrEqual(original.length);
    expect(start).toEqual(pointAt(original, start.offset));
    expect(end).toEqual(pointAt(original, end.offset));
  }
  for (const f of result.findings) {
    const source = original.slice(f.position.start.offset, f.position.end.offset);
    if (!holdsWords(source, f.text)) throw new Error(`finding ${JSON.stringify(f.text)} not in its source ${JSON.stringify(source)}`);
  }
}

describe('parse() on arbitrary text (fast-check)', () => {
  it('never throws; positions are inside the input, ordered, agree with line and column, and slice back to the words', () => {
    fc.assert(
      fc.property(text, (input) => {
        checkPositions(input, parse(input));
      }),
      { numRuns: 400 },
    );
  });

  it('also on text built from lines of report-like pieces', () => {
    const line = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
    const heading = fc.constantFrom('Strengths', 'Areas for improvement', 'Recommendations', 'What does the school need to do to improve further?', 'Leaders should:');
    const sentence = fc
      .array(fc.constantFrom('pupils', 'leaders', 'do', 'not', 'always', 'check', 'that', 'plans', 'are', 'precise', 'children’s', 'multi-\nagency', '“good”', '<b>work</b>'), { minLength: 4, maxLength: 14 })
      .map((w) => `${w.join(' ')}.`);
    const item = fc.tuple(fc.constantFrom('- ', '• ', '▪ ', '\uF0A7 ', '1. ', '> ', '  ◦ ', ''), sentence).map(([b, t]) => b + t);
    const section = fc.tuple(heading, fc.array(fc.oneof({ weight: 4, arbitrary: item }, { weight: 1, arbitrary: line }), { maxLength: 8 })).map(([h, items]) => [h, ...items].join('\n'));
    const doc = fc.tuple(fc.array(section, { maxLength: 6 }), fc.constantFrom('\n', '\n\n', '\r\n', '\n\f')).map(([sections, gap]) => sections.join(gap));
    let findings = 0;
    fc.assert(
      fc.property(doc, (input) => {
        const result = parse(input);
        findings += result.findings.length;
        checkPositions(input, result);
      }),
      { numRuns: 300 },
    );
    // The inputs do reach the rules: the slicing property was checked on real findings.
    expect(findings).toBeGreaterThan(50);
  });

  it('reads the UTF-8 bytes of a text as that text', () => {
    fc.assert(
      fc.property(text, (input) => {
        // (NUL bytes near the start make bytes binary; lone surrogates have no UTF-8.)
        const wellFormed = input.replace(/^\uFEFF+/, '').replace(/[\uD800-\uDFFF\0]/g, 'x');
        const fromText = parse(wellFormed);
        const fromBytes = parse(new TextEncoder().encode(wellFormed));
        expect(fromBytes.findings).toEqual(fromText.findings);
        expect(fromBytes.judgements).toEqual(fromText.judgements);
      }),
      { numRuns: 150 },
    );
  });
});

describe('decode() on arbitrary bytes (fast-check)', () => {
  it('gives text or a DecodeError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          const decoded = decode(bytes);
          expect(typeof decoded.text).toBe('string');
          expect(decoded.encoding).toMatch(/^(?:utf-8|utf-8-bom|utf-16le|utf-16be|windows-125\d|iso-8859-\d+|koi8-r)$/);
        } catch (error) {
          if (!(error instanceof DecodeError)) throw error;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
