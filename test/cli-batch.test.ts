// The CLI on batches of files it did not write: missing, unreadable, binary, directories,
// quoted globs, names starting with '-', standard input, --out-dir, --ndjson order, --jobs.
// main(argv, io) runs in process with fake streams; the bin runs as a child for pipes and signals.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Io, main } from '../src/cli/main.js';
import { Progress } from '../src/cli/progress.js';
import { EXIT } from '../src/cli/exit-codes.js';
import { parse } from '../src/parse.js';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/inspect-parse.js');
const built = existsSync(join(root, 'dist/cli.cjs')) && existsSync(join(root, 'dist/worker.js'));
const letter = readFileSync(join(root, 'fixtures/unannounced-letter/input.txt'));
const encodings = join(root, 'fixtures/encodings');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function fakeIo(options: { stdin?: string; stdinTTY?: boolean; stdoutTTY?: boolean; stderrTTY?: boolean; signal?: AbortSignal } = {}): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = (async function* () {
    if (options.stdin !== undefined) yield Buffer.from(options.stdin);
  })() as AsyncIterable<Buffer> & { isTTY?: boolean };
  if (options.stdinTTY) stdin.isTTY = true;
  const io: Io = {
    stdout: { write: (s: string | Uint8Array) => out.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (s: string) => err.push(s), isTTY: options.stderrTTY ?? false, columns: 100 },
    stdin,
    env: {},
    ...(options.signal ? { signal: options.signal } : {}),
  };
  return { io, out, err };
}

async function run(argv: string[], options: Parameters<typeof fakeIo>[0] = {}): Promise<Run> {
  const { io, out, err } = fakeIo(options);
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const ndjson = (s: string): Record<string, unknown>[] =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const pathOf = (record: Record<string, unknown>): unknown => (record.source as { path: unknown }).path;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inspect-parse-cli-'));
  mkdirSync(join(dir, 'reports/sub/deeper'), { recursive: true });
  mkdirSync(join(dir, 'reports/.hidden'), { recursive: true });
  writeFileSync(join(dir, 'reports/a.txt'), letter);
  writeFileSync(join(dir, 'reports/b.md'), letter);
  writeFileSync(join(dir, 'reports/notes.json'), '{}');
  writeFileSync(join(dir, 'reports/sub/c.TXT'), letter);
  writeFileSync(join(dir, 'reports/sub/deeper/d.html'), '<p>Inspectors found that pupils behave well in lessons and around the school.</p>');
  writeFileSync(join(dir, 'reports/.hidden/e.txt'), letter);
  writeFileSync(join(dir, '-dash.txt'), letter);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli: inputs that cannot be parsed', () => {
  it('reports each failure on one line, goes on with the batch and exits 1 at the end', async () => {
    const r = await run([join(dir, 'missing.txt'), join(dir, 'reports/a.txt'), join(encodings, 'pdf-by-mistake.pdf'), join(dir, 'reports'), '--ndjson']);
    expect(r.code).toBe(EXIT.INPUT_FAILED);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `inspect-parse: ${join(dir, 'missing.txt')}: no such file`,
      expect.stringMatching(/^inspect-parse: .*pdf-by-mistake\.pdf: not text: this looks like a PDF file/),
      `inspect-parse: ${join(dir, 'reports')}: is a directory (use --recursive to read the files in it)`,
    ]);
    const records = ndjson(r.stdout);
    expect(records.map(pathOf)).toEqual([join(dir, 'missing.txt'), join(dir, 'reports/a.txt'), join(encodings, 'pdf-by-mistake.pdf'), join(dir, 'reports')]);
    expect(records[0]).toEqual({ source: { path: join(dir, 'missing.txt') }, error: 'no such file' });
    expect(records[1]).toHaveProperty('findings');
  });

  it('says which file cannot be read and why (a socket: unreadable even for root)', async () => {
    const socket = join(dir, 'socket.txt');
    const server = createServer().listen(socket);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const r = await run([socket, '--json']);
      expect(r.code).toBe(EXIT.INPUT_FAILED);
      expect(r.stderr).toMatch(new RegExp(`^inspect-parse: ${socket}: cannot read \\(E[A-Z]+\\)\n$`));
    } finally {
      server.close();
    }
  });

  it('parses empty and blank files to valid documents and exits 0', async () => {
    const r = await run([join(encodings, 'empty.txt'), join(encodings, 'blank.txt'), '--ndjson']);
    expect(r.code).toBe(EXIT.OK);
    expect(r.stderr).toBe('');
    for (const record of ndjson(r.stdout)) expect(record).toMatchObject({ findings: [], judgements: [] });
  });

  it('gives usage errors exit 2', async () => {
    expect((await run(['--jobs', '0', 'x.txt'])).code).toBe(EXIT.USAGE);
    expect((await run(['--json', '--ndjson', 'x.txt'])).code).toBe(EXIT.USAGE);
    expect((await run([], { stdinTTY: true })).code).toBe(EXIT.USAGE);
  });
});

describe('cli: naming inputs', () => {
  it('walks directories with --recursive: text endings only, sorted, hidden entries skipped', async () => {
    const r = await run(['--recursive', join(dir, 'reports'), '--ndjson']);
    expect(r.code).toBe(EXIT.OK);
    expect(ndjson(r.stdout).map(pathOf)).toEqual(['reports/a.txt', 'reports/b.md', 'reports/sub/c.TXT', 'reports/sub/deeper/d.html'].map((p) => join(dir, p)));
  });

  it('takes other endings with --ext', async () => {
    const r = await run(['-r', join(dir, 'reports'), '--ext', 'md,json', '--ndjson']);
    expect(ndjson(r.stdout).map(pathOf)).toEqual([join(dir, 'reports/b.md'), join(dir, 'reports/notes.json')]);
  });

  it('expands quoted glob patterns, sorted, and reports a pattern that matches nothing', async () => {
    const r = await run([join(dir, 'reports/**/*.txt'), join(dir, 'nothing-*.txt'), '--ndjson']);
    expect(ndjson(r.stdout).map(pathOf)).toEqual([join(dir, 'reports/a.txt'), join(dir, 'nothing-*.txt')]);
    expect(r.stderr).toBe(`inspect-parse: ${join(dir, 'nothing-*.txt')}: no files match this pattern\n`);
    expect(r.code).toBe(EXIT.INPUT_FAILED);
  });

  it('reads a file whose name starts with "-" after --', async () => {
    const r = await run(['--ndjson', '--', join(dir, '-dash.txt')]);
    expect(r.code).toBe(EXIT.OK);
    expect(ndjson(r.stdout).map(pathOf)).toEqual([join(dir, '-dash.txt')]);
    expect((await run(['-dash.txt'])).code).toBe(EXIT.USAGE);
  });

  it('reads standard input for "-" and when nothing is named', async () => {
    for (const argv of [['-', '--json'], ['--json']]) {
      const r = await run(argv, { stdin: letter.toString('utf8') });
      expect(r.code).toBe(EXIT.OK);
      const doc = JSON.parse(r.stdout);
      expect(doc.source.path).toBeNull();
      expect(doc.findings.length).toBeGreaterThan(0);
    }
  });
});

describe('cli: output of a batch', () => {
  it('--json prints an array for several inputs and an object for one', async () => {
    const many = await run([join(dir, 'reports/a.txt'), join(dir, 'missing.txt'), '--json'], { stdoutTTY: true });
    const value = JSON.parse(many.stdout);
    expect(value).toHaveLength(2);
    expect(value[1]).toEqual({ source: { path: join(dir, 'missing.txt') }, error: 'no such file' });
    expect(many.stdout).toBe(`${JSON.stringify(value, null, 2)}\n`);
    const lines = await run([join(dir, 'reports/a.txt'), join(dir, 'reports/b.md'), '--ndjson']);
    const b = join(dir, 'reports/b.md');
    expect(lines.stdout.split('\n')[1]).toBe(JSON.stringify(parse(readFileSync(b), { path: b })));
    const compact = await run([join(dir, 'reports/a.txt'), join(dir, 'reports/b.md'), '--json']);
    expect(compact.stdout).toBe(`${JSON.stringify(JSON.parse(compact.stdout))}\n`);
    const one = await run([join(dir, 'reports/a.txt'), '--json']);
    expect(Array.isArray(JSON.parse(one.stdout))).toBe(false);
  });

  it('--json from workers (sent as JSON text) is the text of the results, pretty or compact, a failed input first', async () => {
    const a = join(dir, 'reports/a.txt');
    const b = join(dir, 'reports/b.md');
    const missing = join(dir, 'missing.txt');
    const expected = [{ source: { path: missing }, error: 'no such file' }, parse(readFileSync(a), { path: a }), parse(readFileSync(b), { path: b })];
    for (const pretty of [true, false]) {
      const r = await run([missing, a, b, '--json', '--jobs', '2'], { stdoutTTY: pretty });
      expect(r.stdout).toBe(`${JSON.stringify(expected, null, pretty ? 2 : undefined)}\n`);
    }
  });

  it('--out-dir writes NAME.json and NAME.error.json atomically, keeps the tree of a walk, never overwrites an input', async () => {
    const out = join(dir, 'out');
    // An input named like an output: its own .json must not be overwritten.
    writeFileSync(join(dir, 'reports/sub/deeper/d.json'), '{"mine":true}');
    const r = await run(['-r', join(dir, 'reports'), join(dir, 'missing.txt'), join(dir, 'reports/sub/deeper/d.json'), '--out-dir', out], { stdoutTTY: true });
    expect(r.code).toBe(EXIT.INPUT_FAILED);
    expect(r.stdout).toBe('');
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).sort();
    expect(files).toEqual(['a.json', 'b.json', 'd.json', 'missing.error.json', 'sub', 'sub/c.json', 'sub/deeper', 'sub/deeper/d.json']);
    // The document as parse() gives it, indented (a worker serialised it).
    const a = join(dir, 'reports/a.txt');
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe(`${JSON.stringify(parse(readFileSync(a), { path: a }), null, 2)}\n`);
    expect(JSON.parse(readFileSync(join(out, 'missing.error.json'), 'utf8'))).toEqual({ source: { path: join(dir, 'missing.txt') }, error: 'no such file' });
    expect(readFileSync(join(dir, 'reports/sub/deeper/d.json'), 'utf8')).toBe('{"mine":true}');
    // Outputs into the input's own folder: the input d.json keeps its content.
    const same = await run([join(dir, 'reports/sub/deeper/d.json'), '--out-dir', join(dir, 'reports/sub/deeper')]);
    expect(same.code).toBe(EXIT.OK);
    expect(readFileSync(join(dir, 'reports/sub/deeper/d.json'), 'utf8')).toBe('{"mine":true}');
    expect(existsSync(join(dir, 'reports/sub/deeper/d-2.json'))).toBe(true);
    rmSync(join(dir, 'reports/sub/deeper/d.json'));
    rmSync(join(dir, 'reports/sub/deeper/d-2.json'));
    // No temporary files are left behind.
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('replaces a stale error file when the input parses on a later run', async () => {
    const out = join(dir, 'out-stale');
    const input = join(dir, 'flaky.txt');
    await run([input, '--out-dir', out]);
    expect(readdirSync(out)).toEqual(['flaky.error.json']);
    writeFileSync(input, letter);
    expect((await run([input, '--out-dir', out])).code).toBe(EXIT.OK);
    expect(readdirSync(out)).toEqual(['flaky.json']);
  });

  it('stops at an aborted signal (Ctrl-C) with exit 130 and no partial output', async () => {
    const controller = new AbortController();
    controller.abort();
    const out = join(dir, 'out-abort');
    const r = await run([join(dir, 'reports/a.txt'), join(dir, 'reports/b.md'), '--out-dir', out], { signal: controller.signal });
    expect(r.code).toBe(EXIT.INTERRUPTED);
    expect(r.stderr).toBe('inspect-parse: interrupted\n');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('shows a progress bar only when standard error is a terminal', async () => {
    const files = [join(dir, 'reports/a.txt'), join(dir, 'reports/b.md')];
    expect((await run([...files, '--ndjson'])).stderr).toBe('');
    const tty = await run([...files, '--ndjson'], { stderrTTY: true });
    expect(tty.stderr).toMatch(/2\/2 files/);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect((await run([...files, '--ndjson', '--no-progress'], { stderrTTY: true })).stderr).toBe('');
  });

  it('progress shows files done, rate and time left', () => {
    let now = 0;
    const written: string[] = [];
    const progress = new Progress({ write: (s: string) => written.push(s), columns: 100 }, 10, () => now);
    now = 2000;
    for (let i = 0; i < 4; i++) progress.tick();
    expect(progress.line()).toMatch(/\] 4\/10 files {2}2\.0 files\/s {2}0:03 left$/);
  });
});

// In CI the build is always there (npm test builds first): a missing one must fail, not skip.
describe.runIf(built || process.env.CI)('bin: worker threads, pipes and signals', () => {
  const many = (n: number): string[] => {
    const batch = join(dir, `batch-${n}`);
    mkdirSync(batch, { recursive: true });
    for (let i = 0; i < n; i++) copyFileSync(join(root, 'fixtures/unannounced-letter/input.txt'), join(batch, `r${String(i).padStart(3, '0')}.txt`));
    return readdirSync(batch).map((f) => join(batch, f));
  };

  it('gives a large input (over 4 MB: memory-saving settings) the same JSON as parse()', () => {
    const letter = readFileSync(join(root, 'fixtures/unannounced-letter/input.txt'), 'utf8');
    const big = join(dir, 'big.txt');
    writeFileSync(big, Array.from({ length: Math.ceil(4.3e6 / letter.length) }, (_, i) => letter.replace(/Westmere/g, `Westmere ${i}`)).join('\n\n'));
    const r = spawnSync(process.execPath, [bin, big, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(parse(readFileSync(big), { path: big }))}\n`);
  }, 60_000);

  it('runs from the code cache the build wrote (V8 accepts it)', () => {
    const r = spawnSync(process.execPath, [bin, join(root, 'fixtures/unannounced-letter/input.txt'), '--json'], { encoding: 'utf8', env: { ...process.env, INSPECT_PARSE_DEBUG: 'code-cache' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('inspect-parse: code cache accepted\n');
  });

  it('--jobs 2 gives the same records, in input order, as --jobs 1', () => {
    const files = [...many(12), join(dir, 'missing.txt')];
    const one = spawnSync(process.execPath, [bin, ...files, '--ndjson', '--jobs', '1'], { encoding: 'utf8' });
    const two = spawnSync(process.execPath, [bin, ...files, '--ndjson', '--jobs', '2'], { encoding: 'utf8' });
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(ndjson(two.stdout).map(pathOf)).toEqual(files);
    expect(two.stderr).toBe(`inspect-parse: ${join(dir, 'missing.txt')}: no such file\n`);
  });

  // The bundle leaves these out and loads them on first use (scripts/build.mjs, LAZY).
  it('loads what only some inputs need: code pages, UTF-16, HTML, CSV, the table, compare', () => {
    const inputs = ['windows-1252.txt', 'utf-16le-bom.txt'].map((f) => join(encodings, f));
    const html = join(root, 'fixtures/html-news/input.html');
    const records = ndjson(spawnSync(process.execPath, [bin, ...inputs, html, '--ndjson'], { encoding: 'utf8' }).stdout);
    expect(records.map((r) => (r.source as { encoding: string }).encoding)).toEqual(['windows-1252', 'utf-16le', 'utf-8']);
    expect(records.map((r) => (r.findings as unknown[]).length > 0)).toEqual([true, true, true]);
    const csv = spawnSync(process.execPath, [bin, html, '--csv'], { encoding: 'utf8' });
    expect(csv.stdout.split('\r\n')[0]).toBe('document,subject,inspection_start,inspection_end,published,category,themes,text,line');
    const table = spawnSync(process.execPath, [bin, html, '--color'], { encoding: 'utf8' });
    expect(table.stdout).toContain('\u001b['); // coloured on request
    const series = readdirSync(join(root, 'fixtures/series-wrenford')).map((f) => join(root, 'fixtures/series-wrenford', f));
    expect(spawnSync(process.execPath, [bin, 'compare', ...series], { encoding: 'utf8' }).stdout).toContain('3 inspection documents compared');
  });

  it('exits quietly into a closed pipe', async () => {
    const files = many(40);
    const child = spawn(process.execPath, [bin, ...files, '--ndjson'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = await new Promise<string>((resolve) => {
      let text = '';
      child.stdout.on('data', (d: Buffer) => {
        text += d.toString();
        if (text.includes('\n')) {
          child.stdout.destroy(); // what `| head -1` does
          resolve(text.split('\n')[0] as string);
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toMatch(/^\{"schemaVersion"/);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('stops on SIGINT with exit 130, leaving only whole output files', async () => {
    const files = many(300);
    const out = join(dir, 'out-sigint');
    const child = spawn(process.execPath, [bin, ...files, '--out-dir', out, '--jobs', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Interrupt once the first outputs exist.
    for (let i = 0; i < 400 && !(existsSync(out) && readdirSync(out).length > 0); i++) await new Promise((r) => setTimeout(r, 25));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toBe('inspect-parse: interrupted\n');
    const written = readdirSync(out);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(files.length);
    for (const f of written) {
      expect(f).toMatch(/^r\d{3}\.json$/);
      expect(JSON.parse(readFileSync(join(out, f), 'utf8')).schemaVersion).toBe('1.0');
    }
  });
});
