// A cleaned copy of the input that remembers where each of its characters came from, so that
// every position found in the cleaned text can be given back in the user's original text.
//
// The copy is built from pieces: stretches copied from the original (offsets map one to one)
// and replacements (a piece of new text standing for an original span, possibly empty).

export class MappedText {
  /** Start offset of each piece in the cleaned text (ascending). */
  private readonly cleanStarts: number[] = [];
  /** Start offset in the original of the span each piece stands for. */
  private readonly originStarts: number[] = [];
  /** End offset in the original of that span. */
  private readonly originEnds: number[] = [];
  /** Whether the piece is a verbatim copy (then offsets inside it map one to one). */
  private readonly verbatim: boolean[] = [];
  private parts: string[] = [];
  private cleanLength = 0;
  private built: string | null = null;

  constructor(readonly original: string) {}

  /** Copies original[start, end) unchanged. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const last = this.verbatim.length - 1;
    // Merge with a preceding copy that ends where this one starts: fewer pieces, faster look-ups.
    if (last >= 0 && this.verbatim[last] && this.originEnds[last] === start) {
      this.originEnds[last] = end;
    } else {
      this.push(start, end, true);
    }
    this.parts.push(this.original.slice(start, end));
    this.cleanLength += end - start;
  }

  /** Writes `text` in place of original[start, end) (either may be empty). */
  replace(start: number, end: number, text: string): void {
    this.push(start, end, false);
    this.parts.push(text);
    this.cleanLength += text.length;
  }

  private push(start: number, end: number, verbatim: boolean): void {
    this.built = null;
    this.cleanStarts.push(this.cleanLength);
    this.originStarts.push(start);
    this.originEnds.push(end);
    this.verbatim.push(verbatim);
  }

  get text(): string {
    if (this.built === null) {
      // One string from here on: the pieces (a slice each) need not stay in memory.
      this.built = this.parts.join('');
      this.parts = [this.built];
    }
    return this.built;
  }

  get length(): number {
    return this.cleanLength;
  }

  /** The piece holding clean offset `at` (the last piece starting at or before it). */
  private pieceAt(at: number): number {
    let lo = 0;
    let hi = this.cleanStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.cleanStarts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Original offset where the character at clean offset `at` begins. */
  toOriginalStart(at: number): number {
    if (this.cleanStarts.length === 0) return 0;
    if (at >= this.cleanLength) return this.original.length;
    let i = this.pieceAt(at);
    // Skip empty replacements that share this clean offset: the character lives in a later piece.
    while (i + 1 < this.cleanStarts.length && this.cleanStarts[i + 1] === at) i++;
    const cleanStart = this.cleanStarts[i] as number;
    const originStart = this.originStarts[i] as number;
    return this.verbatim[i] ? originStart + (at - cleanStart) : originStart;
  }

  /** Original offset just after the character that ends at clean offset `at` (exclusive end). */
  toOriginalEnd(at: number): number {
    if (this.cleanStarts.length === 0 || at <= 0) return 0;
    const i = this.pieceAt(at - 1);
    const cleanStart = this.cleanStarts[i] as number;
    return this.verbatim[i] ? (this.originStarts[i] as number) + (at - cleanStart) : (this.originEnds[i] as number);
  }
}

/** Turns offsets into 1-based line and column numbers. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  point(offset: number): { line: number; column: number; offset: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] as number) + 1, offset };
  }
}
