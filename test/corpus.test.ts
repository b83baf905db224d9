// The ratchet: on ../shared/corpus (when it is beside the project), the scorer's figures stay
// within 0.02 of those reached so far (corpus-scores.json) and no document fails.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript script without types
import { compare, measure } from '../scripts/corpus-ratchet.mjs';

const corpus = new URL('../../shared/corpus', import.meta.url);
const built = new URL('../dist/cli.cjs', import.meta.url);

// In CI (npm test builds first) a missing build fails rather than skips.
describe.runIf(existsSync(corpus) && (existsSync(built) || process.env.CI))('corpus scores (../shared/corpus)', () => {
  it('stay within 0.02 of the figures reached, with no document failing', () => {
    const baseline = JSON.parse(readFileSync(new URL('../corpus-scores.json', import.meta.url), 'utf8'));
    const figures = measure();
    expect(figures.failed).toBe(0);
    expect(compare(figures, baseline)).toEqual([]);
  }, 120_000);
});
