// Pathological input for every stage and rule: very long lines, huge lists, deep nesting, quote
// runs, a 5 MB report. Each must finish (the generous per-test timeout is the bound; the
// benchmark, `npm run bench`, measures time per MB) and keep exact positions across blocks.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
// @ts-expect-error plain JavaScript module without types
import { reportText } from '../scripts/report-text.mjs';

const BOUND = 120_000; // ms: far above the expected time, far below "hangs"

/** Every finding's source slice holds its first words, and lines/columns agree with offsets. */
function positionsExact(input: string): number {
  const result = parse(input);
  for (const f of result.findings) {
    const source = input.slice(f.position.start.offset, f.position.end.offset).replace(/\s+/g, ' ');
    const words = f.text.split(' ').slice(0, 3).join(' ');
    expect(source.replace(/^[-•▪◦\uF0A7◼>* ]+/, '')).toContain(words.replace(/^[“"‘']/, ''));
  }
  const last = result.findings.at(-1);
  if (last) {
    const before = input.slice(0, last.position.start.offset).split(/\r\n|\n|\r/);
    expect(last.position.start.line).toBe(before.length);
    expect(last.position.start.column).toBe((before.at(-1) ?? '').length + 1);
  }
  return result.findings.length;
}

describe('linear time on pathological input', () => {
  const longLines: [string, string][] = [
    ['repeated words', 'good '.repeat(100_000)],
    ['spaces inside a line', `a${' '.repeat(500_000)}b`],
    ['spaces and tabs before a line end', `Strengths\na${' \t'.repeat(250_000)}b\n`],
    ['dashes', '-'.repeat(500_000)],
    ['dash and space', '- '.repeat(100_000)],
    ['inline bullets', 'Leaders check • '.repeat(10_000)],
    ['Word bullets', '\uF0A7 '.repeat(100_000)],
    ['full stops', '. '.repeat(250_000)],
    ['tags that never close', '<a'.repeat(250_000)],
    ['digits and times', '12:30 '.repeat(80_000)],
    ['quote marks', '“‘"\''.repeat(100_000)],
    ['commas', 'a, '.repeat(150_000)],
    ['upper case', 'AREAS FOR IMPROVEMENT '.repeat(20_000)],
    ['hyphenated line ends', 'multi-\nagency '.repeat(30_000)],
  ];
  it.each(longLines)('a very long line of %s', (_name, input) => {
    expect(parse(input).schemaVersion).toBe('1.0');
  }, BOUND);

  it('runs of blank lines and of white space lines', () => {
    expect(parse(`Inspection report\n${'\n'.repeat(200_000)}Dear Sir`).schemaVersion).toBe('1.0');
    expect(parse(`By\n${'   \n'.repeat(100_000)}x`).schemaVersion).toBe('1.0');
    expect(parse(`Published: ${' '.repeat(200_000)}\n`).document.publishedDate).toBeNull();
  }, BOUND);

  it('100,000 bullet items, each a finding with its exact position', () => {
    const input = `Strengths\n${Array.from({ length: 100_000 }, (_, i) => `- Leaders check item ${i} well.`).join('\n')}\n`;
    expect(positionsExact(input)).toBe(100_000);
  }, BOUND);

  it('20,000 items in a Word bullet glyph', () => {
    const input = `Strengths\n${Array.from({ length: 20_000 }, (_, i) => `\uF0A7 Leaders check item ${i} well.`).join('\n')}\n`;
    expect(parse(input).schemaVersion).toBe('1.0');
  }, BOUND);

  it('6,000 "Improve ... by:" items with sub-items (nested lists)', () => {
    const input = `What does the school need to do to improve?\n${Array.from({ length: 6000 }, (_, i) => `• Improve the quality of plan ${i} by:\n  ◦ checking that targets are precise`).join('\n')}\n`;
    expect(positionsExact(input)).toBeGreaterThan(0);
  }, BOUND);

  it('deeply nested lists: 40 levels of indentation, and markers nested on one line', () => {
    const indented = Array.from({ length: 4000 }, (_, i) => `${' '.repeat((i % 40) * 2)}- level ${i % 40}: leaders check the plans well`).join('\n');
    expect(parse(indented).schemaVersion).toBe('1.0');
    expect(parse(`${'- '.repeat(20_000)}x`).schemaVersion).toBe('1.0');
    expect(parse(`${'* '.repeat(20_000)}x`).schemaVersion).toBe('1.0');
    expect(parse(`${'1. '.repeat(2_000)}x`).schemaVersion).toBe('1.0');
  }, BOUND);

  it('4,000 ">"-quoted lines', () => {
    const input = `Parents told inspectors:\n${Array.from({ length: 4000 }, (_, i) => `> Staff really care about my child number ${i}.`).join('\n')}\n`;
    expect(parse(input).schemaVersion).toBe('1.0');
    const nestedQuotes = Array.from({ length: 4000 }, (_, i) => `${'>'.repeat((i % 30) + 1)} quoted line ${i}`).join('\n');
    expect(parse(nestedQuotes).schemaVersion).toBe('1.0');
  }, BOUND);

  it('a 5 MB generated report, positions exact to the end', () => {
    const input = reportText(5_000_000, { seed: 7 }) as string;
    expect(Buffer.byteLength(input)).toBeGreaterThanOrEqual(5_000_000);
    expect(positionsExact(input)).toBeGreaterThan(1000);
  }, BOUND);
});
