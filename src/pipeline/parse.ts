// Stage: parse. Turns the normalised text into mdast trees with unified + remark-parse.
//
// remark-parse slows down faster than its input grows on list- and quote-heavy text, so the
// text is parsed in blocks of at most ~16 KB cut at blank lines (preferably not inside a
// list). Each block's tree keeps positions relative to the block; `offset` says where the
// block starts in the normalised text. remark reads each block's outline (outline.ts), not
// its words, and the tree's offsets are mapped back to the block's text.
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { outlineOf, toSource } from './outline.js';

export interface ParsedBlock {
  offset: number;
  text: string;
  tree: Root;
}

export const MAX_BLOCK = 16 * 1024;
// micromark's cost per line grows with the size of the block it reads (a 16 KB block of
// list-heavy report text parses at half the speed of 4 KB ones, and leaves more garbage for the
// old generation), so blocks are cut at ~4 KB where a cut is safe.
export const PREFERRED_BLOCK = 4 * 1024;

// Sectionise reads only block structure (headings, lists, quotes, paragraphs) and positions,
// never inline nodes, so the inline constructs are switched off: micromark then reads a
// paragraph's text as plain data, which is markedly faster. So are the block constructs that
// plain reports only ever trigger by accident: a line indented four spaces (pdftotext) is not
// code, a stray ``` or <div> does not swallow the paragraphs after it, and "[1]: ..." is text.
const UNUSED_CONSTRUCTS = [
  // inline
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
  // block
  'codeFenced',
  'codeIndented',
  'definition',
  'htmlFlow',
];

let processor: ReturnType<typeof makeProcessor> | null = null;
function makeProcessor() {
  return unified()
    .use(remarkParse)
    .data('micromarkExtensions', [{ disable: { null: UNUSED_CONSTRUCTS } }]);
}

/**
 * Where to end the block that starts at `from`: at a blank line. A cut before a line that is
 * neither indented nor a list marker cannot change the tree (nothing continues across it), so
 * such a cut is taken within `preferred` characters if there is one, else within `limit`; only
 * then a cut inside a list (between its items), and failing that at the last line break.
 */
export function blockEnd(text: string, from: number, limit = MAX_BLOCK, preferred = PREFERRED_BLOCK): number {
  if (text.length - from <= preferred) return text.length;
  const window = text.slice(from, from + limit);
  let fallback = -1;
  let safe = -1;
  for (let at = window.lastIndexOf('\n\n'); at > 0; at = window.lastIndexOf('\n\n', at - 1)) {
    const next = window.charCodeAt(at + 2);
    if (next === 10) continue; // inside a run of blank lines: what matters is the line after it
    if (isListy(next)) {
      if (fallback < 0) fallback = at + 2;
    } else {
      if (safe < 0) safe = at + 2;
      if (at + 2 <= preferred) return from + at + 2;
    }
  }
  if (safe > 0) return from + safe;
  if (text.length - from <= limit) return text.length;
  if (fallback > 0) return from + fallback;
  const nl = window.lastIndexOf('\n');
  return from + (nl > 0 ? nl + 1 : limit);
}

/** A line starting with this may continue a list across a blank line: indentation or a marker. */
function isListy(code: number): boolean {
  return code === 32 || code === 9 || code === 45 || code === 42 || code === 43 || (code >= 48 && code <= 57);
}

/** The blocks one at a time: each tree can be let go once sectionise has read it (memory). */
export function* parseBlocks(text: string, limit = MAX_BLOCK, preferred = PREFERRED_BLOCK): Generator<ParsedBlock> {
  processor ??= makeProcessor();
  for (let from = 0; from < text.length; ) {
    const to = blockEnd(text, from, limit, preferred);
    const slice = text.slice(from, to);
    yield { offset: from, text: slice, tree: parseTree(slice) };
    from = to;
  }
}

/**
 * The block tree of a text. Offsets (`position.*.offset`) index the text; with the outline
 * (the default) line and column numbers are the outline's, and inline nodes are stand-ins.
 */
export function parseTree(text: string, { outline = true } = {}): Root {
  processor ??= makeProcessor();
  if (!outline) return processor.parse(text);
  const shape = outlineOf(text);
  const tree = processor.parse(shape.text);
  // A stack, not recursion: one line of 20,000 nested list markers is a tree that deep.
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const pos = node.position;
    if (pos?.start.offset !== undefined && pos.end.offset !== undefined) {
      pos.start.offset = toSource(shape, pos.start.line, pos.start.offset);
      pos.end.offset = toSource(shape, pos.end.line, pos.end.offset);
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return tree;
}
