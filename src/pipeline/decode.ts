// Stage: decode. Bytes to text, with the encoding named in `source.encoding`:
// - "utf-8", "utf-8-bom": UTF-8 (the BOM is dropped; positions count from the character after it);
// - "utf-16le", "utf-16be": UTF-16 with a byte-order mark (or, without one, unmistakably UTF-16:
//   every other byte NUL in ASCII-heavy text);
// - "windows-1252" (or another single-byte code page that chardet is sure of): text that is not
//   UTF-8, typically saved from Word, where curly quotes and "£" are single bytes. Node's own
//   TextDecoder('windows-1252') decodes as Latin-1 and loses the curly quotes, so iconv-lite does it.
// Text that is UTF-8 with a few damaged bytes stays UTF-8: the bad bytes become U+FFFD and a
// warning says where. Binary input (NUL bytes near the start, or a PDF, image, archive or
// Word file signature) is refused with a DecodeError; empty or blank input gives an info.
import { decodeWith, guessEncodings } from './code-pages.js';
import type { Diagnostic } from '../types.js';
import { LineIndex } from './mapped-text.js';

export interface Decoded {
  text: string;
  encoding: string;
  diagnostics: Diagnostic[];
}

export class DecodeError extends Error {}

/** How many leading bytes are searched for NUL bytes and examined for UTF-16. */
const SNIFF = 8 * 1024;
/** At most this many replacement warnings, then one summary. */
const MAX_REPLACEMENT_DIAGNOSTICS = 10;

const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF file (convert it to text first, e.g. pdftotext -layout)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a .docx/.xlsx/.odt file)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'a ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Word/Excel (OLE) file' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF file' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/** UTF-16 without a byte-order mark: NULs at only odd (LE) or only even (BE) offsets, at least a third of them. */
function bomlessUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head.length < 4 || head.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const pairs = head.length / 2;
  if (odd > pairs / 3 && even === 0) return 'utf-16le';
  if (even > pairs / 3 && odd === 0) return 'utf-16be';
  return null;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that belong to none. */
function utf8Census(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

const SINGLE_BYTE = /^(?:windows-125\d|ISO-8859-\d{1,2}|KOI8-R)$/i;
const WESTERN = /^(?:windows-1252|ISO-8859-1|ISO-8859-15)$/i;

/** The single-byte code page of text that is not UTF-8: windows-1252 unless chardet is sure of another. */
function singleByteEncoding(bytes: Uint8Array): string {
  const sample = bytes.length > 256 * 1024 ? bytes.subarray(0, 256 * 1024) : bytes;
  const candidates = guessEncodings(sample).filter((c) => SINGLE_BYTE.test(c.name));
  const best = candidates[0];
  if (!best || WESTERN.test(best.name)) return 'windows-1252';
  const western = candidates.find((c) => WESTERN.test(c.name))?.confidence ?? 0;
  return best.confidence >= 50 && best.confidence >= western + 20 ? best.name.toLowerCase() : 'windows-1252';
}

/** One warning per place where decoding put U+FFFD in the text. */
function replacementDiagnostics(text: string, what: string): Diagnostic[] {
  const lines = new LineIndex(text);
  const out: Diagnostic[] = [];
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; ) {
    let end = at + 1;
    while (text.charCodeAt(end) === 0xfffd) end++;
    count++;
    if (out.length < MAX_REPLACEMENT_DIAGNOSTICS) {
      out.push({
        severity: 'warning',
        message: `${what} replaced with U+FFFD (${end - at} character${end - at === 1 ? '' : 's'})`,
        rule: 'decode',
        position: { start: lines.point(at), end: lines.point(end) },
      });
    }
    at = text.indexOf('\uFFFD', end);
  }
  if (count > MAX_REPLACEMENT_DIAGNOSTICS)
    out.push({ severity: 'warning', message: `${what} replaced in ${count - MAX_REPLACEMENT_DIAGNOSTICS} more places`, rule: 'decode' });
  return out;
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const diagnostics: Diagnostic[] = [];
  let even = body;
  if (body.length % 2 !== 0) {
    even = body.subarray(0, body.length - 1);
    diagnostics.push({ severity: 'warning', message: `${encoding} input has an odd number of bytes: the last byte was dropped`, rule: 'decode' });
  }
  const text = decodeWith(even, encoding);
  return { text, encoding, diagnostics };
}

export function decode(bytes: Uint8Array): Decoded {
  // Byte-order marks first: UTF-16 text is full of NUL bytes.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(decodeUtf16(bytes.subarray(2), 'utf-16le'));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(decodeUtf16(bytes.subarray(2), 'utf-16be'));
  for (const signature of SIGNATURES) if (startsWith(bytes, signature.bytes)) throw new DecodeError(`not text: this looks like ${signature.what}`);
  const head = bytes.subarray(0, SNIFF);
  if (head.includes(0)) {
    const utf16 = bomlessUtf16(bytes.length % 2 === 0 ? head : head.subarray(0, head.length - (head.length % 2)));
    if (utf16) return finish(decodeUtf16(bytes, utf16));
    throw new DecodeError('not text: binary data (NUL bytes near the start)');
  }

  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const encoding = bom ? 'utf-8-bom' : 'utf-8';
  try {
    return finish({ text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding, diagnostics: [] });
  } catch {
    // Not valid UTF-8: a file that otherwise uses UTF-8 with a few damaged bytes, or a
    // single-byte code page (Word's windows-1252).
  }
  const census = utf8Census(body);
  if (bom || census.multibyte >= census.invalid) {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    return finish({ text, encoding, diagnostics: replacementDiagnostics(text, 'invalid UTF-8 bytes') });
  }
  const codePage = singleByteEncoding(body);
  const text = decodeWith(body, codePage);
  const diagnostics: Diagnostic[] = [
    { severity: 'info', message: `not UTF-8: decoded as ${codePage}`, rule: 'decode' },
    ...replacementDiagnostics(text, `bytes undefined in ${codePage}`),
  ];
  return finish({ text, encoding: codePage, diagnostics });
}

/** Adds the notes that hold whatever the encoding: empty and blank input. */
function finish(decoded: Decoded): Decoded {
  if (decoded.text.length === 0) decoded.diagnostics.push({ severity: 'info', message: 'empty input: nothing to parse', rule: 'decode' });
  else if (!/\S/.test(decoded.text))
    decoded.diagnostics.push({ severity: 'info', message: 'blank input: only white space, nothing to parse', rule: 'decode' });
  return decoded;
}
