// A cleaned copy of the input that remembers where each of its characters came from, so that
// every position found in the cleaned text can be given back in the user's original text.
//
// The copy is built from pieces: stretches copied from the original (offsets map one to one)
// and replacements (a piece of new text standing for an original span, possibly empty).

export class MappedText {
  // The piece table, in typed arrays: a 50 MB input has about two pieces a line, 1.5 million
  // in all: 13 bytes a piece here, 32 as arrays of JavaScript numbers and booleans.
  /** Start offset of each piece in the cleaned text (ascending). */
  private cleanStarts = new Int32Array(256);
  /** Start offset in the original of the span each piece stands for. */
  private originStarts = new Int32Array(256);
  /** End offset in the original of that span. */
  private originEnds = new Int32Array(256);
  /** Whether the piece is a verbatim copy (then offsets inside it map one to one). */
  private verbatim = new Uint8Array(256);
  private pieces = 0;
  /** The text so far: replacements, and slices of the original for runs of copies. */
  private parts: string[] = [];
  /** The run of copies not yet sliced (one slice for many copies that follow each other). */
  private runStart = 0;
  private runEnd = 0;
  private cleanLength = 0;
  private built: string | null = null;
  /** The original is needed only to copy from: once the text is built it is let go (memory). */
  private source: string | null;
  readonly originalLength: number;

  constructor(original: string) {
    this.source = original;
    this.originalLength = original.length;
  }

  /** Copies original[start, end) unchanged. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    if (this.source === null) throw new Error('MappedText: copy() after the text was built');
    const last = this.pieces - 1;
    // Merge with a preceding copy that ends where this one starts: fewer pieces, faster look-ups.
    if (last >= 0 && this.verbatim[last] === 1 && this.originEnds[last] === start) {
      this.originEnds[last] = end;
      this.built = null;
    } else {
      this.push(start, end, true);
    }
    if (this.runEnd !== start) {
      this.endRun();
      this.runStart = start;
    }
    this.runEnd = end;
    this.cleanLength += end - start;
  }

  /** Writes `text` in place of original[start, end) (either may be empty). */
  replace(start: number, end: number, text: string): void {
    this.push(start, end, false);
    this.endRun();
    this.parts.push(text);
    this.cleanLength += text.length;
  }

  private endRun(): void {
    if (this.runEnd > this.runStart && this.source !== null) this.parts.push(this.source.slice(this.runStart, this.runEnd));
    this.runStart = this.runEnd = 0;
  }

  private push(start: number, end: number, verbatim: boolean): void {
    this.built = null;
    if (this.pieces === this.cleanStarts.length) {
      this.cleanStarts = doubled(this.cleanStarts, new Int32Array(this.pieces * 2));
      this.originStarts = doubled(this.originStarts, new Int32Array(this.pieces * 2));
      this.originEnds = doubled(this.originEnds, new Int32Array(this.pieces * 2));
      this.verbatim = doubled(this.verbatim, new Uint8Array(this.pieces * 2));
    }
    const i = this.pieces++;
    this.cleanStarts[i] = this.cleanLength;
    this.originStarts[i] = start;
    this.originEnds[i] = end;
    this.verbatim[i] = verbatim ? 1 : 0;
  }

  get text(): string {
    if (this.built === null) {
      // One string from here on: the slices need not stay in memory, nor the original.
      this.endRun();
      this.built = this.parts.join('');
      this.parts = [this.built];
      this.source = null;
    }
    return this.built;
  }

  get length(): number {
    return this.cleanLength;
  }

  /** The piece holding clean offset `at` (the last piece starting at or before it). */
  private pieceAt(at: number): number {
    let lo = 0;
    let hi = this.pieces - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.cleanStarts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Original offset where the character at clean offset `at` begins. */
  toOriginalStart(at: number): number {
    if (this.pieces === 0) return 0;
    if (at >= this.cleanLength) return this.originalLength;
    let i = this.pieceAt(at);
    // Skip empty replacements that share this clean offset: the character lives in a later piece.
    while (i + 1 < this.pieces && this.cleanStarts[i + 1] === at) i++;
    const cleanStart = this.cleanStarts[i] as number;
    const originStart = this.originStarts[i] as number;
    return this.verbatim[i] ? originStart + (at - cleanStart) : originStart;
  }

  /** Original offset just after the character that ends at clean offset `at` (exclusive end). */
  toOriginalEnd(at: number): number {
    if (this.pieces === 0 || at <= 0) return 0;
    const i = this.pieceAt(at - 1);
    const cleanStart = this.cleanStarts[i] as number;
    return this.verbatim[i] ? (this.originStarts[i] as number) + (at - cleanStart) : (this.originEnds[i] as number);
  }
}

/** `bigger`, with `array` copied into its start. */
function doubled<T extends Int32Array | Uint8Array>(array: T, bigger: T): T {
  bigger.set(array);
  return bigger;
}

/** Turns offsets into 1-based line and column numbers. */
export class LineIndex {
  /** Where each line starts (a typed array: it lives as long as the parse, ~800,000 lines on 50 MB). */
  private readonly starts: Int32Array;

  constructor(text: string) {
    // Counted first, then filled: no array of JavaScript numbers on the way.
    let count = 1;
    forEachLineStart(text, () => count++);
    this.starts = new Int32Array(count);
    let n = 1;
    forEachLineStart(text, (at) => {
      this.starts[n++] = at;
    });
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

/** Calls `visit` with the offset after each line break (LF, CRLF or a lone CR). */
function forEachLineStart(text: string, visit: (at: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) visit(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      visit(i + 1);
    }
  }
}
