#!/usr/bin/env node
// The benchmark (`npm run bench`; run `npm run build` first). Measures, and prints with the
// machine's core count:
//   start-up     one small file end to end vs bare `node -e ''` (target: within 2x)
//   throughput   one core over ../shared/corpus vs remark-parse alone on each whole document
//   linearity    time per MB from 10 KB to 50 MB of generated report-like, nested-list and
//                quote-heavy text (target: within 1.5x), with peak memory (target: < 10x the file)
//   batch        2,000 generated files of 5-60 KB through --ndjson and --out-dir: files/s, MB/s,
//                speed-up of --jobs <cores> over --jobs 1 (target: >= 1.7x on 2 cores), and the
//                machine's own ceiling: <cores> separate processes, a share of the files each
//   memory       resident memory across a 10,000-file batch (target: flat)
// Generated files go under .bench/ (git-ignored). Flags:
//   --quick            smaller sizes and batches (about a minute)
//   --only=a,b         run only these parts (startup, throughput, linearity, batch, memory)
//   --max-mb=N         largest linearity input (default 50)
//   --batch-files=N    files in the batch (default 2000); --memory-files=N (default 10000)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { random, reportText } from './report-text.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, '.bench');
const bin = join(root, 'bin/inspect-parse.js');
const cores = availableParallelism();
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const quick = args.quick === true;
const only = typeof args.only === 'string' ? new Set(args.only.split(',')) : null;
const wants = (part) => !only || only.has(part);
const maxMb = Number(args['max-mb'] ?? (quick ? 5 : 50));
const batchFiles = Number(args['batch-files'] ?? (quick ? 300 : 2000));
const memoryFiles = Number(args['memory-files'] ?? (quick ? 1500 : 10000));
const results = { cores, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, date: new Date().toISOString() };

if (!existsSync(join(root, 'dist/cli.cjs')) || !existsSync(join(root, 'dist/worker.js'))) {
  console.error('bench: run `npm run build` first');
  process.exit(2);
}
mkdirSync(benchDir, { recursive: true });
const say = (line) => console.log(`${line}  [${cores} cores]`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Sizes in MB of 10^6 bytes, file sizes and memory alike (the kernel counts memory in KiB).
const mb = (bytes) => bytes / 1e6;
const kib = (n) => (n * 1024) / 1e6;

/** Runs a command, returns wall time (ms) and peak resident memory (MB) from /proc, polled. */
function timed(command, argv, { stdout = 'ignore' } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { stdio: ['ignore', stdout, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const samples = [];
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const rss = /VmRSS:\s+(\d+)/.exec(status);
        if (rss) samples.push({ t: performance.now() - started, rss: kib(Number(rss[1])) });
      } catch {
        // gone
      }
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - started, code, stderr, samples, peak: Math.max(0, ...samples.map((s) => s.rss)) });
    });
  });
}

// ---------------------------------------------------------------------------------------------
async function startup() {
  const file = join(root, 'fixtures/unannounced-letter/input.txt');
  const runs = quick ? 7 : 21;
  const bare = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    bare.push((await timed(process.execPath, ['-e', ''])).ms);
    ours.push((await timed(process.execPath, [bin, file, '--json'])).ms);
  }
  const ratio = median(ours) / median(bare);
  results.startup = { bareMs: median(bare), oursMs: median(ours), ratio };
  say(`start-up: one small file end to end ${median(ours).toFixed(0)} ms vs node -e '' ${median(bare).toFixed(0)} ms: ${ratio.toFixed(2)}x (target <= 2x, median of ${runs})`);
}

// ---------------------------------------------------------------------------------------------
async function throughput() {
  const corpus = join(root, '../shared/corpus');
  if (!existsSync(corpus)) {
    say('throughput: ../shared/corpus not found, skipped');
    return;
  }
  // One child process, one thread: ours (the bundled library) and remark-parse alone.
  const script = `
    import { readFileSync, readdirSync } from 'node:fs';
    import { parse } from ${JSON.stringify(join(root, 'dist/index.js'))};
    import { unified } from 'unified';
    import remarkParse from 'remark-parse';
    const dir = ${JSON.stringify(corpus)};
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + '/' + f));
    const texts = files.map((b) => b.toString('utf8'));
    const bytes = files.reduce((n, b) => n + b.length, 0);
    const remark = unified().use(remarkParse);
    const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };
    time(() => files.forEach((b) => parse(b))); time(() => texts.forEach((t) => remark.parse(t)));
    const rounds = ${quick ? 2 : 5};
    let ours = Infinity, alone = Infinity;
    for (let i = 0; i < rounds; i++) {
      ours = Math.min(ours, time(() => files.forEach((b) => parse(b))));
      alone = Math.min(alone, time(() => texts.forEach((t) => remark.parse(t))));
    }
    console.log(JSON.stringify({ files: files.length, bytes, ours, alone }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 1e8 }));
  const oursRate = mb(out.bytes) / (out.ours / 1000);
  const remarkRate = mb(out.bytes) / (out.alone / 1000);
  results.throughput = { ...out, oursMBs: oursRate, remarkMBs: remarkRate, ratio: oursRate / remarkRate };
  say(
    `throughput (one core, ${out.files} corpus files, ${mb(out.bytes).toFixed(2)} MB): inspect-parse ${oursRate.toFixed(2)} MB/s, remark-parse alone ${remarkRate.toFixed(2)} MB/s: ratio ${(oursRate / remarkRate).toFixed(2)} (target >= 1)`,
  );
}

// ---------------------------------------------------------------------------------------------
async function linearity() {
  const sizes = [10e3, 100e3, 1e6, 10e6, 50e6].filter((s) => s <= maxMb * 1e6);
  const kinds = ['report', 'nested', 'quotes'];
  results.linearity = {};
  const probe = join(benchDir, 'probe.mjs');
  writeFileSync(
    probe,
    `import { readFileSync } from 'node:fs';
     import { parse } from ${JSON.stringify(join(root, 'dist/index.js'))};
     import { reportText } from ${JSON.stringify(join(root, 'scripts/report-text.mjs'))};
     const [file, kind] = process.argv.slice(2);
     const bytes = readFileSync(file);
     // Steady state, as in a batch: every size is timed after the same warm-up (2 MB of text of
     // its kind, another seed), and only on text this process has not parsed before (the parse
     // stage keeps the trees of outlines it has seen, so timing one text again and again would
     // flatter small inputs). Inputs under 10 MB: three rounds of about 1.5 MB of distinct texts
     // of that size, the fastest round counts (the machine's noise only ever adds). A large
     // input is timed once.
     parse(Buffer.from(reportText(2e6, { kind, seed: 9999 })));
     const small = bytes.length < 10e6;
     const repeat = Math.max(1, Math.min(150, Math.round(1.5e6 / bytes.length)));
     let ms = Infinity;
     let findings = 0;
     for (let round = 0; round < (small ? 3 : 1); round++) {
       const inputs = small ? Array.from({ length: repeat }, (_, i) => Buffer.from(reportText(bytes.length, { kind, seed: 100 + round * repeat + i }))) : [bytes];
       const t = performance.now();
       for (const input of inputs) findings = parse(input).findings.length;
       ms = Math.min(ms, (performance.now() - t) / inputs.length);
     }
     console.log(JSON.stringify({ ms, findings, maxRssMB: process.resourceUsage().maxRSS * 1024 / 1e6 }));`,
  );
  for (const kind of kinds) {
    const rows = [];
    for (const size of sizes) {
      // The 50 MB step only for the mixed report (it is the memory figure too), unless asked.
      if (size > 10e6 && kind !== 'report' && args['all-kinds-50'] !== true) continue;
      const file = join(benchDir, `linear-${kind}-${size}.txt`);
      if (!existsSync(file) || statSync(file).size < size) writeFileSync(file, reportText(size, { kind, seed: 11 }));
      const bytes = statSync(file).size;
      const out = JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', probe, file, kind], { encoding: 'utf8' }));
      const perMb = out.ms / mb(bytes);
      rows.push({ bytes, ms: out.ms, msPerMB: perMb, findings: out.findings, maxRssMB: out.maxRssMB, rssRatio: out.maxRssMB / mb(bytes) });
      say(`linearity ${kind.padEnd(7)} ${(mb(bytes) >= 1 ? `${mb(bytes).toFixed(0)} MB` : `${(bytes / 1e3).toFixed(0)} KB`).padStart(6)}: ${perMb.toFixed(0).padStart(5)} ms/MB, peak RSS ${out.maxRssMB.toFixed(0)} MB${bytes >= 1e6 ? ` (${(out.maxRssMB / mb(bytes)).toFixed(1)}x the file)` : ''}`);
    }
    const perMb = rows.filter((r) => r.bytes >= 100e3).map((r) => r.msPerMB);
    const spread = Math.max(...perMb) / Math.min(...perMb);
    const spreadAll = Math.max(...rows.map((r) => r.msPerMB)) / Math.min(...rows.map((r) => r.msPerMB));
    results.linearity[kind] = { rows, spread, spreadAll };
    say(`linearity ${kind}: time per MB varies ${spreadAll.toFixed(2)}x from 10 KB up (${spread.toFixed(2)}x from 100 KB up; target within 1.5x)`);
  }
  const big = results.linearity.report.rows.at(-1);
  const bigFile = join(benchDir, `linear-report-${sizes.at(-1)}.txt`);
  // What a user sees: the CLI on the largest file (read, parse in a worker, JSON out), with the
  // process's own high-water mark (all threads) printed at exit.
  const atExit = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))`;
  const cli = await timed(process.execPath, [`--import=${atExit}`, bin, bigFile, '--json']);
  const cliPeak = kib(Number(/maxrss (\d+)/.exec(cli.stderr)?.[1] ?? 0));
  results.memory50 = { bytes: big.bytes, libraryMaxRssMB: big.maxRssMB, cliMaxRssMB: cliPeak, cliMs: cli.ms };
  say(`memory: peak RSS on the ${mb(big.bytes).toFixed(0)} MB file: inspect-parse --json ${cliPeak.toFixed(0)} MB = ${(cliPeak / mb(big.bytes)).toFixed(1)}x its size (target < 10x), ${(cli.ms / 1000).toFixed(0)} s; parse() in a plain script ${big.maxRssMB.toFixed(0)} MB = ${big.rssRatio.toFixed(1)}x`);
}

// ---------------------------------------------------------------------------------------------
function makeBatch(name, count, minKb, maxKb) {
  const dir = join(benchDir, name);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rnd = random(count);
  const kinds = ['report', 'report', 'report', 'nested', 'quotes'];
  for (let i = 0; i < count; i++) {
    const size = Math.round((minKb + rnd() * (maxKb - minKb)) * 1000);
    writeFileSync(join(dir, `report-${String(i).padStart(5, '0')}.txt`), reportText(size, { seed: i + 1, kind: kinds[i % kinds.length] }));
  }
  writeFileSync(marker, '');
  return dir;
}

const batchBytes = (dir) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

async function batch() {
  const dir = makeBatch(`batch-${batchFiles}`, batchFiles, 5, 60);
  const total = batchBytes(dir);
  const pattern = join(dir, '*.txt');
  const rate = (r) => `${(batchFiles / (r.ms / 1000)).toFixed(1)} files/s, ${(mb(total) / (r.ms / 1000)).toFixed(2)} MB/s`;
  const ndjsonAll = await timed(process.execPath, [bin, pattern, '--ndjson', '--jobs', String(cores)]);
  say(`batch --ndjson --jobs ${cores}: ${batchFiles} files, ${mb(total).toFixed(1)} MB in ${(ndjsonAll.ms / 1000).toFixed(1)} s: ${rate(ndjsonAll)} (exit ${ndjsonAll.code})`);
  const outDir = join(benchDir, 'out');
  rmSync(outDir, { recursive: true, force: true });
  const outAll = await timed(process.execPath, [bin, pattern, '--out-dir', outDir, '--jobs', String(cores)]);
  const written = readdirSync(outDir).length;
  say(`batch --out-dir --jobs ${cores}: ${rate(outAll)}, ${written} files written (exit ${outAll.code})`);
  const ndjsonOne = await timed(process.execPath, [bin, pattern, '--ndjson', '--jobs', '1']);
  say(`batch --ndjson --jobs 1: ${rate(ndjsonOne)}`);
  const speedup = ndjsonOne.ms / ndjsonAll.ms;
  say(`batch speed-up of --jobs ${cores} over --jobs 1: ${speedup.toFixed(2)}x (target >= 1.7x on 2 cores)`);
  // What the machine itself allows: separate processes, sharing nothing, each with --jobs 1 on
  // every other file, run at once. No pool can beat this; a virtual machine's cores often give
  // well under twice the work of one when both are busy.
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  const shares = Array.from({ length: cores }, (_, k) => files.filter((_, i) => i % cores === k));
  const separate = await Promise.all(shares.map((share) => timed(process.execPath, [bin, ...share, '--ndjson', '--jobs', '1'])));
  const ceiling = ndjsonOne.ms / Math.max(...separate.map((r) => r.ms));
  say(`batch ceiling: ${cores} separate --jobs 1 processes at once, a share of the files each: ${ceiling.toFixed(2)}x over one; --jobs ${cores} gets ${((100 * speedup) / ceiling).toFixed(0)}% of that`);
  results.batch = { files: batchFiles, bytes: total, ndjsonMs: ndjsonAll.ms, outDirMs: outAll.ms, oneJobMs: ndjsonOne.ms, speedup, ceiling, peakRssMB: ndjsonAll.peak };
}

async function memory() {
  const dir = makeBatch(`memory-${memoryFiles}`, memoryFiles, 5, 10);
  const run = await timed(process.execPath, [bin, join(dir, '*.txt'), '--ndjson']);
  const s = run.samples;
  const quarter = (q) => Math.max(0, ...s.filter((x) => x.t >= (q * run.ms) / 4 && x.t < ((q + 1) * run.ms) / 4).map((x) => x.rss));
  const q = [0, 1, 2, 3].map(quarter);
  results.memory = { files: memoryFiles, ms: run.ms, quartersMB: q, peakMB: run.peak };
  say(
    // The first quarter includes the warm-up (compiled code, the parse stage's kept outline trees,
    // the heap finding its size), which on a fast run is a large part of it: a leak shows as the
    // last quarter above the second.
    `memory across ${memoryFiles} files (--ndjson, ${cores} workers, ${(run.ms / 1000).toFixed(0)} s): peak RSS per quarter of the run ${q.map((x) => x.toFixed(0)).join(' / ')} MB (last vs first ${(q[3] / q[0]).toFixed(2)}x, vs second ${(q[3] / q[1]).toFixed(2)}x)`,
  );
}

const parts = { startup, throughput, linearity, batch, memory };
for (const [name, run] of Object.entries(parts)) if (wants(name)) await run();
writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`figures saved in .bench/results.json`);
