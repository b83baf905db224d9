// --out-dir: one NAME.json per input (NAME.error.json for an input that failed), each written
// to a temporary file in the same directory and renamed into place, so a reader (or Ctrl-C)
// never sees half a file. Names: the input's file name less its extension; below the directory
// for a --recursive walk; "stdin" for standard input; "-2", "-3" ... added when two inputs would
// share a name or the name is an input's own path.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { Target } from '../pipeline/read.js';

export interface OutputName {
  /** Path for a parsed input. */
  json: string;
  /** Path for a failed input. */
  error: string;
}

/** The output paths of each target, in order. */
export function planOutputs(targets: readonly Target[], outDir: string, cwd = process.cwd()): OutputName[] {
  const inputs = new Set(targets.filter((t) => t.path !== null).map((t) => resolve(cwd, t.path as string)));
  const taken = new Set<string>();
  return targets.map((t) => {
    let stem: string;
    if (t.path === null) stem = 'stdin';
    else {
      const rel = t.root !== undefined ? relative(t.root, t.path) : basename(t.path);
      stem = rel.slice(0, rel.length - extname(rel).length) || basename(t.path);
    }
    for (let n = 1; ; n++) {
      const base = join(outDir, n === 1 ? stem : `${stem}-${n}`);
      const names = { json: `${base}.json`, error: `${base}.error.json` };
      const keys = [names.json, names.error].map((p) => resolve(cwd, p));
      if (keys.some((k) => taken.has(k) || inputs.has(k))) continue;
      for (const k of keys) taken.add(k);
      return names;
    }
  });
}

/** Writes `text` to `path` atomically; removes `stale` (the other outcome's file from an earlier run). */
export async function writeAtomic(path: string, text: string | readonly (string | Uint8Array)[], stale?: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(16).slice(2, 10)}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' }); // never over a file that is there
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (stale) await rm(stale, { force: true });
}
