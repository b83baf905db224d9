// One unit of batch work: read one input and parse it. The same function runs in a worker
// thread (worker.ts) and, for a single small input, in the main thread, so both give the same
// results and the same errors.
import { parseHandedOver } from '../parse.js';
import { DecodeError } from '../pipeline/decode.js';
import { ReadError, readInput } from '../pipeline/read.js';
import { jsonPieces } from '../render/json.js';
import type { ParseResult } from '../types.js';

export interface Job {
  index: number;
  /** The file to read; null when `bytes` are given (standard input). */
  path: string | null;
  bytes?: Uint8Array;
  /**
   * What the result is wanted as: the object (for renderers that read it), or JSON text,
   * compact (--ndjson) or indented (--out-dir). Serialising where the input was parsed keeps
   * the main thread free for writing: a worker sends bytes, not an object graph to clone.
   */
  as?: 'object' | 'json' | 'indented-json';
}

/** JSON text as UTF-8, in pieces (see jsonPieces); a worker hands them over without a copy. */
export type JsonBytes = Uint8Array[];

export type JobResult =
  | { index: number; ok: true; result: ParseResult }
  | { index: number; ok: true; json: JsonBytes }
  | { index: number; ok: false; error: string };

const encoder = new TextEncoder();

export async function runJob(job: Job): Promise<JobResult> {
  try {
    // Handed over in a holder that parse empties: the bytes need not live through the parse.
    const result = parseHandedOver(await inputOf(job), { path: job.path });
    // TextEncoder gives each piece a buffer of its own (not Node's shared pool): transferable.
    if (job.as === 'json' || job.as === 'indented-json') {
      const pieces = jsonPieces(result, job.as === 'json' ? undefined : 2, { handedOver: true });
      const json = Array.from(pieces, (piece) => encoder.encode(piece));
      return { index: job.index, ok: true, json };
    }
    return { index: job.index, ok: true, result };
  } catch (error) {
    if (error instanceof ReadError || error instanceof DecodeError) return { index: job.index, ok: false, error: error.message };
    // A bug must not end the batch: the input is reported as failed and the others go on.
    return { index: job.index, ok: false, error: `internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** What a worker can hand over rather than copy: the buffers of the JSON pieces. */
export function transferables(result: JobResult): ArrayBuffer[] {
  return 'json' in result ? result.json.map((piece) => piece.buffer as ArrayBuffer) : [];
}

async function inputOf(job: Job): Promise<{ input: Uint8Array | null }> {
  return { input: job.bytes ?? (await readInput(job.path ?? '-')).bytes };
}
