// Decoding that Node's TextDecoder does not do well: UTF-16 and single-byte code pages (iconv-lite),
// and telling which code page a text is in (chardet). Only text that is not UTF-8 needs it, so
// the build loads it on first use (scripts/build.mjs, LAZY).
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Text of `bytes` in `encoding` (a name iconv-lite knows), byte-order marks kept. */
export function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
}

/** chardet's guesses for `sample`, best first, limited to encodings iconv-lite can decode. */
export function guessEncodings(sample: Uint8Array): { name: string; confidence: number }[] {
  return chardet.analyse(sample).filter((c) => iconv.encodingExists(c.name));
}
