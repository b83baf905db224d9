// Stage: read. Bytes of each input: a file path, or standard input for "-".
import { readFile, stat } from 'node:fs/promises';

export interface Input {
  /** The path as the user gave it; null for standard input. */
  path: string | null;
  bytes: Uint8Array;
}

export class ReadError extends Error {}

export async function readStream(stream: AsyncIterable<Buffer | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export async function readInput(path: string): Promise<Input> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(error)})`);
  }
  if (info.isDirectory()) throw new ReadError('is a directory (give the files, or use --recursive)');
  try {
    return { path, bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(error)})`);
  }
}

/** File name endings read when walking a directory with --recursive (case-insensitive). */
export const DEFAULT_EXTENSIONS = ['.txt', '.text', '.md', '.htm', '.html'] as const;

/** One input to parse, found from the command line's arguments. */
export interface Target {
  /** The path to read (as the user gave it, or as found in a directory or glob); null for standard input. */
  path: string | null;
  /** How messages name the input. */
  display: string;
  /** The directory a --recursive walk started from (out-dir names keep the path below it). */
  root?: string;
  /** Size in bytes, when known. */
  size?: number;
  /** Why this argument gives nothing to parse (missing, a directory, no glob matches). */
  error?: string;
}

export interface ExpandOptions {
  recursive: boolean;
  /** Endings of the files a directory walk takes, with the dot (default DEFAULT_EXTENSIONS). */
  extensions?: readonly string[];
  cwd?: string;
}

const GLOB_CHARS = /[*?[\]{}]/;

const reason = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return `cannot read (${code ?? String(error)})`;
};

/**
 * The inputs the arguments name, in order: files as given; "-" for standard input; directories
 * walked (sorted, hidden entries skipped) with `recursive`, else an error; glob patterns (quoted
 * by the user so the shell did not expand them) expanded and sorted. An argument that gives
 * nothing to read becomes a Target with an `error`, so the batch reports it and goes on.
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<Target[]> {
  const { join, relative, resolve, isAbsolute } = await import('node:path');
  const { readdir, realpath } = await import('node:fs/promises');
  const cwd = options.cwd ?? process.cwd();
  const extensions = (options.extensions ?? DEFAULT_EXTENSIONS).map((e) => e.toLowerCase());
  const takes = (name: string): boolean => extensions.some((e) => name.toLowerCase().endsWith(e));
  const out: Target[] = [];

  const walk = async (dir: string, root: string, seen: Set<string>): Promise<void> => {
    let real: string;
    try {
      real = await realpath(resolve(cwd, dir));
    } catch (error) {
      out.push({ path: dir, display: dir, error: reason(error) });
      return;
    }
    if (seen.has(real)) return; // a symbolic link back up the tree
    seen.add(real);
    let entries;
    try {
      entries = await readdir(resolve(cwd, dir), { withFileTypes: true });
    } catch (error) {
      out.push({ path: dir, display: dir, error: reason(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let size: number | undefined;
      if (entry.isSymbolicLink() || isFile) {
        try {
          const info = await stat(resolve(cwd, path));
          isDir = info.isDirectory();
          isFile = info.isFile();
          size = info.size;
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) await walk(path, root, seen);
      else if (isFile && takes(entry.name)) out.push({ path, display: path, root, ...(size !== undefined ? { size } : {}) });
    }
  };

  for (const arg of args) {
    if (arg === '-') {
      out.push({ path: null, display: '(standard input)' });
      continue;
    }
    let info;
    try {
      info = await stat(resolve(cwd, arg));
    } catch (error) {
      if (GLOB_CHARS.test(arg)) {
        const { glob } = await import('tinyglobby');
        const found = await glob(arg, { cwd, absolute: true, onlyFiles: true, expandDirectories: false, dot: false });
        if (found.length === 0) out.push({ path: arg, display: arg, error: 'no files match this pattern' });
        for (const abs of found.sort()) {
          const path = isAbsolute(arg) ? abs : relative(cwd, abs);
          const size = await stat(abs).then((s) => s.size, () => undefined);
          out.push({ path, display: path, ...(size !== undefined ? { size } : {}) });
        }
      } else out.push({ path: arg, display: arg, error: reason(error) });
      continue;
    }
    if (info.isDirectory()) {
      if (!options.recursive) {
        out.push({ path: arg, display: arg, error: 'is a directory (use --recursive to read the files in it)' });
        continue;
      }
      const before = out.length;
      await walk(arg, arg, new Set());
      if (out.length === before) out.push({ path: arg, display: arg, error: `no files ending in ${extensions.join(', ')} found in this directory` });
    } else out.push({ path: arg, display: arg, size: info.size });
  }
  return out;
}
