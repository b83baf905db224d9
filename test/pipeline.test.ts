import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';

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
