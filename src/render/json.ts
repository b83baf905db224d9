// --json: one object for one input, an array for several. Pretty on a terminal, compact in a pipe.
import type { ParseResult } from '../types.js';

export interface FailedInput {
  source: { path: string | null };
  error: string;
}

export type Outcome = ParseResult | FailedInput;

export function renderJson(results: readonly Outcome[], pretty: boolean): string {
  const value = results.length === 1 ? results[0] : results;
  return `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;
}

/** --ndjson: one compact object per line, for batches and `jq -c`. */
export function renderNdjson(result: Outcome): string {
  return `${JSON.stringify(result)}\n`;
}
