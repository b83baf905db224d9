// Headings in every form reports use: markdown, known names alone on a line, numbered, all
// capitals, ending in ':' or '?', broken over two lines, glued to the list under them.
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../src/parse.js';

const headings = (text: string) => blocksOf(text).blocks.filter((b) => b.kind === 'heading').map((b) => [b.section?.title ?? null, b.section?.role ?? null]);
const roleOfItems = (text: string) => blocksOf(text).blocks.filter((b) => b.kind === 'item').map((b) => b.section?.role ?? null);

describe('sectionise', () => {
  it.each([
    ['markdown', '## Recommendations\n\n- Improve plans.\n', 'recommendation'],
    ['a known name on its own line', 'Some text here.\n\nAreas for development\n- Plans are weak.\n', 'area_for_improvement'],
    ['numbered', 'Intro text.\n\n3. Recommendations\n\n- Improve plans.\n', 'recommendation'],
    ['all capitals', 'Intro text.\n\nKEY STRENGTHS\n- Leaders are effective.\n', 'strength'],
    ['ending in a question mark and a footnote digit', 'What needs to improve?1\n◼ The quality of plans.\n', 'recommendation'],
    ['ending in a colon', 'What needs to improve:\n\uF0AE the quality of plans\n', 'recommendation'],
    ['broken over two lines', 'What does the local authority need to\nimprove?\n- Ensure plans are reviewed.\n', 'recommendation'],
  ])('finds a heading %s', (_form, text, role) => {
    expect(roleOfItems(text)).toEqual([role]);
  });

  it('ends a section at a heading that carries a grade', () => {
    const text = 'What needs to improve?\n◼ The quality of plans.\n\nThe experiences and progress of children who need help and\nprotection: good\n1. Children are seen quickly.\n';
    expect(headings(text)).toEqual([
      ['What needs to improve?', 'recommendation'],
      ['The experiences and progress of children who need help and protection: good', 'stop'],
    ]);
  });

  it('cuts a heading out of the list item markdown glued it to', () => {
    const text = 'Strengths\n▪ Referrals are dealt with promptly.\nThe service meets the requirements of statutory guidance in the following areas\n▪ Strategy meetings are timely.\n';
    expect(roleOfItems(text)).toEqual(['strength', 'meets_requirements']);
  });

  it('keeps sub-headings inside a findings section', () => {
    const text = 'Areas for improvement\n\nLeadership and management\n◼ Oversight is weak.\n\nThe front door\n◼ Thresholds are not understood.\n';
    expect(roleOfItems(text)).toEqual(['area_for_improvement', 'area_for_improvement']);
  });

  it('does not take a sentence, or a wrapped line, for a heading', () => {
    const text = 'Strengths\n- Leaders are ambitious. Ofsted found:\n- Plans are clear and the service is\nwell led.\n';
    expect(headings(text)).toEqual([['Strengths', 'strength']]);
  });
});

describe('school report summary lists', () => {
  it('reads "This is a good school" as strengths and "It is not yet an outstanding school because" as shortfalls', () => {
    const text = 'Summary of key findings for parents and pupils\nThis is a good school\n\uF0B7 Leaders have high expectations.\nIt is not yet an outstanding school because\n\uF0B7 Mathematics teaching does not challenge the most able.\n';
    expect(roleOfItems(text)).toEqual(['strength', 'area_for_improvement']);
  });
});

describe('blocksOf', () => {
  it('reads an HTML page as parse() does: the page text, not its tags', () => {
    const html = '<!doctype html><html><body><nav>Home | News</nav><article><h2>Strengths</h2><ul><li>Leaders know their services well and act on what they find.</li></ul></article></body></html>';
    const { blocks } = blocksOf(html, 'page.html');
    expect(blocks.some((b) => b.text.includes('<'))).toBe(false);
    expect(blocks.find((b) => b.kind === 'item')?.section?.role).toBe(roleOfItems('Strengths\n\n- Leaders know their services well.')[0]);
  });
});
