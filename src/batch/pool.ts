// Runs jobs on a pool of worker threads (or in this thread) and hands the results back in
// input order, each as soon as it and all before it are done. At most `window` results wait
// ahead of the next one due, so memory stays flat however many inputs there are.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Job, type JobResult, runJob } from './job.js';

export interface PoolOptions {
  /** Worker threads to start; 0 parses in this thread. */
  workers: number;
  /** The bundled worker script (see workerScript()). */
  script: URL | null;
  /** Called with each result in input order; the next is not given until this settles. */
  emit: (result: JobResult) => unknown;
  signal?: AbortSignal | undefined;
  /** Results allowed to wait ahead of the next one due (default 4 per worker, at least 16). */
  window?: number;
  /** The workers' young generation in MB (default 64, for many small inputs). */
  youngGenerationMb?: number;
}

/**
 * The bundled worker: dist/worker.js beside the bundled CLI, or, when this module runs from
 * source (tests), the one in dist/ after `npm run build`. Null if there is none.
 */
export function workerScript(): URL | null {
  const here = import.meta.url;
  for (const candidate of [new URL('./worker.js', here), new URL('../../dist/worker.js', here)]) {
    if (candidate.protocol === 'file:' && existsSync(fileURLToPath(candidate))) return candidate;
  }
  return null;
}

// A parse allocates many short-lived objects (remark's tokens, lines, drafts). In V8's default
// young generation many outlive it and are promoted, and a one-worker batch used 1.4 cores (the
// collector's threads); a larger one lets them die young (400 files, --jobs 2: 19 s -> 16 s).
// On one very large input it only adds to the peak (a 10 MB file: 297 -> 340 MB).
const YOUNG_GENERATION_MB = 64;

interface Slot {
  run(job: Job): Promise<JobResult>;
  close(): Promise<void>;
}

function inThread(): Slot {
  return { run: runJob, close: async () => {} };
}

function threaded(script: URL, youngGenerationMb: number): Slot {
  let worker: Worker | null = null;
  let pending: { job: Job; resolve: (r: JobResult) => void } | null = null;
  const start = (): Worker => {
    const w = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } });
    w.on('message', (result: JobResult) => {
      const p = pending;
      pending = null;
      p?.resolve(result);
    });
    // A worker that dies (out of memory, a crash) fails the input it held; the next job gets a new one.
    const fail = (reason: string): void => {
      worker = null;
      const p = pending;
      pending = null;
      p?.resolve({ index: p.job.index, ok: false, error: `internal error: ${reason}` });
    };
    w.on('error', (error) => fail(error.message));
    w.on('exit', (code) => {
      if (worker === w) fail(`worker stopped (exit code ${code})`);
    });
    return w;
  };
  return {
    run(job) {
      worker ??= start();
      const w = worker;
      return new Promise((resolve) => {
        pending = { job, resolve };
        // Bytes (standard input) are copied, not transferred: a small Buffer shares Node's pool.
        w.postMessage(job);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

/** Runs every job unless the signal aborts; returns whether all were run. */
export async function runPool(jobs: readonly Job[], options: PoolOptions): Promise<boolean> {
  const { signal } = options;
  const size = Math.max(1, Math.min(options.workers, jobs.length));
  const slots: Slot[] = [];
  const young = options.youngGenerationMb ?? YOUNG_GENERATION_MB;
  for (let i = 0; i < size; i++) slots.push(options.workers > 0 && options.script ? threaded(options.script, young) : inThread());
  const window = options.window ?? Math.max(16, size * 4);

  let next = 0; // the next job to start
  let emitted = 0; // results handed to emit() and settled
  const done = new Map<number, JobResult>();
  let emitting: Promise<void> = Promise.resolve();
  let due = 0; // the place of the next result to hand over
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  signal?.addEventListener('abort', notify, { once: true });
  // One abort listener per running job, removed when the job ends. (Racing each job against
  // one long-pending promise would keep every result reachable: memory would grow per file.)
  const runOrAbort = (slot: Slot, job: Job): Promise<JobResult | null> =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve(null);
      const onAbort = (): void => resolve(null);
      signal?.addEventListener('abort', onAbort, { once: true });
      void slot.run(job).then((result) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(result);
      });
    });

  // Results are keyed by their place in `jobs` (job.index may skip numbers).
  const deliver = (place: number, result: JobResult): void => {
    done.set(place, result);
    for (let r = done.get(due); r !== undefined; r = done.get(due)) {
      done.delete(due);
      due++;
      const item = r;
      emitting = emitting.then(async () => {
        if (signal?.aborted) return;
        await options.emit(item);
        emitted++;
        notify();
      });
    }
  };

  const loop = async (slot: Slot): Promise<void> => {
    for (;;) {
      while (!signal?.aborted && next < jobs.length && next - emitted >= window) await new Promise<void>((r) => (wake = chain(wake, r)));
      if (signal?.aborted || next >= jobs.length) return;
      const place = next++;
      const job = jobs[place] as Job;
      const result = await runOrAbort(slot, job);
      if (result === null) return;
      deliver(place, result);
    }
  };

  try {
    await Promise.all(slots.map(loop));
    await emitting;
  } finally {
    await Promise.all(slots.map((s) => s.close()));
  }
  return !signal?.aborted;
}

/** Lets several loops wait on the same wake-up. */
function chain(previous: (() => void) | null, next: () => void): () => void {
  return previous
    ? () => {
        previous();
        next();
      }
    : next;
}
