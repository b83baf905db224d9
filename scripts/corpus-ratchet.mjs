// Scores the CLI on ../shared/corpus and compares with the figures reached so far
// (corpus-scores.json): exits 1 when any falls more than 0.02 below them, so later work cannot
// quietly make the extraction worse. `--update` writes the current figures as the new floor.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const corpus = new URL('../shared/corpus', root);
const baselineFile = new URL('corpus-scores.json', root);
const TOLERANCE = 0.02;

export function measure() {
  const out = execFileSync(
    process.execPath,
    [new URL('../shared/eval/score.mjs', root).pathname, '--corpus', corpus.pathname, '--cmd', `${process.execPath} ${new URL('bin/inspect-parse.js', root).pathname} --json`, '--json'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const { summary } = JSON.parse(out);
  const figures = {
    findingsF1: summary.findings.f1,
    judgementsF1: summary.judgements.f1,
    metadata: summary.metadata,
    failed: summary.failed,
  };
  for (const [category, s] of Object.entries(summary.categories)) if (s.goldTokens > 0) figures[`${category}F1`] = s.f1;
  return figures;
}

export function compare(figures, baseline) {
  const short = [];
  for (const [name, floor] of Object.entries(baseline)) {
    if (name === 'failed') {
      if (figures.failed > floor) short.push(`failed documents ${figures.failed} > ${floor}`);
    } else if ((figures[name] ?? 0) < floor - TOLERANCE) short.push(`${name} ${figures[name]?.toFixed(3)} < ${floor.toFixed(3)} - ${TOLERANCE}`);
  }
  return short;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(corpus)) {
    console.log('corpus-ratchet: no ../shared/corpus here; nothing to compare');
    process.exit(0);
  }
  const figures = measure();
  if (process.argv.includes('--update')) {
    const rounded = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
    writeFileSync(baselineFile, `${JSON.stringify(rounded, null, 2)}\n`);
    console.log('corpus-ratchet: floor updated', rounded);
    process.exit(0);
  }
  const baseline = JSON.parse(readFileSync(baselineFile, 'utf8'));
  const short = compare(figures, baseline);
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(28)} ${typeof v === 'number' ? v.toFixed(3) : v}  (floor ${baseline[k] ?? '-'})`);
  if (short.length) {
    console.error(`corpus-ratchet: below the floor: ${short.join('; ')}`);
    process.exit(1);
  }
}
