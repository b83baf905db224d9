// Whether the terminal views are coloured, the same for every subcommand: --no-color and
// NO_COLOR win, then FORCE_COLOR (FORCE_COLOR=0 turns it off) and --color, else colour only
// when standard output is a terminal.
import type { Io } from './main.js';

/**
 * chalk's colour level. `color` is commander's value of the --color/--no-color pair, which is
 * true by default, so `argv` tells whether --color was given.
 */
export function colourLevel(color: boolean | undefined, argv: readonly string[], io: Pick<Io, 'env' | 'stdout'>): 0 | 1 {
  if (color === false || io.env.NO_COLOR) return 0;
  if (io.env.FORCE_COLOR === '0') return 0;
  if (io.env.FORCE_COLOR || (color === true && argv.includes('--color'))) return 1;
  return io.stdout.isTTY ? 1 : 0;
}
