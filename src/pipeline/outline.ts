// The outline of a text: what remark needs to see to find its blocks, and a map back.
//
// micromark's cost grows with the lines and tokens it reads, and sectionise uses only the
// block structure of its tree (headings, lists, items, quotes, paragraphs, their extents).
// Block structure is decided at the start of each line: indentation, container markers
// (`>`, `-`, `*`, `+`, `1.`, `1)`), an ATX `#`, and lines made only of `-=*_` (setext
// underlines, thematic breaks). So the outline keeps those parts verbatim, writes the rest of a
// line of text as one `x`, and folds a line of plain text that continues a paragraph (no
// marker, only indentation before it) into the line before: it can only ever continue that
// paragraph. remark then gives the same block tree over far fewer tokens, and `toSource` maps
// its offsets back. (Inline and code constructs are switched off in parse.ts, so they cannot
// depend on the words.) test/outline.test.ts checks the trees agree on arbitrary text.

/** One outline line: the source lines it stands for, as offsets in the source. */
interface OutlineLine {
  /** Where the first source line starts (the outline line starts there too). */
  start: number;
  /** Characters kept verbatim at the start (the whole line when nothing was replaced). */
  kept: number;
  /** Whether the text after `kept` was written as `x`. */
  replaced: boolean;
  /** Where the text of the last folded source line ends (before its trailing blanks). */
  contentEnd: number;
}

export interface Outline {
  text: string;
  lines: OutlineLine[];
  /** Offset of each outline line's start in `text`. */
  lineStarts: number[];
}

// Container markers and indentation, then an optional ATX heading mark.
const STRUCTURE = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*(?:#{1,6}(?=[ \t]|$))?[ \t]*/;
// A line that may be a setext underline or a thematic break: kept whole.
const RULE_LIKE = /^[-=*_ \t]*$/;
const BLANK_TAIL = /[ \t]*$/;

export function outlineOf(source: string): Outline {
  const parts: string[] = [];
  const lines: OutlineLine[] = [];
  const lineStarts: number[] = [];
  let length = 0;
  // Whether the outline line before is paragraph text (a line folded after it continues it).
  let afterText = false;
  for (let start = 0; start <= source.length; ) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    const line = source.slice(start, end);
    const structure = (STRUCTURE.exec(line) as RegExpExecArray)[0];
    const rest = line.slice(structure.length);
    if (rest === '' || RULE_LIKE.test(rest)) {
      push(line, { start, kept: line.length, replaced: false, contentEnd: end });
      afterText = false;
    } else {
      const blanks = (BLANK_TAIL.exec(rest) as RegExpExecArray)[0];
      const contentEnd = end - blanks.length;
      const last = lines[lines.length - 1];
      if (afterText && last && /^[ \t]*$/.test(structure)) {
        // Fold into the line before: its `x` now stands for this line's text too.
        last.contentEnd = contentEnd;
        parts[parts.length - 1] = `${(parts[parts.length - 1] as string).slice(0, last.kept)}x${blanks}`;
      } else {
        push(`${structure}x${blanks}`, { start, kept: structure.length, replaced: true, contentEnd });
        afterText = !structure.includes('#');
      }
    }
    start = end + 1;
  }
  function push(part: string, line: OutlineLine): void {
    parts.push(part);
    lines.push(line);
  }
  for (const part of parts) {
    lineStarts.push(length);
    length += part.length + 1;
  }
  return { text: parts.join('\n'), lines, lineStarts };
}

/** The source offset of a point remark gives in the outline (its 1-based line and offset). */
export function toSource(outline: Outline, line: number, offset: number): number {
  const entry = outline.lines[line - 1];
  const lineStart = outline.lineStarts[line - 1];
  if (!entry || lineStart === undefined) return offset;
  const rel = offset - lineStart;
  if (!entry.replaced || rel <= entry.kept) return entry.start + rel;
  // After the `x`: the end of the folded text, then its trailing blanks.
  return entry.contentEnd + Math.max(0, rel - entry.kept - 1);
}
