// Stage: decode. Bytes to text. UTF-8 with or without a byte-order mark; the BOM is dropped
// and positions count from the first character after it.
import type { Diagnostic } from '../types.js';

export interface Decoded {
  text: string;
  encoding: string;
  diagnostics: Diagnostic[];
}

export class DecodeError extends Error {}

export function decode(bytes: Uint8Array): Decoded {
  const diagnostics: Diagnostic[] = [];
  if (bytes.includes(0)) throw new DecodeError('binary file (contains NUL bytes), not text');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    diagnostics.push({ severity: 'warning', message: 'invalid UTF-8 bytes were replaced with U+FFFD', rule: 'decode' });
  }
  return { text, encoding: bom ? 'utf-8-bom' : 'utf-8', diagnostics };
}
