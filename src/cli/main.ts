// The command line: a thin consumer of the library. `main(argv, io)` returns the exit code;
// nothing here calls process.exit or touches process.stdout, so tests run it in process.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Command, InvalidArgumentError } from 'commander';
import type { Job, JobResult } from '../batch/job.js';
import { type OutputName, planOutputs, writeAtomic } from '../batch/out-dir.js';
import { runPool, workerScript } from '../batch/pool.js';
import { RULES } from '../extractors/registry.js';
import { DEFAULT_EXTENSIONS, type Target, expandInputs, readStream } from '../pipeline/read.js';
import type { Outcome } from '../render/json.js';
import { colourLevel } from './colour.js';
import { onStreams, parseArguments } from './command.js';
import { EXIT } from './exit-codes.js';
import { type FormatName, type Output, RENDERERS, type RenderContext } from './formats.js';
import { Progress } from './progress.js';
import { VERSION } from '../version.js';

export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
  /** For back-pressure: when write() returns false, the run waits for 'drain'. */
  once?(event: 'drain', listener: () => void): unknown;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** Aborted on Ctrl-C (the bin wires SIGINT to it): the batch stops and main returns EXIT.INTERRUPTED. */
  signal?: AbortSignal;
}

interface Options {
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
  markdown?: boolean;
  outDir?: string;
  recursive?: boolean;
  ext?: string[];
  jobs?: number;
  progress?: boolean;
  color?: boolean;
  rules?: boolean;
}

/** A single input smaller than this is parsed in the main thread (no worker start-up). */
const IN_THREAD_LIMIT = 1024 * 1024;
/**
 * From this size an input is far larger than any report (a 50 MB concatenation, say), and the
 * run trades some speed for memory: V8 lets the heap grow by 20% before collecting it again
 * instead of up to 4x (the 50 MB bench file: peak RSS 783 -> 509 MB, 55 -> 60 s), and workers
 * get a small young generation (530 -> 499 MB; 8 MB saved 20 MB more but took 50% longer).
 */
const LARGE_INPUT = 4 * 1024 * 1024;
const LARGE_INPUT_HEAP_GROWING_PERCENT = 20;
const LARGE_INPUT_YOUNG_GENERATION_MB = 16;

const EXAMPLES = `
Examples:
  $ inspect-parse report.txt                     readable summary in the terminal
  $ inspect-parse report.txt --json | jq '.findings[] | select(.category == "strength") | .text'
  $ inspect-parse reports/*.txt --ndjson > all.ndjson
  $ inspect-parse 'reports/**/*.txt' --out-dir parsed/      quoted glob, one parsed/NAME.json per file
  $ inspect-parse -r reports/ --ndjson --jobs 4
  $ pdftotext -layout report.pdf - | inspect-parse - --json

Exit codes: 0 all inputs parsed, 1 some input failed (the rest were still done), 2 usage error,
130 interrupted (Ctrl-C).`;

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of at least 1');
  return n;
};

const extensionList = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  ...value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => (e.startsWith('.') ? e : `.${e}`)),
];

function program(io: Io): Command {
  const cli = new Command('inspect-parse')
    .description('Turn the text of inspection reports, letters and news articles into structured findings, judgements and metadata.')
    .argument('[files...]', 'text files, directories (with -r) or quoted glob patterns; "-" (or none, with a pipe) reads standard input')
    .option('--json', 'print JSON: one object for one input, an array for several (pretty on a terminal)')
    .option('--ndjson', 'print one compact JSON object per line, per input, in input order')
    .option('--csv', 'print one CSV row per finding (document, subject, dates, category, themes, text, line), for spreadsheets')
    .option('--markdown', 'print a markdown summary per document, for pasting into a briefing')
    .option('-o, --out-dir <dir>', 'write one DIR/NAME.json per input (NAME.error.json if it fails), atomically')
    .option('-r, --recursive', `read the files in directories and below (${DEFAULT_EXTENSIONS.join(' ')})`)
    .option('--ext <list>', 'with -r: the file endings to read, comma-separated (replaces the default)', extensionList)
    .option('-j, --jobs <n>', 'parse on n worker threads (default: all cores)', positiveInt)
    .option('--no-progress', 'no progress bar (shown on a terminal for several inputs)')
    .option('--color', 'force colour in the terminal view')
    .option('--no-color', 'no colour in the terminal view (also: NO_COLOR=1)')
    .option('--rules', 'list the extractor rules and exit')
    .version(VERSION, '-V, --version')
    .addHelpText('after', EXAMPLES);
  return onStreams(cli, io);
}

/** Writes to a stream, waiting for it to drain when it asks to (a slow pipe). */
async function put(stream: OutStream, output: Output): Promise<void> {
  for (const piece of typeof output === 'string' ? [output] : output) {
    if (piece.length === 0) continue;
    if (stream.write(piece) === false && stream.once) await new Promise<void>((resolve) => stream.once?.('drain', resolve));
  }
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === 'compare') return (await import('./compare.js')).runCompare(argv.slice(1), io);
  const cli = program(io);
  const answered = parseArguments(cli, argv);
  if (answered !== null) return answered;
  const options = cli.opts<Options>();
  if (options.rules) {
    for (const rule of RULES) io.stdout.write(`${rule.name.padEnd(36)} ${rule.description}\n`);
    return EXIT.OK;
  }
  if ([options.json, options.ndjson, options.csv, options.markdown].filter(Boolean).length > 1) {
    io.stderr.write('inspect-parse: choose one of --json, --ndjson, --csv and --markdown\n');
    return EXIT.USAGE;
  }
  let args = cli.args;
  if (args.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write('inspect-parse: no input: give one or more files, or pipe text in (see --help)\n');
      return EXIT.USAGE;
    }
    args = ['-'];
  }
  // With --out-dir, standard output carries only what --json or --ndjson ask for.
  const format: FormatName | null = options.ndjson ? 'ndjson' : options.json ? 'json' : options.csv ? 'csv' : options.markdown ? 'markdown' : options.outDir ? null : 'table';
  const targets = await expandInputs(args, { recursive: options.recursive === true, ...(options.ext ? { extensions: options.ext } : {}) });
  return runBatch(targets, options, format, argv, io);
}

async function runBatch(targets: Target[], options: Options, format: FormatName | null, argv: readonly string[], io: Io): Promise<number> {
  const { signal } = io;
  const ctx: RenderContext = {
    // chalk (and the terminal probing it brings) is loaded only for the table view.
    chalk: format === 'table' ? new (await import('chalk')).Chalk({ level: colourLevel(options.color, argv, io) }) : null,
    width: Math.min(Math.max(io.stdout.columns ?? 100, 40), 140),
    pretty: io.stdout.isTTY === true,
    count: targets.length,
  };
  const renderer = format ? RENDERERS[format] : null;
  const outputs: OutputName[] | null = options.outDir ? planOutputs(targets, options.outDir) : null;
  const progress = options.progress !== false && io.stderr.isTTY === true && targets.length > 1 ? new Progress(io.stderr, targets.length) : null;
  const shared = progress !== null && io.stdout.isTTY === true; // output and bar on one terminal
  const say = (message: string): void => {
    const write = (): void => void io.stderr.write(message);
    if (progress) progress.around(write);
    else write();
  };
  const out = async (text: Output): Promise<void> => {
    if (text.length === 0) return;
    if (shared) progress.clear();
    await put(io.stdout, text);
  };

  // Results come back as JSON text when that is all the outputs need (see Job.as).
  // Out-dir files are indented JSON; an object is sent only when the two outputs want different text.
  const style = renderer ? (renderer.fromJson?.style(ctx) ?? 'object') : null;
  const as: Job['as'] = outputs ? (style === null || style === 'indented-json' ? 'indented-json' : 'object') : (style ?? 'object');
  // Standard input is read here (once), then parsed like a file.
  const jobs: Job[] = [];
  const early = new Map<number, JobResult>();
  for (const [index, target] of targets.entries()) {
    if (target.error !== undefined) early.set(index, { index, ok: false, error: target.error });
    else if (target.path === null) {
      const bytes = await readStream(io.stdin);
      target.size = bytes.byteLength;
      jobs.push({ index, path: null, bytes, as });
    } else jobs.push({ index, path: target.path, as });
  }

  let failed = 0;
  let wrote = false;
  const emit = async (result: JobResult): Promise<void> => {
    const target = targets[result.index] as Target;
    let outcome: Outcome | null = null; // parsed from the JSON only if an output needs it
    const json = 'json' in result ? result.json : null;
    if ('result' in result) outcome = result.result;
    else if (!result.ok) {
      failed++;
      say(`inspect-parse: ${target.display}: ${result.error}\n`);
      outcome = { source: { path: target.path }, error: result.error };
    }
    const names = outputs?.[result.index];
    if (names) {
      const [path, stale] = result.ok ? [names.json, names.error] : [names.error, names.json];
      try {
        await writeAtomic(path, json ? [...json, '\n'] : `${JSON.stringify(outcome, null, 2)}\n`, stale);
      } catch (error) {
        if (result.ok) failed++;
        say(`inspect-parse: ${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
      }
    }
    if (renderer) {
      if (!wrote) await out(renderer.begin(ctx));
      wrote = true;
      // A renderer without fromJson is always sent objects (see `as` above): outcome is set.
      const text = json !== null && renderer.fromJson ? renderer.fromJson.item(json, result.index, ctx) : renderer.item(outcome as Outcome, result.index, ctx);
      await out(text);
    }
    progress?.tick();
  };

  // Errors found while expanding the arguments are reported in order with the rest.
  const ordered = async (result: JobResult): Promise<void> => {
    for (let i = firstDue; i < result.index; i++) {
      const e = early.get(i);
      if (e) await emit(e);
    }
    firstDue = result.index + 1;
    await emit(result);
  };
  let firstDue = 0;

  const large = targets.some((t) => (t.size ?? 0) >= LARGE_INPUT);
  const cores = availableParallelism();
  const single = jobs.length === 1 && (jobs[0]?.bytes !== undefined || (targets[jobs[0]?.index ?? 0]?.size ?? 0) < IN_THREAD_LIMIT);
  const script = single ? null : workerScript();
  // The flag is the process's: set for this run only (main() may run inside a program of its own).
  if (large) setFlagsFromString(`--heap-growing-percent=${LARGE_INPUT_HEAP_GROWING_PERCENT}`);
  const completed = await runPool(jobs, {
    workers: script ? (options.jobs ?? cores) : 0,
    script,
    emit: ordered,
    signal,
    ...(large ? { youngGenerationMb: LARGE_INPUT_YOUNG_GENERATION_MB } : {}),
  }).finally(() => {
    if (large) setFlagsFromString('--heap-growing-percent=0'); // 0: V8's own choice again
  });
  if (completed) for (let i = firstDue; i < targets.length; i++) {
    const e = early.get(i);
    if (e) await emit(e);
  }
  progress?.clear();
  if (!completed || signal?.aborted) {
    io.stderr.write('inspect-parse: interrupted\n');
    return EXIT.INTERRUPTED;
  }
  if (renderer) {
    if (!wrote) await out(renderer.begin(ctx));
    await out(renderer.end(ctx));
  }
  return failed > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}
