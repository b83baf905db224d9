#!/usr/bin/env node
// Runs the compiled CLI. A closed pipe (`inspect-parse ... | head -1`) ends the run quietly;
// Ctrl-C stops a batch cleanly (a second Ctrl-C ends it at once).
/* global AbortController */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script, constants } from 'node:vm';

// V8 first runs each regular expression in its bytecode interpreter and compiles it to machine
// code on its second use; the rules use hundreds of them a few times each on a small file, so
// compiling each once, straight to machine code, halves their cost at start-up (npm run bench).
// Set before the CLI is loaded (worker threads share the flag); the library leaves it alone.
setFlagsFromString('--no-regexp-tier-up');
const cli = loadCli();

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
const code = await cli.main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  signal: interrupt.signal,
});
process.exitCode = code;
// The build writes the code cache after a sample run (scripts/build.mjs); the tests check V8 takes it.
if (process.env.INSPECT_PARSE_WRITE_CODE_CACHE === '1') writeFileSync(cli.cacheFile, cli.script.createCachedData());
if (process.env.INSPECT_PARSE_DEBUG === 'code-cache') process.stderr.write(`inspect-parse: code cache ${cli.cache}\n`);
// Standard input may still be open (Ctrl-C while reading it): do not wait for it.
if (code === 130) process.exit(code);

/**
 * Loads dist/cli.cjs through V8's code cache (dist/cli.cache): what a run compiles is read back
 * compiled instead of being parsed again, about a fifth of a small file's run. Without a
 * cache, or with one V8 refuses (another Node version), it compiles as usual.
 */
function loadCli() {
  const file = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
  const cacheFile = file.replace(/\.cjs$/, '.cache');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const cache = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted';
  return { main: module.exports.main, script, cacheFile, cache };
}
