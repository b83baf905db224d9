// One unit of batch work: read one input and parse it. The same function runs in a worker
// thread (worker.ts) and, for a single small input, in the main thread, so both give the same
// results and the same errors.
import { parse } from '../parse.js';
import { DecodeError } from '../pipeline/decode.js';
import { ReadError, readInput } from '../pipeline/read.js';
import type { ParseResult } from '../types.js';

export interface Job {
  index: number;
  /** The file to read; null when `bytes` are given (standard input). */
  path: string | null;
  bytes?: Uint8Array;
  /**
   * What the result is wanted as: the object (for renderers that read it), or JSON text,
   * compact (--ndjson) or indented (--out-dir). Serialising where the input was parsed keeps
   * the main thread free for writing: a worker sends a string, not an object graph to clone.
   */
  as?: 'object' | 'json' | 'indented-json';
}

export type JobResult =
  | { index: number; ok: true; result: ParseResult }
  | { index: number; ok: true; json: string }
  | { index: number; ok: false; error: string };

export async function runJob(job: Job): Promise<JobResult> {
  try {
    const bytes = job.bytes ?? (await readInput(job.path ?? '-')).bytes;
    const result = parse(bytes, { path: job.path });
    if (job.as === 'json') return { index: job.index, ok: true, json: JSON.stringify(result) };
    if (job.as === 'indented-json') return { index: job.index, ok: true, json: JSON.stringify(result, null, 2) };
    return { index: job.index, ok: true, result };
  } catch (error) {
    if (error instanceof ReadError || error instanceof DecodeError) return { index: job.index, ok: false, error: error.message };
    // A bug must not end the batch: the input is reported as failed and the others go on.
    return { index: job.index, ok: false, error: `internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
