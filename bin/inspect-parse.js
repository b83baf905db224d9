#!/usr/bin/env node
// Runs the compiled CLI. A closed pipe (`inspect-parse ... | head -1`) ends the run quietly;
// Ctrl-C stops a batch cleanly (a second Ctrl-C ends it at once).
/* global AbortController */
import { setFlagsFromString } from 'node:v8';

// V8 first runs each regular expression in its bytecode interpreter and compiles it to machine
// code on its second use; the rules use hundreds of them a few times each on a small file, so
// compiling each once, straight to machine code, halves their cost at start-up (npm run bench).
// Set before the CLI is loaded (worker threads share the flag); the library leaves it alone.
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/cli.js');

const quiet = (error) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
  throw error;
};
process.stdout.on('error', quiet);
const interrupt = new AbortController();
process.once('SIGINT', () => {
  interrupt.abort();
  process.once('SIGINT', () => process.exit(130));
});
const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  signal: interrupt.signal,
});
process.exitCode = code;
// Standard input may still be open (Ctrl-C while reading it): do not wait for it.
if (code === 130) process.exit(code);
