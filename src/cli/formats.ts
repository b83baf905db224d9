// Output formats for standard output: one entry each in RENDERERS, which the compiler checks.
// A renderer is pure: text before the first input, text for each input (given in input order,
// failed inputs included), text after the last. Streaming them keeps memory flat in a batch.
import type { ChalkInstance } from 'chalk';
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
  /** Text for one parsed input given as compact JSON, for formats that need nothing more. */
  itemFromJson?(json: string): string;
  end(ctx: RenderContext): string;
}

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
    const body = ctx.pretty ? `  ${JSON.stringify(outcome, null, 2).replace(/\n/g, '\n  ')}` : JSON.stringify(outcome);
    return index === 0 ? body : `,${ctx.pretty ? '\n' : ''}${body}`;
  },
  end: (ctx) => (ctx.count === 1 ? '' : ctx.pretty ? '\n]\n' : ']\n'),
};

const ndjson: Renderer = {
  begin: () => '',
  item: (outcome) => renderNdjson(outcome),
  itemFromJson: (json) => `${json}\n`,
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
