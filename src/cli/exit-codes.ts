/** Exit codes, as documented in the README. */
export const EXIT = {
  /** Every input was parsed. */
  OK: 0,
  /** At least one input could not be read or decoded (the others were still done). */
  INPUT_FAILED: 1,
  /** The command line was wrong: unknown option, nothing to read. */
  USAGE: 2,
  /** Stopped by Ctrl-C (SIGINT): files already written are whole, the rest were not started. */
  INTERRUPTED: 130,
} as const;
