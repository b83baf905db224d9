// The progress bar of a batch, on standard error when it is a terminal: files done, rate and
// time left, redrawn at most ten times a second. Other output clears it first (note()).
import type { OutStream } from './main.js';

export class Progress {
  private readonly started: number;
  private done = 0;
  private shown = 0;
  private drawn = false;

  constructor(
    private readonly stream: OutStream,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** One more input finished. */
  tick(): void {
    this.done++;
    const t = this.now();
    if (t - this.shown >= 100 || this.done === this.total) {
      this.shown = t;
      this.draw();
    }
  }

  /** Runs `write` (a message, or output to the same terminal) with the bar out of the way. */
  around(write: () => void): void {
    this.clear();
    write();
    if (this.done > 0) this.draw();
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  line(): string {
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : 0;
    const clock = (s: number): string => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 60));
    const filled = Math.round((width * this.done) / Math.max(this.total, 1));
    const bar = `${'='.repeat(filled)}${filled < width ? '>' : ''}${' '.repeat(Math.max(0, width - filled - 1))}`;
    return `[${bar}] ${this.done}/${this.total} files  ${rate.toFixed(1)} files/s  ${clock(left)} left`;
  }

  private draw(): void {
    this.stream.write(`\r\x1b[K${this.line()}`);
    this.drawn = true;
  }
}
