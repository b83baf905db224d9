// Stage: normalise. Cleans the decoded text line by line so that remark-parse sees the
// structure a reader sees, and keeps a map back to the original offsets (MappedText).
//
// What it does, and why:
// - CR/CRLF become LF and form feeds are dropped (pdftotext marks page breaks with \f).
// - Page furniture is removed: bare page numbers, and running headers or footers (a line that
//   recurs next to page breaks). A sentence that a page break cut in two is joined again.
// - Leading indentation goes (pdftotext -layout indents everything; remark would read 4 spaces
//   as code), bullet glyphs (▪ • ◼ and the private-use glyphs of Word/PDF) become "- " so remark
//   reads lists; a second glyph under the first becomes a nested item; "> " quote marks become
//   items too (pasted web lists); inline " ▪ " bullets start a new line.
// - Leftover HTML tags, soft hyphens and zero-width characters are dropped; odd spaces (NBSP,
//   tabs, thin spaces) become plain spaces.
import { MappedText } from './mapped-text.js';

interface Line {
  start: number;
  /** End of the content, before the line terminator. */
  end: number;
  /** Start of the next line (after the terminator). */
  next: number;
  /** A form feed stands in this line: a page starts here. */
  pageBreak: boolean;
}

const BULLET_GLYPHS = '•▪●◦‣·◼■□▫◆◇○►▸➢➤✓✔❖\u2043\u25AB\u25CF\u25E6';
const LEADING_BULLET = new RegExp(
  `^(?:([${BULLET_GLYPHS}\\uF000-\\uF0FF\\u0080-\\u009F])|([-–—*>])(?=[ \\t\\u00A0]|$))[ \\t\\u00A0]*`,
);
const INLINE_BULLET = new RegExp(`[ \\t\\u00A0]+[•▪●◼■\\uF06E\\uF0A7\\uF0B7\\uF0AE\\uF0D8\\uF0FC][ \\t\\u00A0]+`, 'g');
const LEADING_JUNK = /^(?:[ \t\f\u00A0\u2000-\u200D\u202F\u205F\u3000\uFEFF]|<\/?[A-Za-z][^<>\n]*>)+/;
const ORDERED_MARKER = /^(\d{1,3}[.)])[ \t\u00A0]{2,}(?=\S)/;
const LONE_ORDERED_MARKER = /^\d{1,3}[.)]$/;
const LABELLED_ITEM = /^R\d{1,2}[.:]?[ \t\u00A0]+(?=\p{Lu})/u;
const INLINE_FIXES = /<\/?[A-Za-z][^<>\n]*>|[\u00AD\u200B-\u200D\uFEFF\f]|[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;
// Tried only where a run of spaces starts (the lookbehind), so a long run inside a line is scanned once.
const TRAILING_SPACE = /(?<![ \t\u00A0\u2000-\u200A\u202F\u205F\u3000])[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+$/;
const PAGE_NUMBER = /^\s*(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*$|^\s*[-–]\s*\d{1,4}\s*[-–]\s*$/i;
const SENTENCE_END_OR_HEADING = /(?:[.!?:]["'”’)\]]*|^[^.]{0,80}[^\s.,;])$/u;
const SENTENCE_END = /[.!?:;]["'”’)\]]*$/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let pageBreak = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 12) pageBreak = true;
    else if (c === 10 || c === 13) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, next, pageBreak });
      start = next;
      i = next - 1;
      pageBreak = false;
    }
  }
  if (start < text.length || lines.length === 0) lines.push({ start, end: text.length, next: text.length, pageBreak });
  return lines;
}

/**
 * pdftotext -layout sets two-column pages side by side: "• Safeguarding is ...     • Standards
 * at ...". A run of lines whose text breaks at the same column (with prose, not a grade, on the
 * right) is read as two columns: the left column's lines, then the right column's.
 */
function readColumns(text: string, lines: Line[]): Line[] {
  const split = (l: Line): { gap: number; right: number } | null => {
    const s = text.slice(l.start, l.end);
    const m = /\S( {3,})(?=\S)/.exec(s);
    return m ? { gap: m.index + 1, right: m.index + 1 + (m[1] as string).length } : null;
  };
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    const first = split(lines[i] as Line);
    if (!first || first.right < 20) {
      out.push(lines[i] as Line);
      i++;
      continue;
    }
    const column = first.right;
    let j = i;
    let twoColumn = 0;
    let rightChars = 0;
    let afterBlank = false;
    for (; j < lines.length; j++) {
      const l = lines[j] as Line;
      const s = text.slice(l.start, l.end);
      if (s.trim() === '') {
        afterBlank = true;
        continue;
      }
      // A paragraph of the full width after a blank line ("The school has the following
      // strengths") ends the two columns.
      if (afterBlank && j > i && /^\S/.test(s) && !LEADING_BULLET.test(s) && !split(l)) break;
      afterBlank = false;
      const indent = s.length - s.trimStart().length;
      const sp = split(l);
      if (sp && Math.abs(sp.right - column) <= 2 && s.slice(0, sp.gap).trim()) {
        twoColumn++;
        rightChars += s.length - sp.right;
      } else if (indent >= column - 3 && indent <= column + 3) rightChars += s.trim().length;
      else if (s.trimEnd().length >= column - 1 || l.pageBreak) break;
    }
    if (twoColumn < 3 || rightChars / twoColumn < 30) {
      out.push(lines[i] as Line);
      i++;
      continue;
    }
    const left: Line[] = [];
    const right: Line[] = [];
    for (let k = i; k < j; k++) {
      const l = lines[k] as Line;
      const s = text.slice(l.start, l.end);
      const indent = s.length - s.trimStart().length;
      const sp = split(l);
      // Where this line's right-column text starts (or none, or the whole line).
      const cut = indent >= column - 3 ? indent : sp && Math.abs(sp.right - column) <= 2 ? sp.right : s.length;
      if (cut > 0) left.push({ start: l.start, end: l.start + Math.min(cut, s.trimEnd().length), next: l.start + Math.min(cut, s.trimEnd().length), pageBreak: l.pageBreak });
      else left.push({ start: l.start, end: l.start, next: l.start, pageBreak: l.pageBreak });
      if (cut < s.length) right.push({ start: l.start + cut, end: l.end, next: l.end, pageBreak: false });
    }
    out.push(...left, ...right);
    i = j;
  }
  return out;
}

const isBlank = (s: string): boolean => /^[\s\f\u00A0\u200B\uFEFF]*$/.test(s);

/** Running headers and footers: a line (less any page number) that recurs beside page breaks. */
// Flags per line are kept in typed arrays, and a line's text is sliced when it is read: a
// 50 MB input has ~800,000 lines, and an array of slices and four of booleans took ~60 MB.
function findFurniture(text: string, lines: Line[]): Uint8Array {
  const furniture = Uint8Array.from(lines, (l) => (PAGE_NUMBER.test(text.slice(l.start, l.end)) && !isBlank(text.slice(l.start, l.end)) ? 1 : 0));
  const marker = Uint8Array.from(lines, (l, i) => (l.pageBreak || furniture[i] === 1 ? 1 : 0));
  const nearMarker = (i: number): boolean => {
    for (let d = -3; d <= 3; d++) if (marker[i + d] === 1) return true;
    return false;
  };
  const key = (i: number): string => {
    const l = lines[i] as Line;
    return text.slice(l.start, l.end).replace(/[\f\s\u00A0]+/g, ' ').replace(/\d+/g, '#').replace(/\s*#\s*$/, '').trim().toLowerCase();
  };
  const counts = new Map<string, number>();
  const keys: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const k = nearMarker(i) ? key(i) : '';
    keys.push(k);
    if (k.length >= 12) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (let i = 0; i < lines.length; i++) {
    const k = keys[i] as string;
    if (k.length >= 12 && (counts.get(k) ?? 0) >= 3) furniture[i] = 1;
  }
  return furniture;
}

export function normalise(original: string): MappedText {
  const out = new MappedText(original);
  const lines = readColumns(original, splitLines(original));
  const furniture = findFurniture(original, lines);
  const content = (i: number): string => original.slice((lines[i] as Line).start, (lines[i] as Line).end);
  const blank = Uint8Array.from(lines, (_, i) => (isBlank(content(i)) ? 1 : 0));

  // Decide which lines vanish entirely: the blank lines and furniture inside a sentence that a
  // page break (or a stray blank line) cut in two.
  const drop = new Uint8Array(lines.length);
  let prev = -1;
  for (let i = 0; i < lines.length; i++) {
    if (blank[i] || furniture[i]) continue;
    if (prev >= 0 && i > prev + 1) {
      const before = content(prev).trim();
      const after = content(i).trim();
      let brokenPage = false;
      for (let j = prev + 1; j < i; j++) if (furniture[j] || lines[j]?.pageBreak) brokenPage = true;
      if (lines[i]?.pageBreak) brokenPage = true;
      const unfinished = !SENTENCE_END.test(before) && !LEADING_BULLET.test(after.replace(/^\f/, ''));
      const continues = /^\f?[a-z]/.test(after) || (brokenPage && before.length >= 40 && /[\p{L},]$/u.test(before));
      if (unfinished && continues) for (let j = prev + 1; j < i; j++) drop[j] = 1;
    }
    prev = i;
  }

  let primaryGlyph: string | null = null;
  let afterBlank = true;
  // Blank lines that stand around a page break do not end a list (its sub-items go on).
  let pageInBlank = false;
  let previous = '';
  let continuesMarker = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const terminator = line.next - line.end;
    if (drop[i]) {
      out.replace(line.start, line.next, '');
      continue;
    }
    if (blank[i] || furniture[i]) {
      out.replace(line.start, line.end, '');
      out.replace(line.end, line.next, '\n');
      afterBlank = true;
      if (furniture[i] || line.pageBreak) pageInBlank = true;
      continue;
    }
    const newList = afterBlank && !pageInBlank && !line.pageBreak;
    pageInBlank = false;
    const raw = content(i);
    let at = 0;
    const lead = LEADING_JUNK.exec(raw);
    if (lead) {
      out.replace(line.start, line.start + lead[0].length, '');
      at = lead[0].length;
    }
    const bullet = continuesMarker ? null : LEADING_BULLET.exec(raw.slice(at));
    if (continuesMarker) {
      continuesMarker = false;
    } else if (bullet) {
      const glyph = bullet[1] ?? bullet[2] ?? '-';
      if (newList && primaryGlyph !== glyph && glyph !== '>') primaryGlyph = null;
      primaryGlyph ??= glyph;
      const nested = glyph !== primaryGlyph && glyph !== '>';
      out.replace(line.start + at, line.start + at + bullet[0].length, nested ? '  - ' : '- ');
      at += bullet[0].length;
    } else if (LONE_ORDERED_MARKER.test(raw.slice(at))) {
      out.copy(line.start + at, line.end);
      at = raw.length;
    } else {
      // A new paragraph or heading (not an item's wrapped line) ends the list and its glyphs.
      if (newList || (/^[\p{Lu}\d]/u.test(raw.slice(at)) && SENTENCE_END_OR_HEADING.test(previous))) primaryGlyph = null;
      const ordered = ORDERED_MARKER.exec(raw.slice(at));
      if (ordered) {
        out.copy(line.start + at, line.start + at + (ordered[1] as string).length);
        out.replace(line.start + at + (ordered[1] as string).length, line.start + at + ordered[0].length, ' ');
        at += ordered[0].length;
      }
      // Labelled items ("R1 Raise standards ...", Estyn's recommendations) become list items.
      const labelled = ordered ? null : LABELLED_ITEM.exec(raw.slice(at));
      if (labelled) {
        out.replace(line.start + at, line.start + at + labelled[0].length, '- ');
        at += labelled[0].length;
      }
    }
    afterBlank = false;
    previous = raw.trimEnd();
    // A marker alone on its line (pdftotext puts "1." or a bullet glyph above its text): the
    // item's text is the next non-blank line, so the line break and blank lines become a space.
    if (raw.slice(at).trim() === '' && (bullet || LONE_ORDERED_MARKER.test(raw.trim()))) {
      let j = i + 1;
      while (j < lines.length && j <= i + 4 && (blank[j] || furniture[j] || drop[j])) j++;
      const next = lines[j];
      if (next && j <= i + 4 && !LEADING_BULLET.test(content(j).trim()) && !LONE_ORDERED_MARKER.test(content(j).trim())) {
        out.replace(line.start + at, next.start, bullet ? '' : ' ');
        i = j - 1;
        continuesMarker = true;
        continue;
      }
    }
    const trailing = TRAILING_SPACE.exec(raw);
    const bodyEnd = trailing ? Math.max(at, trailing.index) : raw.length;
    cleanInline(out, raw, line.start, at, bodyEnd);
    if (bodyEnd < raw.length) out.replace(line.start + bodyEnd, line.end, '');
    if (terminator === 1 && original.charCodeAt(line.end) === 10) out.copy(line.end, line.next);
    else out.replace(line.end, line.next, '\n');
  }
  return out;
}

/** Copies raw[from, to) of a line, fixing tags, odd spaces and inline bullets on the way. */
function cleanInline(out: MappedText, raw: string, base: number, from: number, to: number): void {
  const body = raw.slice(from, to);
  const fixes: { start: number; end: number; text: string }[] = [];
  for (const m of body.matchAll(INLINE_FIXES)) {
    const ch = m[0];
    const text = ch.length === 1 && /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/.test(ch) ? ' ' : '';
    fixes.push({ start: m.index, end: m.index + ch.length, text });
  }
  for (const m of body.matchAll(INLINE_BULLET)) fixes.push({ start: m.index, end: m.index + m[0].length, text: '\n- ' });
  fixes.sort((a, b) => a.start - b.start);
  let at = 0;
  for (const f of fixes) {
    if (f.start < at) continue; // overlapping fix (a space inside an inline bullet): already done
    out.copy(base + from + at, base + from + f.start);
    out.replace(base + from + f.start, base + from + f.end, f.text);
    at = f.end;
  }
  out.copy(base + from + at, base + to);
}
