// Text helpers shared by the extractors: turning a stretch of normalised text into clean
// prose, and cutting it into sentences with exact offsets.

const MARKER_AT_LINE_START = /(^|\n)[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/g;

/**
 * The same text with list markers and line breaks blanked out, character for character, so
 * that offsets into it are offsets into the original slice.
 */
export function flatten(slice: string): string {
  return slice
    .replace(MARKER_AT_LINE_START, (m, nl: string) => nl.replace('\n', ' ') + ' '.repeat(m.length - nl.length))
    .replace(/\n/g, ' ');
}

// Word parts that keep their hyphen when a line break falls after it ("multi-/agency").
const COMPOUND_HEADS = new Set(
  'multi well self co non pre post cross long longer short full part high low mid decision information follow step early late age one two three four five six seven eight nine ten first second third year child children face semi sub inter intra anti over under out day night home school faith place risk evidence needs rights role outcome problem solution community family care after life time'.split(
    ' ',
  ),
);

/** Joins a word broken at a line-end hyphen, keeping the hyphen where it belongs to the word. */
function joinHyphen(head: string, tail: string, context: string): string {
  if (/\d$/.test(head)) return `${head}-${tail}`;
  const lowerHead = head.toLowerCase();
  if (context.includes(`${head}-${tail}`) || context.toLowerCase().includes(`${lowerHead}-${tail.toLowerCase()} `)) return `${head}-${tail}`;
  if (context.includes(`${head}${tail}`)) return `${head}${tail}`;
  if (COMPOUND_HEADS.has(lowerHead)) return `${head}-${tail}`;
  return `${head}${tail}`;
}

/**
 * Clean prose from a stretch of normalised text: list markers gone, wrapped lines joined
 * (with line-end hyphenation undone where the hyphen is not part of the word), white space
 * folded. `context` (the whole text) decides doubtful hyphens by how the word is spelt elsewhere.
 */
export function cleanText(slice: string, context = ''): string {
  let text = slice.replace(MARKER_AT_LINE_START, '$1');
  // The word-by-word search runs only where a line ends in a hyphen (few findings have one).
  if (/-[ \t]*\n/.test(text)) text = text.replace(/(\p{L}+)-[ \t]*\n[ \t]*(\p{Ll}+)/gu, (_m, head: string, tail: string) => joinHyphen(head, tail, context));
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’]*$/, '')
    .trim();
}

/**
 * The same text, stored one byte a character when every character fits in one. V8 keeps a
 * string cut from a two-byte text (any report with a curly quote) two bytes a character; most
 * findings are plain Latin-1, and a 50 MB input has 20 million characters of them.
 */
export function narrow(text: string): string {
  return WIDE_CHARACTER.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}
const WIDE_CHARACTER = /[\u0100-\uffff]/;

export interface Span {
  start: number;
  end: number;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Prof|St|Cllr|Rev|No|nos|para|paras|e\.g|i\.e|etc|vs|cf|approx|Co|Ltd|Inc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;
// A run of full stops, ! or ?, then closing quotes or brackets and any white space.
const TERMINATOR = /[.!?]+["'”’)\]]*\s*/g;

/**
 * Sentence spans of `text` (one line: callers flatten it first; offsets relative to it),
 * trimmed of surrounding space. The rules are Unicode's sentence breaks (UAX #29) as far as
 * report prose needs them: no break before a word in lower case or a comma-like mark, after a
 * known abbreviation, or inside "1.5" and "U.S"; ICU's Intl.Segmenter gives the same spans on
 * the corpus but costs a fifth of a small file's run time to set up.
 */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(TERMINATOR)) {
    const end = m.index + m[0].length;
    if (end >= text.length) break;
    if (!/\s$/.test(m[0]) && !gluedSentenceEnd(m[0], text[m.index - 1] ?? '', text[end] as string)) continue;
    const next = text.slice(end, end + 40);
    if (/^[^\p{L}.!?]*\p{Ll}/u.test(next) || /^[,;:]/.test(next)) continue;
    if (ABBREVIATION.test(text.slice(start, end))) continue;
    spans.push({ start, end });
    start = end;
  }
  spans.push({ start, end: text.length });
  const out: Span[] = [];
  for (const s of spans) {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** A terminator with no space after it ends a sentence before a capital ("(NEET).This", "improve?1"), not inside a word ("U.S"). */
function gluedSentenceEnd(terminator: string, before: string, next: string): boolean {
  if (/[!?]/.test(terminator)) return /^[\p{Lu}\d]/u.test(next);
  return /^\p{Lu}/u.test(next) && !/[\p{L}\d]/u.test(before);
}

/** Straight quotes and folded case, for matching cue phrases. */
export const fold = (s: string): string => s.replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
