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
