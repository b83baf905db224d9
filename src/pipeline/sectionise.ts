// Stage: sectionise. Flattens the mdast trees into a list of blocks (headings, list items,
// paragraphs) and gives each the section it stands in.
//
// Reports rarely use markdown headings: a heading is a short line of its own, often glued to
// the paragraph or list item before or after it by pdftotext. So paragraphs and items are cut
// into lines, and a line that is a known heading (lexicon/headings.ts), or looks like one (a
// short line standing between sentences), becomes a heading block of its own.
import type { List, ListItem, RootContent } from 'mdast';
import { isJudgementHeading } from '../lexicon/grades.js';
import { type HeadingRole, headingRole } from '../lexicon/headings.js';
import type { ParsedBlock } from './parse.js';

export type BlockKind = 'heading' | 'item' | 'paragraph';

export interface Section {
  /** The heading text as written (one line, white space folded). */
  title: string;
  /** The role of the heading per the lexicon; null for a heading the lexicon does not know. */
  role: HeadingRole | null;
  start: number;
  end: number;
}

export interface Block {
  kind: BlockKind;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  /** The normalised text of the block (its lines as they stand). */
  text: string;
  /** For items: the list they belong to (items of one list share it) and whether it is numbered. */
  list?: number;
  ordered?: boolean;
  /** The nearest heading above that the lexicon knows (the governing section). */
  section: Section | null;
  /** The nearest heading above of any kind (a sub-heading inside the section, or the section). */
  heading: Section | null;
}

const SENTENCE_END = /[.!?;]["'”’)\]]*$/;
const LOWER_TAIL =
  /\b(?:and|or|of|to|the|a|an|in|on|for|with|by|from|that|which|who|whose|is|are|was|were|be|as|at|their|its|this|these|but|not|than|into|between|through)$/i;
const PARAGRAPH_NUMBER = /^\d{1,3}\.$/;
// A grade on a line of its own under an area ("Grade 4 (inadequate)"): ends the section above.
const GRADE_CELL = /^(?:grade\s*\d\s*\((?:outstanding|good|adequate|inadequate|requires improvement)\)|(?:outstanding|good|adequate|inadequate|requires improvement)\s*\(grade\s*\d\))$/i;

/** A line that reads as a heading in running text (the lexicon decides what it means). */
export function looksLikeHeading(line: string, before: string | null, after: string | null): boolean {
  const text = line.trim();
  if (text.length < 3 || text.length > 90) return false;
  if (!/^[\p{Lu}\d'‘“"]/u.test(text)) return false;
  if (/[,;]$/.test(text) || (/\.$/.test(text) && !/^this is an? [\w ]*\b(?:school|provider|college|setting)\.$/i.test(text))) return false;
  if (LOWER_TAIL.test(text)) return false;
  if (/[a-z][.!?]["'”’]?\s+["'“‘]?[A-Z]/.test(text)) return false; // two sentences: prose
  if (text.split(/\s+/).length > 14) return false;
  if (before !== null && !SENTENCE_END.test(before.trim()) && !/[:?]$/.test(before.trim())) return false;
  if (after !== null && /^[a-z(]/.test(after.trim())) return false;
  return true;
}

interface RawLine {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string, start: number, end: number): RawLine[] {
  const lines: RawLine[] = [];
  let at = start;
  while (at < end) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > end) nl = end;
    lines.push({ start: at, end: nl, text: text.slice(at, nl) });
    at = nl + 1;
  }
  return lines;
}

/** Text of an item line without its list marker. */
const unmark = (line: string): string => line.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '');

/**
 * Whether the text is hard-wrapped (pdftotext, e-mail) rather than one line per paragraph (web
 * pages): in unwrapped text a line break after a sentence inside a list item starts a new
 * paragraph (markdown's lazy continuation would glue it to the item).
 */
export function isHardWrapped(text: string): boolean {
  let lines = 0;
  let wraps = 0;
  // Whole lines only ((?<![^\n]): at a line start), so a long line is not rescanned from each of its characters.
  for (const m of text.matchAll(/(?<![^\n])[^\n]+\n(?=[^\n])/g)) {
    lines++;
    if (/[\p{Ll},]\n$/u.test(m[0])) wraps++;
  }
  return wraps >= 5 && wraps / Math.max(lines, 1) > 0.05;
}

/** The length most full lines of the text reach (its wrap width, for wrapped text). */
function typicalLineLength(text: string): number {
  const lengths = text
    .split('\n', 5000)
    .map((l) => l.trim().length)
    .filter((n) => n > 20)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}

export function sectionise(parsed: Iterable<ParsedBlock>, text: string): Block[] {
  const blocks: Block[] = [];
  const wrapped = isHardWrapped(text);
  const wrapWidth = typicalLineLength(text);
  let listId = 0;
  let section: Section | null = null;
  let heading: Section | null = null;

  const pushHeading = (start: number, end: number, line: string): void => {
    const title = line.replace(/\s+/g, ' ').trim();
    const role = headingRole(title) ?? (isJudgementHeading(title) || GRADE_CELL.test(title) ? 'stop' : null);
    const s: Section = { title, role, start, end };
    if (role) section = s;
    heading = s;
    blocks.push({ kind: 'heading', start, end, text: text.slice(start, end), section, heading });
  };

  /** Emits the lines of a paragraph or item, cutting out heading lines found among them. */
  const emitLines = (lines: RawLine[], kind: 'item' | 'paragraph', list?: { id: number; ordered: boolean }): void => {
    let run: RawLine[] = [];
    let runKind: BlockKind = kind;
    let itemList = list;
    const flush = (): void => {
      const first = run[0];
      const last = run[run.length - 1];
      if (!first || !last) return;
      const block: Block = { kind: runKind, start: first.start, end: last.end, text: text.slice(first.start, last.end), section, heading };
      if (runKind === 'item' && itemList) {
        block.list = itemList.id;
        block.ordered = itemList.ordered;
      }
      blocks.push(block);
      run = [];
      runKind = 'paragraph';
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as RawLine;
      const bare = i === 0 && kind === 'item' ? unmark(line.text) : line.text;
      if (PARAGRAPH_NUMBER.test(bare.trim())) continue;
      const before = run.length > 0 ? (run[run.length - 1] as RawLine).text : i > 0 ? null : null;
      const after = lines[i + 1]?.text ?? null;
      // Two-line headings ("The experiences and progress of children who need help and /
      // protection: good") are tried first, then the line alone.
      const next = lines[i + 1];
      // A numbered heading ("1. Summary", "2. Recommendations") that remark read as a list item.
      if (i === 0 && kind === 'item' && lines.length === 1 && /^\s*\d/.test(line.text) && headingRole(line.text) !== null) {
        pushHeading(line.start, line.end, line.text.trim());
        continue;
      }
      const joined = next ? `${bare.trim()} ${next.text.trim()}` : '';
      // Only a line that breaks off mid-phrase is the first half of a heading.
      const brokenOff = next !== undefined && (/^[a-z]/.test(next.text.trim()) || LOWER_TAIL.test(bare.trim()));
      const twoLineHeading =
        next &&
        brokenOff &&
        !/[.;,]$/.test(joined) &&
        (isJudgementHeading(joined) || (/^[\p{Lu}\d]/u.test(bare.trim()) && headingRole(bare) === null && headingRole(joined) !== null));
      if (next && !(i === 0 && kind === 'item') && twoLineHeading) {
        flush();
        pushHeading(line.start, next.end, joined);
        i++;
        continue;
      }
      const startsLikeHeading = /^[\p{Lu}\d'‘“"]/u.test(bare.trim());
      const known =
        !(i === 0 && kind === 'item') &&
        ((startsLikeHeading && headingRole(bare) !== null) || isJudgementHeading(bare) || GRADE_CELL.test(bare.trim()));
      const generic = !(i === 0 && kind === 'item') && looksLikeHeading(bare, before, after) && (after === null || !/^[a-z]/.test(after));
      if (known || (generic && (run.length > 0 || i === 0))) {
        flush();
        pushHeading(line.start, line.end, bare);
        continue;
      }
      // A new line after a finished sentence is a new paragraph in unwrapped text; in wrapped
      // text too when the sentence ended a short line of a list item (the item ended there, and
      // markdown's lazy continuation glued the next paragraph on).
      const last = run[run.length - 1];
      if (last && SENTENCE_END.test(last.text.trim()) && /^["“'‘]?[\p{Lu}\d]/u.test(bare.trim())) {
        const shortLine = last.text.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '').trim().length < 0.6 * wrapWidth;
        if (!wrapped || (runKind === 'item' && shortLine && i > 0)) flush();
      }
      // A numbered line right under a heading that remark kept in the paragraph ("21. Families
      // ..." after "The local authority's strengths": only "1." may interrupt a paragraph).
      // Likewise a numbered line after a lead-in ending in ':' ("... should: / 3. improve ..."),
      // or after the numbered item before it: an item of its own.
      const lastLine = run.length > 0 ? (run[run.length - 1] as RawLine).text.trim() : '';
      if (kind === 'paragraph' && run.length > 0 && /^\s*\d{1,3}[.)]\s+\S/.test(line.text) && (lastLine.endsWith(':') || (runKind === 'item' && itemList?.ordered === true))) {
        const continuing = runKind === 'item' && itemList !== undefined;
        flush();
        runKind = 'item';
        if (!continuing) itemList = { id: ++listId, ordered: true };
      }
      if (run.length === 0 && kind === 'paragraph' && /^\s*\d{1,3}[.)]\s+\S/.test(line.text) && blocks.at(-1)?.kind === 'heading') {
        runKind = 'item';
        itemList ??= { id: ++listId, ordered: true };
      }
      run.push(line);
    }
    flush();
  };

  const visit = (node: RootContent, offset: number, list?: { id: number; ordered: boolean }): void => {
    const pos = node.position;
    if (!pos || pos.start.offset === undefined || pos.end.offset === undefined) return;
    const start = offset + pos.start.offset;
    const end = offset + pos.end.offset;
    switch (node.type) {
      case 'heading': {
        const line = text.slice(start, end).replace(/^#+\s*|\s*#+\s*$/g, '').split('\n')[0] ?? '';
        pushHeading(start, end, line.replace(/\s*[=-]{3,}\s*$/, ''));
        return;
      }
      case 'list': {
        const id = ++listId;
        for (const item of (node as List).children) visit(item, offset, { id, ordered: (node as List).ordered === true });
        return;
      }
      case 'listItem': {
        const item = node as ListItem;
        if (item.children.length === 0) return; // a bare marker
        emitLines(linesOf(text, start, end), 'item', list);
        return;
      }
      case 'blockquote':
        for (const child of node.children) visit(child, offset);
        return;
      case 'thematicBreak':
        return;
      default:
        emitLines(linesOf(text, start, end), 'paragraph');
    }
  };

  for (const block of parsed) for (const node of block.tree.children) visit(node, block.offset);
  return blocks;
}
