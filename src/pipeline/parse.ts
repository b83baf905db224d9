// Stage: parse. Turns the normalised text into mdast trees with unified + remark-parse.
//
// remark-parse slows down faster than its input grows on list- and quote-heavy text, so the
// text is parsed in blocks of at most ~16 KB cut at blank lines (preferably not inside a
// list). Each block's tree keeps positions relative to the block; `offset` says where the
// block starts in the normalised text. remark reads outlines (outline.ts), not words, one
// unit (the text between two safe cuts) at a time, and each distinct outline only once.
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type Outline, outlineOf, toSource } from './outline.js';

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
 * (the default) line and column numbers are those of a unit's outline, and inline nodes are
 * stand-ins.
 *
 * The text is read unit by unit: a unit ends at a safe cut (see blockEnd), so the units' trees
 * side by side are the tree of the whole. Most units have an outline seen before ("x" for a
 * paragraph, "- x\n- x" for a short list), so remark reads each such outline once and its tree
 * is copied with the unit's offsets: remark and its garbage were half the time of a run.
 */
export function parseTree(text: string, { outline = true } = {}): Root {
  processor ??= makeProcessor();
  if (!outline) return processor.parse(text);
  const children: RootContent[] = [];
  for (let from = 0; from < text.length; ) {
    const to = unitEnd(text, from);
    const shape = outlineOf(from === 0 && to === text.length ? text : text.slice(from, to));
    if (shape.text.length > MAX_CACHED_OUTLINE) for (const node of mapInPlace(processor.parse(shape.text), shape, from).children) children.push(node);
    else instantiate(templateOf(shape.text), shape, from, children);
    from = to;
  }
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  const end = { line: lines, column: text.length - text.lastIndexOf('\n'), offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/** Where the unit that starts at `from` ends: at the first safe cut after it, or the end. */
function unitEnd(text: string, from: number): number {
  for (let at = text.indexOf('\n\n', from); at >= 0; ) {
    let cut = at + 2;
    while (text.charCodeAt(cut) === 10) cut++;
    if (cut >= text.length) break;
    if (!isListy(text.charCodeAt(cut))) return cut;
    at = text.indexOf('\n\n', cut);
  }
  return text.length;
}

// Outlines up to this long are kept with their trees, at most 2,000 of them, the least recently
// used let go first; a longer one (a long list with no safe cut inside) is parsed each time.
// (Report text's unit outlines are seldom over 250 characters.)
const MAX_CACHED_OUTLINE = 512;
const MAX_CACHED_TREES = 2000;

/**
 * A kept outline tree, flat: for each node, depth first, its own fields (type, ordered, depth,
 * ...: one object shared by every node alike) and seven numbers (its number of children, -1 for
 * a leaf; line, column and offset of its start and of its end). As trees of objects a full
 * cache took ~15 MB in each worker, and a 10,000-file batch's memory grew with it; flat, ~5 MB.
 */
interface Template {
  fields: NodeFields[];
  numbers: Int32Array;
}
type NodeFields = Readonly<Record<string, unknown>>;
const NUMBERS_PER_NODE = 7;
const templates = new Map<string, Template>();
// Fields seen before, by their JSON: a few dozen kinds (a list, loose or tight, an item, ...).
const sharedFields = new Map<string, NodeFields>();

function templateOf(outline: string): Template {
  let template = templates.get(outline);
  if (template) {
    // A Map keeps insertion order: moved to the end, it is the last to be let go.
    templates.delete(outline);
  } else {
    template = flatten((processor ??= makeProcessor()).parse(outline));
    if (templates.size >= MAX_CACHED_TREES) templates.delete(templates.keys().next().value as string);
  }
  templates.set(outline, template);
  return template;
}

function flatten(root: Root): Template {
  const fields: NodeFields[] = [];
  const numbers: number[] = [];
  const visit = (node: Nodes): void => {
    const { children, position, ...own } = node as Nodes & { children?: Nodes[] };
    const key = JSON.stringify(own);
    let shared = sharedFields.get(key);
    if (!shared) {
      shared = own;
      if (sharedFields.size < 1000) sharedFields.set(key, shared);
    }
    fields.push(shared);
    const { start, end } = position as NonNullable<Nodes['position']>;
    numbers.push(children ? children.length : -1, start.line, start.column, start.offset ?? 0, end.line, end.column, end.offset ?? 0);
    if (children) for (const child of children) visit(child);
  };
  for (const node of root.children) visit(node);
  return { fields, numbers: Int32Array.from(numbers) };
}

type Point = NonNullable<Root['position']>['start'];

/**
 * The template's nodes with positions in the text (the unit starts at `base`), added to `into`.
 * Recursion is bounded: a kept outline is at most 512 characters, so at most ~250 levels deep.
 */
function instantiate({ fields, numbers }: Template, shape: Outline, base: number, into: RootContent[]): void {
  let next = 0;
  const point = (at: number): Point => ({
    line: numbers[at] as number,
    column: numbers[at + 1] as number,
    offset: base + toSource(shape, numbers[at] as number, numbers[at + 2] as number),
  });
  const build = (): RootContent => {
    const index = next++;
    const at = NUMBERS_PER_NODE * index;
    const node = { ...fields[index], position: { start: point(at + 1), end: point(at + 4) } } as RootContent;
    const count = numbers[at] as number;
    if (count >= 0) (node as Parent).children = Array.from({ length: count }, build);
    return node;
  };
  while (next < fields.length) into.push(build());
}

const pointAt = (point: Point, shape: Outline, base: number): Point => ({
  line: point.line,
  column: point.column,
  offset: point.offset === undefined ? undefined : base + toSource(shape, point.line, point.offset),
});

/** A fresh tree's offsets mapped to the text. A stack, not recursion: one line of 20,000
 * nested list markers is a tree that deep. */
function mapInPlace(tree: Root, shape: Outline, base: number): Root {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const pos = node.position;
    if (pos) node.position = { start: pointAt(pos.start, shape, base), end: pointAt(pos.end, shape, base) };
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return tree;
}
