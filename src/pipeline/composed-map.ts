// Two offset maps in a row: the normaliser's map (clean text -> its input) over a map from
// that input back to the user's original (e.g. the text read out of an HTML page -> the HTML).
// assemble() only needs the clean text and the two look-ups, so either shape will do there.
import type { MappedText } from './mapped-text.js';

/** What assemble() needs of a cleaned text: the text, and offsets back into the original. */
export interface OffsetMap {
  readonly text: string;
  toOriginalStart(at: number): number;
  toOriginalEnd(at: number): number;
}

/** `outer` maps clean text to `inner.text`; `inner` maps that text to the original input. */
export class ComposedMap implements OffsetMap {
  constructor(
    readonly outer: MappedText,
    readonly inner: MappedText,
  ) {}

  get text(): string {
    return this.outer.text;
  }

  get length(): number {
    return this.outer.length;
  }

  toOriginalStart(at: number): number {
    return this.inner.toOriginalStart(this.outer.toOriginalStart(at));
  }

  toOriginalEnd(at: number): number {
    return this.inner.toOriginalEnd(this.outer.toOriginalEnd(at));
  }
}
