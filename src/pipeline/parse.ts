// Stage: parse. Turns the normalised text into mdast trees with unified + remark-parse.
//
// remark-parse slows down faster than its input grows on list- and quote-heavy text, so the
// text is parsed in blocks of at most ~16 KB cut at blank lines (preferably not inside a
// list). Each block's tree keeps positions relative to the block; `offset` says where the
// block starts in the normalised text.
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface ParsedBlock {
  offset: number;
  text: string;
  tree: Root;
}

export const MAX_BLOCK = 16 * 1024;

let processor: ReturnType<typeof makeProcessor> | null = null;
function makeProcessor() {
  return unified().use(remarkParse);
}

/** Where to end the block that starts at `from`: a blank line before the limit. */
export function blockEnd(text: string, from: number, limit = MAX_BLOCK): number {
  if (text.length - from <= limit) return text.length;
  const window = text.slice(from, from + limit);
  let fallback = -1;
  for (let at = window.lastIndexOf('\n\n'); at > 0; at = window.lastIndexOf('\n\n', at - 1)) {
    const next = window.charCodeAt(at + 2);
    // Prefer a cut that does not split a list: the next line is neither indented nor a bullet.
    const listy = next === 32 || next === 45 || (next >= 48 && next <= 57);
    if (!listy) return from + at + 2;
    if (fallback < 0) fallback = at + 2;
  }
  if (fallback > 0) return from + fallback;
  const nl = window.lastIndexOf('\n');
  return from + (nl > 0 ? nl + 1 : limit);
}

/** The blocks one at a time: each tree can be let go once sectionise has read it (memory). */
export function* parseBlocks(text: string, limit = MAX_BLOCK): Generator<ParsedBlock> {
  processor ??= makeProcessor();
  for (let from = 0; from < text.length; ) {
    const to = blockEnd(text, from, limit);
    const slice = text.slice(from, to);
    yield { offset: from, text: slice, tree: processor.parse(slice) };
    from = to;
  }
}
