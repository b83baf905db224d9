// `inspect-parse compare`, run in process with captured streams.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Io, main } from '../src/cli/main.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const streams: Io = {
    stdout: { write: (s: string) => out.push(s), isTTY: false },
    stderr: { write: (s: string) => err.push(s) },
    stdin: Object.assign((async function* () {})(), { isTTY: true }),
    env: {},
  };
  return { streams, out: () => out.join(''), err: () => err.join('') };
}

const series = ['2023-ilacs-report', '2015-sif-report', '2019-focused-visit'].map((n) => fileURLToPath(new URL(`../fixtures/series-wrenford/${n}.txt`, import.meta.url)));

describe('inspect-parse compare', () => {
  it('orders the documents by date and prints JSON with recurring themes', async () => {
    const t = io();
    expect(await main(['compare', ...series, '--json'], t.streams)).toBe(0);
    const c = JSON.parse(t.out());
    expect(c.documents.map((d: { date: string }) => d.date.slice(0, 4))).toEqual(['2015', '2019', '2023']);
    expect(JSON.stringify(c.themes)).toContain('recurring');
    expect(t.err()).toBe('');
  });

  it('prints a plain terminal view when not on a terminal', async () => {
    const t = io();
    expect(await main(['compare', ...series], t.streams)).toBe(0);
    expect(t.out()).toMatch(/Recurring themes/);
    expect(t.out()).not.toMatch(/\x1b\[/); // eslint-disable-line no-control-regex
  });

  it('colours the terminal view on request (--color, FORCE_COLOR), as the main command does', async () => {
    const forced = io();
    expect(await main(['compare', ...series, '--color'], forced.streams)).toBe(0);
    expect(forced.out()).toMatch(/\x1b\[/); // eslint-disable-line no-control-regex
    const byEnv = io();
    byEnv.streams.env = { FORCE_COLOR: '1' };
    expect(await main(['compare', ...series], byEnv.streams)).toBe(0);
    expect(byEnv.out()).toMatch(/\x1b\[/); // eslint-disable-line no-control-regex
    const off = io();
    off.streams.env = { FORCE_COLOR: '1', NO_COLOR: '1' };
    expect(await main(['compare', ...series, '--color'], off.streams)).toBe(0);
    expect(off.out()).not.toMatch(/\x1b\[/); // eslint-disable-line no-control-regex
  });

  it('needs two readable documents, and names a missing file', async () => {
    const t = io();
    expect(await main(['compare', series[0] as string, 'no-such-file.txt'], t.streams)).toBe(1);
    expect(t.err()).toMatch(/no-such-file\.txt: no such file/);
    const u = io();
    expect(await main(['compare', series[0] as string], u.streams)).toBe(2);
  });
});

describe('--csv and --markdown', () => {
  it('prints one CSV header and one row per finding across several inputs', async () => {
    const t = io();
    expect(await main([...series, '--csv'], t.streams)).toBe(0);
    const lines = t.out().trim().split(/\r\n/);
    expect(lines[0]).toBe('document,subject,inspection_start,inspection_end,published,category,themes,text,line');
    expect(lines.filter((l) => l.startsWith('document,'))).toHaveLength(1);
    expect(lines.length).toBeGreaterThan(10);
  });

  it('prints a markdown summary with the judgements table', async () => {
    const t = io();
    expect(await main([series[0] as string, '--markdown'], t.streams)).toBe(0);
    expect(t.out()).toMatch(/^## /);
    expect(t.out()).toMatch(/\| Judgement \| Grade \|/);
  });

  it('refuses two output formats at once', async () => {
    const t = io();
    expect(await main([series[0] as string, '--csv', '--json'], t.streams)).toBe(2);
    expect(t.err()).toMatch(/choose one of/);
  });
});
