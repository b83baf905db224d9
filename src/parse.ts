// The pipeline, one stage per module: decode -> normalise -> parse (remark) -> sectionise ->
// extract (rules) -> assemble. Reading files and rendering output are the CLI's business.
import { createRequire } from 'node:module';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { AnyRule } from './extractors/define.js';
import { RULES } from './extractors/registry.js';
import { assemble } from './pipeline/assemble.js';
import { decode } from './pipeline/decode.js';
import { extract } from './pipeline/extract.js';
import { isHtml, normaliseHtml } from './pipeline/html.js';
import { LineIndex } from './pipeline/mapped-text.js';
import { normalise } from './pipeline/normalise.js';
import { parseBlocks } from './pipeline/parse.js';
import { sectionise } from './pipeline/sectionise.js';
import type { ParseResult, SourceInfo } from './types.js';

export interface ParseOptions {
  /** The file the input came from (null or absent for standard input or a string). */
  path?: string | null;
  /** The rules to run (default: all registered rules). */
  rules?: readonly AnyRule[];
}

/** Parses one inspection document given as text or as the bytes of a file. */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  return parseHandedOver({ input }, options);
}

/**
 * parse() for a caller that hands its input over (the batch): the holder is emptied once the
 * input is decoded, so the bytes of a 50 MB file can be let go before the rules run.
 */
export function parseHandedOver(holder: { input: string | Uint8Array | null }, options: ParseOptions = {}): ParseResult {
  const { clean, lines, source, diagnostics } = prepare(holder, options.path ?? null);
  const rules = options.rules ?? RULES;
  // The blocks live only while the rules run: nothing below holds them (memory on large inputs).
  const extraction = extract(clean.text, sectionise(parseBlocks(clean.text), clean.text), rules);
  const result = assemble({ source, lines, clean, extraction, ruleOrder: rules.map((r) => r.name), diagnostics });
  forgetLastMatch();
  return result;
}

/**
 * V8 keeps the subject of the last successful regular-expression match (for RegExp.lastMatch
 * and friends): a slice of the clean text, which keeps the whole clean text alive, twice the
 * input's size, until some other match runs. A match on an empty string lets it go.
 */
function forgetLastMatch(): void {
  /(?:)/.exec('');
}

/**
 * Decodes and cleans the input. Only the clean text, the original's line starts and what the
 * output says of the source come out: the bytes and the decoded original (as large again as
 * the clean text) can go before the rules run.
 */
function prepare(holder: { input: string | Uint8Array | null }, path: string | null) {
  const { decoded, source } = decodeHandedOver(holder, path);
  const lines = new LineIndex(decoded.text);
  // HTML input: the page's text is read out of the HTML first (positions still index the HTML).
  const clean = isHtml(decoded.text, path) ? normaliseHtml(decoded.text) : normalise(decoded.text);
  return { clean, lines, source, diagnostics: decoded.diagnostics };
}

/**
 * The input decoded, and what the output says of its source. A function of its own so that
 * nothing refers to the bytes once it returns: on a 50 MB file they can go before the clean
 * text is built (the peak of a run: the decoded original and the clean text side by side).
 */
function decodeHandedOver(holder: { input: string | Uint8Array | null }, path: string | null) {
  const input = holder.input;
  if (input === null) throw new Error('parse: the input was handed over already');
  holder.input = null;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const decoded = typeof input === 'string' ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-16 (string)', diagnostics: [] } : decode(bytes);
  const source: SourceInfo = { path, bytes: bytes.byteLength, sha256: sha256Hex(bytes), encoding: decoded.encoding };
  return { decoded, source };
}

// SHA-256 of small inputs in JavaScript (@noble/hashes, ~100 MB/s): loading node:crypto adds
// ~15 ms to a run's start-up. Large inputs load it once and hash natively, ~20 times faster.
const NATIVE_HASH_FROM = 64 * 1024;
let nativeCrypto: typeof import('node:crypto') | undefined;
function sha256Hex(bytes: Uint8Array): string {
  if (bytes.byteLength < NATIVE_HASH_FROM) return bytesToHex(sha256(bytes));
  nativeCrypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return nativeCrypto.createHash('sha256').update(bytes).digest('hex');
}

/** The blocks the rules see (normalised text, sections), read as parse() reads the input: for debugging rules. */
export function blocksOf(input: string | Uint8Array, path: string | null = null): { text: string; blocks: ReturnType<typeof sectionise> } {
  const { text } = prepare({ input }, path).clean;
  return { text, blocks: sectionise(parseBlocks(text), text) };
}
