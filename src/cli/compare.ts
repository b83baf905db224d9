// `inspect-parse compare OLD NEW [MORE...]`: what keeps coming back across inspections.
// Parses each input, orders them by date (src/compare/compare.ts) and prints the comparison:
// a terminal view, --json or --markdown.
import { Command, InvalidArgumentError } from 'commander';
import { compareDocuments } from '../compare/compare.js';
import { SIMILARITY_THRESHOLD } from '../compare/similarity.js';
import { parse } from '../parse.js';
import { DecodeError } from '../pipeline/decode.js';
import { ReadError, readInput } from '../pipeline/read.js';
import { renderComparison } from '../render/compare-table.js';
import { renderComparisonMarkdown } from '../render/markdown.js';
import type { ParseResult } from '../types.js';
import { colourLevel } from './colour.js';
import { onStreams, parseArguments } from './command.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './main.js';

interface CompareOptions {
  json?: boolean;
  markdown?: boolean;
  threshold?: number;
  color?: boolean;
}

const fraction = (value: string): number => {
  const n = Number(value);
  if (!(n > 0 && n <= 1)) throw new InvalidArgumentError('give a number above 0 and at most 1');
  return n;
};

export async function runCompare(argv: readonly string[], io: Io): Promise<number> {
  const cli = onStreams(new Command('inspect-parse compare'), io)
    .description('Compare inspections of one body over time: recurring, new and no longer mentioned findings and themes, and judgements side by side.')
    .argument('<files...>', 'two or more documents about the same body, in any order (they are ordered by their dates)')
    .option('--json', 'print the comparison as JSON (pretty on a terminal)')
    .option('--markdown', 'print the comparison as markdown, for a briefing')
    .option('--threshold <n>', `text similarity (0-1) above which two findings are the same point (default ${SIMILARITY_THRESHOLD})`, fraction)
    .option('--color', 'force colour in the terminal view')
    .option('--no-color', 'no colour in the terminal view (also: NO_COLOR=1)')
    .addHelpText('after', '\nExample:\n  $ inspect-parse compare wrenford-2015.txt wrenford-2019.txt wrenford-2023.txt\n');
  const answered = parseArguments(cli, argv);
  if (answered !== null) return answered;
  const options = cli.opts<CompareOptions>();
  if (options.json && options.markdown) {
    io.stderr.write('inspect-parse compare: choose one of --json and --markdown\n');
    return EXIT.USAGE;
  }
  const results: ParseResult[] = [];
  let failed = 0;
  for (const file of cli.args) {
    try {
      const input = await readInput(file);
      results.push(parse(input.bytes, { path: input.path }));
    } catch (error) {
      if (!(error instanceof ReadError) && !(error instanceof DecodeError)) throw error;
      failed++;
      io.stderr.write(`inspect-parse: ${file}: ${error.message}\n`);
    }
  }
  if (results.length < 2) {
    io.stderr.write(`inspect-parse compare: needs two or more documents that can be read (got ${results.length})\n`);
    return failed > 0 ? EXIT.INPUT_FAILED : EXIT.USAGE;
  }
  const comparison = compareDocuments(results, options.threshold !== undefined ? { threshold: options.threshold } : {});
  if (options.json) io.stdout.write(`${JSON.stringify(comparison, null, io.stdout.isTTY ? 2 : undefined)}\n`);
  else if (options.markdown) io.stdout.write(renderComparisonMarkdown(comparison));
  else {
    const width = Math.min(Math.max(io.stdout.columns ?? 100, 40), 140);
    io.stdout.write(renderComparison(comparison, new (await import('chalk')).Chalk({ level: colourLevel(options.color, argv, io) }), width));
  }
  return failed > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}
