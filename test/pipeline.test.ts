import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseHandedOver } from '../src/parse.js';
import { MappedText } from '../src/pipeline/mapped-text.js';
import { narrow } from '../src/util/text.js';
import { type ParsedBlock, blockEnd, parseBlocks, parseTree } from '../src/pipeline/parse.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url), 'utf8');

describe('parse: an unannounced-inspection letter', () => {
  const input = fixture('unannounced-letter');
  const result = parse(input, { path: 'letter.txt' });

  it('reads the metadata', () => {
    expect(result.document).toMatchObject({
      kind: 'inspection-letter',
      inspectorate: 'Ofsted',
      inspectionDates: { start: '2010-12-07', end: '2010-12-08' },
      publishedDate: '2011-01-14',
    });
    expect(result.document.subject).toMatch(/Westmere/);
  });

  it('finds each list item under its heading, in the heading category', () => {
    const byCategory = (c: string): string[] => result.findings.filter((f) => f.category === c).map((f) => f.text);
    expect(byCategory('strength')).toEqual(['The out-of-hours service is well resourced and responds quickly to children at risk.']);
    expect(byCategory('meets_requirements')).toHaveLength(4);
    expect(byCategory('area_for_improvement')).toEqual([
      'Thresholds for services are not consistently understood by partner agencies, and some referrals lack the information needed to assess risk.',
      'Case recording is not always up to date and management oversight is seldom evidenced on the case file.',
    ]);
  });

  it('gives positions that slice back to the source text', () => {
    for (const f of [...result.findings, ...result.judgements]) {
      const source = input.slice(f.position.start.offset, f.position.end.offset);
      const words = (s: string): string => s.replace(/<[^>]*>|[▪•-]/g, ' ').replace(/\s+/g, ' ').trim();
      expect(words(source)).toContain(words(f.text).slice(0, 30));
      const lines = input.slice(0, f.position.start.offset).split('\n');
      expect(f.position.start.line).toBe(lines.length);
      expect(f.position.start.column).toBe((lines.at(-1) ?? '').length + 1);
    }
  });

  it('leaves the closing sentence and the signature out', () => {
    expect(result.findings.some((f) => /will be specifically considered|Alex Example/.test(f.text))).toBe(false);
  });
});

describe('parse: source facts', () => {
  // Small inputs are hashed in JavaScript, large ones with node:crypto: both must agree with it.
  it.each([0, 1_000, 64 * 1024 - 1, 64 * 1024, 200_000])('gives the SHA-256 of the bytes (%i bytes)', (size) => {
    const bytes = Buffer.alloc(size, 'Leaders know the service well. ');
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(parse(bytes).source).toMatchObject({ bytes: size, sha256: expected });
  });
});

describe('parse: blocks', () => {
  // Top-level nodes as (type, start, end) in the whole text.
  const shape = (blocks: Iterable<ParsedBlock>): string[] =>
    [...blocks].flatMap((b) => b.tree.children.map((n) => `${n.type} ${b.offset + (n.position?.start.offset ?? 0)}-${b.offset + (n.position?.end.offset ?? 0)}`));
  // Headings and paragraphs between lists; a list runs on over a run of blank lines into
  // indented sub-items, loose items and '*' / '+' markers: no cut may fall inside one.
  const section = (i: number): string =>
    [
      `Heading ${i}`,
      '',
      `A paragraph of text number ${i}, long enough to matter.`,
      '',
      '- Improve the quality of plans by:',
      '',
      '',
      '',
      '  - making sure that plans are reviewed.',
      '- Improve supervision.',
      '',
      '- A loose item after a blank line.',
      '',
      '* Another list, starred.',
      '',
      '* Its loose second item.',
      '',
      '+ A plus item.',
      '',
      '+ And another.',
      '',
      '1. A numbered item.',
      '',
      '2. The next numbered item.',
      '',
    ].join('\n');
  const text = Array.from({ length: 12 }, (_, i) => section(i)).join('\n');
  const whole = shape([{ offset: 0, text, tree: parseTree(text) }]);

  it('cuts only where nothing continues across the cut: the same nodes as one parse, whatever the sizes', () => {
    for (let preferred = 60; preferred <= 900; preferred += 40) {
      expect(shape(parseBlocks(text, 1000, preferred))).toEqual(whole);
    }
  });

  it('keeps blocks within the preferred size where a safe cut allows it, and loses no text', () => {
    expect(section(0).length).toBeLessThan(400);
    const sizes = [...parseBlocks(text, 1000, 400)].map((b) => b.text.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(400);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(text.length);
  });

  it('a cut inside a run of blank lines is judged by the line after the run', () => {
    const list = '- Improve plans by:\n\n\n\n  - reviewing them.\n';
    // Safe cuts are only before "Next" (offset of it), never between the blank lines.
    const input = `${list}\nNext paragraph.\n`;
    expect(blockEnd(input, 0, input.length - 1, 10)).toBe(input.indexOf('Next'));
  });
});

describe('narrow', () => {
  // One byte a character where every character fits: the Latin-1 round trip must keep them all.
  it.each([['plain ASCII text'], ['£5 café, naïve «quote» \u00a0 \u0080\u009f\u00ff'], ['children’s “wide” text — kept as it is'], ['']])('keeps %j as it is', (text) => {
    expect(narrow(text)).toBe(text);
  });
});

describe('MappedText', () => {
  it('maps back after letting the original go, and refuses to copy from it after that', () => {
    const original = 'ab\r\ncd';
    const m = new MappedText(original);
    m.copy(0, 2);
    m.replace(2, 4, '\n');
    m.copy(4, 6);
    expect(m.text).toBe('ab\ncd');
    expect([m.toOriginalStart(3), m.toOriginalEnd(3), m.toOriginalStart(5)]).toEqual([4, 4, original.length]);
    expect(() => m.copy(0, 1)).toThrow(/after the text was built/);
  });
});

describe('parseHandedOver', () => {
  it('gives what parse() gives, empties the holder, and refuses a holder already emptied', () => {
    const bytes = readFileSync(new URL('../fixtures/unannounced-letter/input.txt', import.meta.url));
    const holder: { input: Uint8Array | null } = { input: bytes };
    expect(parseHandedOver(holder, { path: 'letter.txt' })).toEqual(parse(bytes, { path: 'letter.txt' }));
    expect(holder.input).toBeNull();
    expect(() => parseHandedOver(holder)).toThrow(/handed over already/);
  });
});
