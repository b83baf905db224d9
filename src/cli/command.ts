// What every subcommand does with commander: write to the given streams, throw instead of
// exiting, and turn help, --version and usage errors into exit codes.
import { type Command, CommanderError } from 'commander';
import { EXIT } from './exit-codes.js';
import type { Io } from './main.js';

/** The command, writing to `io` and throwing instead of calling process.exit. */
export function onStreams(cli: Command, io: Pick<Io, 'stdout' | 'stderr'>): Command {
  return cli.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}

/** Parses the arguments; the exit code when commander has answered (help, version, a usage error), else null. */
export function parseArguments(cli: Command, argv: readonly string[]): number | null {
  try {
    cli.parse([...argv], { from: 'user' });
    return null;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    throw error;
  }
}
