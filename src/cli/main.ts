// The command line: a thin consumer of the library. `main(argv, io)` returns the exit code;
// nothing here calls process.exit or touches process.stdout, so tests run it in process.
import { Chalk } from 'chalk';
import { Command, CommanderError } from 'commander';
import { RULES } from '../extractors/registry.js';
import { parse } from '../parse.js';
import { DecodeError } from '../pipeline/decode.js';
import { type Input, ReadError, readInput, readStream } from '../pipeline/read.js';
import { type Outcome, renderJson, renderNdjson } from '../render/json.js';
import { renderTable } from '../render/table.js';
import { EXIT } from './exit-codes.js';
import { VERSION } from '../version.js';

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin: AsyncIterable<Buffer | string> & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

interface Options {
  json?: boolean;
  ndjson?: boolean;
  color?: boolean;
  rules?: boolean;
}

const EXAMPLES = `
Examples:
  $ inspect-parse report.txt                     readable summary in the terminal
  $ inspect-parse report.txt --json | jq '.findings[] | select(.category == "strength") | .text'
  $ inspect-parse reports/*.txt --ndjson > all.ndjson
  $ pdftotext -layout report.pdf - | inspect-parse - --json

Exit codes: 0 all inputs parsed, 1 some input failed (the rest were still done), 2 usage error.`;

function program(io: Io): Command {
  return new Command('inspect-parse')
    .description('Turn the text of inspection reports, letters and news articles into structured findings, judgements and metadata.')
    .argument('[files...]', 'text files to parse; "-" (or none, with a pipe) reads standard input')
    .option('--json', 'print JSON: one object for one input, an array for several (pretty on a terminal)')
    .option('--ndjson', 'print one compact JSON object per line, per input')
    .option('--color', 'force colour in the terminal view')
    .option('--no-color', 'no colour in the terminal view (also: NO_COLOR=1)')
    .option('--rules', 'list the extractor rules and exit')
    .version(VERSION, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}

function colourLevel(options: Options, io: Io): 0 | 1 | 2 | 3 {
  if (options.color === false || io.env.NO_COLOR) return 0;
  if (io.env.FORCE_COLOR === '0') return 0;
  if (io.env.FORCE_COLOR || (options.color === true && process.argv.includes('--color'))) return 1;
  return io.stdout.isTTY ? 1 : 0;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const cli = program(io);
  try {
    cli.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    throw error;
  }
  const options = cli.opts<Options>();
  if (options.rules) {
    for (const rule of RULES) io.stdout.write(`${rule.name.padEnd(36)} ${rule.description}\n`);
    return EXIT.OK;
  }
  if (options.json && options.ndjson) {
    io.stderr.write('inspect-parse: choose one of --json and --ndjson\n');
    return EXIT.USAGE;
  }
  let files = cli.args;
  if (files.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write('inspect-parse: no input: give one or more files, or pipe text in (see --help)\n');
      return EXIT.USAGE;
    }
    files = ['-'];
  }
  const chalk = new Chalk({ level: colourLevel(options, io) });
  const width = Math.min(Math.max(io.stdout.columns ?? 100, 40), 140);
  const results: Outcome[] = [];
  let failed = 0;
  for (const file of files) {
    let outcome: Outcome;
    try {
      const input: Input = file === '-' ? { path: null, bytes: await readStream(io.stdin) } : await readInput(file);
      outcome = parse(input.bytes, { path: input.path });
    } catch (error) {
      if (!(error instanceof ReadError) && !(error instanceof DecodeError)) throw error;
      failed++;
      const name = file === '-' ? '(standard input)' : file;
      io.stderr.write(`inspect-parse: ${name}: ${error.message}\n`);
      outcome = { source: { path: file === '-' ? null : file }, error: error.message };
    }
    if (options.ndjson) io.stdout.write(renderNdjson(outcome));
    else if (options.json) results.push(outcome);
    else if ('error' in outcome) continue;
    else io.stdout.write((files.length > 1 ? '\n' : '') + renderTable(outcome, chalk, width));
  }
  if (options.json) io.stdout.write(renderJson(results, io.stdout.isTTY === true));
  return failed > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}
