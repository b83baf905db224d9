// --markdown: read back with remark, each document is a section with its metadata line,
// judgements table and findings as bullet lists, and document text stays literal text.
import { readFileSync } from 'node:fs';
import type { Heading, List, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { escapeMarkdown, renderMarkdown } from '../src/render/markdown.js';
import { CATEGORIES, type ParseResult } from '../src/types.js';

const load = (name: string): ParseResult => parse(readFileSync(new URL(`../fixtures/series-wrenford/${name}`, import.meta.url)), { path: name });
const tree = (md: string): Root => unified().use(remarkParse).parse(md);
const text = (node: RootContent | Root): string => ('value' in node ? node.value : 'children' in node ? (node.children as RootContent[]).map(text).join('') : '');

describe('renderMarkdown', () => {
  const results = [load('2015-sif-report.txt'), load('2023-ilacs-report.txt')];
  const md = renderMarkdown(results);
  const root = tree(md);

  it('gives each document a heading and a metadata line', () => {
    const h2 = root.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 2);
    expect(h2.map(text)).toEqual(results.map((r) => r.document.title));
    expect(md).toContain('inspected 2015-01-12 to 2015-02-05 · published 2015-03-24');
    expect(md).toContain('source `2023-ilacs-report.txt`');
  });

  it('puts the current judgements in a table', () => {
    // remark-parse alone reads no GFM tables: check the table's lines, in order.
    const sections = md.split(/^## /m).slice(1);
    expect(sections).toHaveLength(2);
    results.forEach((r, i) => {
      const lines = (sections[i] ?? '').split('\n').filter((l) => l.startsWith('|'));
      expect(lines.slice(0, 2)).toEqual(['| Judgement | Grade |', '| --- | --- |']);
      expect(lines.slice(2)).toEqual(r.judgements.filter((j) => j.current).map((j) => `| ${j.area} | ${j.grade.replace(/_/g, ' ')} |`));
    });
  });

  it('lists the findings under their category with line numbers', () => {
    const byCategory = results.flatMap((r) => CATEGORIES.flatMap((c) => r.findings.filter((f) => f.category === c)));
    const lists = root.children.filter((n): n is List => n.type === 'list');
    const items = lists.flatMap((l) => l.children.map(text));
    expect(items).toEqual(byCategory.map((f) => `${f.text} (line ${f.position.start.line})`));
    const h3 = root.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 3).map(text);
    expect(h3).toEqual(['Strengths (3)', 'Areas for improvement (7)', 'Recommendations (4)', 'Recommendations (6)']);
  });

  it('keeps markdown syntax in document text as literal text', () => {
    const odd = 'Use *stars*, _lines_, `ticks`, [links](x), <b>tags</b>, a | pipe and # hashes.';
    const base = load('2023-ilacs-report.txt');
    const first = base.findings[0];
    if (!first) throw new Error('no finding');
    const r: ParseResult = { ...base, findings: [{ ...first, text: odd }] };
    const items = tree(renderMarkdown([r])).children.filter((n): n is List => n.type === 'list').flatMap((l) => l.children.map(text));
    expect(items).toEqual([`${odd} (line ${first.position.start.line})`]);
    expect(text(tree(escapeMarkdown('1. Not a list item')))).toBe('1. Not a list item');
    expect(text(tree(escapeMarkdown('- not a bullet')))).toBe('- not a bullet');
  });

  it('says so when a document has no findings', () => {
    const base = load('2023-ilacs-report.txt');
    expect(renderMarkdown([{ ...base, findings: [] }])).toContain('_No findings found._');
  });
});
