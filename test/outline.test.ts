// The outline remark reads instead of the words (src/pipeline/outline.ts) must give the same
// block tree as the text itself: same block nodes, same source offsets, for arbitrary mixes of
// the line shapes that decide block structure.
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { outlineOf } from '../src/pipeline/outline.js';
import { parseTree } from '../src/pipeline/parse.js';

/** Block nodes as `type start-end`, depth-first (inline nodes are not compared). */
function blocks(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: Nodes, depth: number): void => {
    out.push(`${'  '.repeat(depth)}${node.type} ${node.position?.start.offset}-${node.position?.end.offset}`);
    if (node.type === 'paragraph' || node.type === 'heading') return;
    if ('children' in node) for (const child of node.children) walk(child, depth + 1);
  };
  walk(tree, 0);
  return out;
}

const same = (text: string): void => expect(blocks(parseTree(text)), JSON.stringify(text)).toEqual(blocks(parseTree(text, { outline: false })));

// Line shapes: text, markers of every kind, indentation, quotes, headings, rule-like lines,
// markers with nothing after them, numbers that are not markers, trailing blanks.
const LINE_STARTS = ['', '', '', ' ', '  ', '   ', '    ', '      ', '\t', '- ', '* ', '+ ', '-', '1. ', '2) ', '10. ', '1.', '> ', '>', '> - ', '- - ', '  - ', '    1. ', '# ', '## ', '#', '####### ', '  # '];
const LINE_BODIES = ['', 'Strengths', 'Leaders should:', 'improve the quality of plans.', 'text  ', '---', '===', '***', '* * *', '___', '- -', '#tag', '1.5 million', '2. not a marker here', 'x', '-- dash', '= sign', '<div>', '```', '[1]: note', '    indented words', '> quoted'];
const line = fc.tuple(fc.constantFrom(...LINE_STARTS), fc.constantFrom(...LINE_BODIES)).map(([a, b]) => a + b);
const text = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('outline', () => {
  it('gives remark the same block tree as the full text (property)', () => {
    fc.assert(fc.property(text, (t) => {
        same(t);
      }), { numRuns: 3000 });
  });

  it.each([
    ['lazy and indented continuations fold into one paragraph', 'Leaders should:\n  improve plans\nand reviews.\n\n- item one\n  goes on\nlazily'],
    ['a setext underline after paragraph text', 'Areas for improvement\n---------------------\n- plans'],
    ['numbered items with indented continuation lines', '1. Plans are\n    not precise.\n\n2. Reviews are\n    late.'],
    ['a quote with a list inside', '> - one\n> two\n- three\n\n    four'],
    ['an ATX heading followed by text', '## Strengths\nChildren are safe.\n### \nmore'],
    ['trailing blanks and a last line without a newline', 'one  \ntwo\t\n\nthree   '],
  ])('agrees on %s', (_name, t) => same(t));

  it('folds continuation lines and keeps structure verbatim', () => {
    const o = outlineOf('Leaders should:\n  improve plans\n- item one\n  goes on\n# Head\nText\n---');
    expect(o.text).toBe('x\n- x\n# x\nx\n---');
    expect(o.lines.map((l) => l.start)).toEqual([0, 32, 53, 60, 65]);
  });
});

describe('parseTree: outlines read once and copied', () => {
  it('gives a fresh tree each time: changing one does not change the next', () => {
    const t = 'Strengths\n\n- Plans are clear.\n- Reviews are timely.\n\nMore text.\n';
    const first = parseTree(t);
    const expected = blocks(parseTree(t, { outline: false }));
    for (const node of first.children) if (node.position?.start) node.position.start.offset = -1;
    first.children.length = 0;
    expect(blocks(parseTree(t))).toEqual(expected);
  });

  it('agrees on a unit too long to keep (a 600-item list with no safe cut)', () => {
    const items = Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? `- item ${i}\n\n  goes on` : `- item ${i}`));
    same(`Lead-in:\n${items.join('\n')}\n\nAfter.`);
  });

  it('agrees when more distinct outlines go by than are kept, and again after', () => {
    const t = Array.from({ length: 2100 }, (_, i) => `${i + 2}. item\n\nParagraph.\n\n`).join('');
    same(t);
    same(t);
  });

  it('agrees across many units whose outlines repeat, at any offset', () => {
    const unit = (i: number): string => ['Para.\n\n', '- a\n- b\n\n', '# Head\nText\n\n', '1. one\n2. two\n\n', '> quoted\n\n'][i % 5] as string;
    same(Array.from({ length: 200 }, (_, i) => unit(i * 7)).join(''));
  });
});
