// Output formats for standard output: one entry each in RENDERERS, which the compiler checks.
// A renderer is pure: text before the first input, text for each input (given in input order,
// failed inputs included), text after the last. Streaming them keeps memory flat in a batch.
import type { ChalkInstance } from 'chalk';
import type { JsonBytes } from '../batch/job.js';
import { type Outcome, renderJson, renderNdjson } from '../render/json.js';
import { renderCsv } from '../render/csv.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderTable } from '../render/table.js';

export interface RenderContext {
  /** Colours for the table view (null for the other formats: chalk is loaded only for it). */
  chalk: ChalkInstance | null;
  /** Terminal width for the table view. */
  width: number;
  /** Pretty JSON (standard output is a terminal). */
  pretty: boolean;
  /** How many inputs the run has. */
  count: number;
}

export interface Renderer {
  begin(ctx: RenderContext): string;
  item(outcome: Outcome, index: number, ctx: RenderContext): string;
  /**
   * For formats that need nothing but the result's JSON: which JSON (compact or indented), and
   * the text for one parsed input given as that JSON (UTF-8 pieces). A worker then hands over
   * bytes, not an object graph to clone and serialise again (on a 50 MB input, several copies).
   */
  fromJson?: {
    style(ctx: RenderContext): JsonStyle;
    item(json: JsonBytes, index: number, ctx: RenderContext): Output;
  };
  end(ctx: RenderContext): string;
}

export type JsonStyle = 'json' | 'indented-json';
/** Text to write: a string, or UTF-8 pieces written one after another. */
export type Output = string | readonly (string | Uint8Array)[];

const table: Renderer = {
  begin: () => '',
  // A failed input has its message on standard error and nothing here.
  item: (outcome, _index, ctx) => {
    if ('error' in outcome) return '';
    if (!ctx.chalk) throw new Error('the table view needs a chalk instance');
    return (ctx.count > 1 ? '\n' : '') + renderTable(outcome, ctx.chalk, ctx.width);
  },
  end: () => '',
};

/** One object for one input, an array for several (streamed item by item). */
const json: Renderer = {
  begin: (ctx) => (ctx.count === 1 ? '' : ctx.pretty ? '[\n' : '['),
  item: (outcome, index, ctx) => {
    if (ctx.count === 1) return renderJson([outcome], ctx.pretty);
    return arrayEntry(JSON.stringify(outcome, null, ctx.pretty ? 2 : undefined), index, ctx);
  },
  fromJson: {
    style: (ctx) => (ctx.pretty ? 'indented-json' : 'json'),
    item: (json, index, ctx) => {
      if (ctx.count === 1) return [...json, '\n'];
      if (!ctx.pretty) return index === 0 ? json : [',', ...json];
      return arrayEntry(Buffer.concat(json).toString('utf8'), index, ctx); // re-indented: a terminal's worth
    },
  },
  end: (ctx) => (ctx.count === 1 ? '' : ctx.pretty ? '\n]\n' : ']\n'),
};

/** One input's JSON as an entry of the array (indented one step more when pretty). */
function arrayEntry(json: string, index: number, ctx: RenderContext): string {
  const body = ctx.pretty ? `  ${json.replace(/\n/g, '\n  ')}` : json;
  return index === 0 ? body : `,${ctx.pretty ? '\n' : ''}${body}`;
}

const ndjson: Renderer = {
  begin: () => '',
  item: (outcome) => renderNdjson(outcome),
  fromJson: { style: () => 'json', item: (json) => [...json, '\n'] },
  end: () => '',
};

/** One row per finding, RFC 4180, the header row first (a failed input adds no rows). */
const csv: Renderer = {
  begin: () => renderCsv([]),
  item: (outcome) => ('error' in outcome ? '' : renderCsv([outcome], { header: false })),
  end: () => '',
};

/** A briefing-ready summary per document. */
const markdown: Renderer = {
  begin: () => '',
  item: (outcome, index) => ('error' in outcome ? '' : (index > 0 ? '\n' : '') + renderMarkdown([outcome])),
  end: () => '',
};

export const RENDERERS = { table, json, ndjson, csv, markdown } as const satisfies Record<string, Renderer>;
export type FormatName = keyof typeof RENDERERS;
