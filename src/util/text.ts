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
  return slice
    .replace(MARKER_AT_LINE_START, '$1')
    .replace(/(\p{L}+)-[ \t]*\n[ \t]*(\p{Ll}+)/gu, (_m, head: string, tail: string) => joinHyphen(head, tail, context))
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’]*$/, '')
    .trim();
}

export interface Span {
  start: number;
  end: number;
}

let segmenter: Intl.Segmenter | null = null;
// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Prof|St|Cllr|Rev|No|nos|para|paras|e\.g|i\.e|etc|vs|cf|approx|Co|Ltd|Inc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;

/** Sentence spans of `text` (offsets relative to it), trimmed of surrounding space. */
export function sentences(text: string): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const spans: Span[] = [];
  let pending: Span | null = null;
  for (const seg of segmenter.segment(text)) {
    const start = seg.index;
    const end = seg.index + seg.segment.length;
    if (pending && (ABBREVIATION.test(text.slice(pending.start, pending.end)) || /^\s*[a-z]/.test(seg.segment))) {
      pending.end = end;
    } else {
      if (pending) spans.push(pending);
      pending = { start, end };
    }
  }
  if (pending) spans.push(pending);
  const out: Span[] = [];
  for (const s of spans) {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Straight quotes and folded case, for matching cue phrases. */
export const fold = (s: string): string => s.replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
