#!/usr/bin/env node
// Runs the compiled CLI. A closed pipe (`inspect-parse ... | head -1`) ends the run quietly.
import { main } from '../dist/cli.js';

process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
