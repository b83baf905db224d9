// --json: one object for one input, an array for several. Pretty on a terminal, compact in a pipe.
import type { Finding, ParseResult } from '../types.js';

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

/**
 * The text of JSON.stringify(result, null, indent), in pieces: everything but the findings,
 * then the findings a few hundred at a time. On a 50 MB input the JSON is ~50 million
 * characters, which as one string (two bytes a character) would be the largest thing in memory.
 */
export function* jsonPieces(result: ParseResult, indent?: number, { handedOver = false } = {}): Generator<string> {
  const head = JSON.stringify({ ...result, findings: [] }, null, indent);
  const findings: (Finding | null)[] = result.findings;
  // A caller that hands the result over lets each finding go once it is text: on a large input
  // the findings as objects and as JSON need not both be in memory.
  if (handedOver) result.findings = [];
  if (findings.length === 0) {
    yield head;
    return;
  }
  // The key can stand only where it is a key: inside a JSON string every quote is escaped.
  const key = indent ? '"findings": []' : '"findings":[]';
  const close = head.indexOf(key) + key.length - 1;
  yield head.slice(0, close);
  // An entry of a top-level array stands two levels in.
  const pad = indent ? `\n${' '.repeat(2 * indent)}` : '';
  for (let from = 0; from < findings.length; from += FINDINGS_PER_PIECE) {
    let piece = '';
    for (let i = from; i < Math.min(from + FINDINGS_PER_PIECE, findings.length); i++) {
      const entry = indent ? JSON.stringify(findings[i], null, indent).replace(/\n/g, pad) : JSON.stringify(findings[i]);
      piece += `${i > 0 ? ',' : ''}${pad}${entry}`;
      if (handedOver) findings[i] = null;
    }
    yield piece;
  }
  yield `${indent ? `\n${' '.repeat(indent)}` : ''}${head.slice(close)}`;
}

const FINDINGS_PER_PIECE = 500;
