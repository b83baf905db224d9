// One table per rule: a small input in the style of the real documents and what the rule must
// (and must not) yield. The last test checks that every registered rule has a case here.
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/extractors/registry.js';
import { parse } from '../src/parse.js';
import type { ParseResult } from '../src/types.js';

interface Case {
  rule: string;
  name: string;
  input: string;
  check: (r: ParseResult) => void;
}

const byRule = (r: ParseResult, rule: string) => r.findings.filter((f) => f.rule === rule);
const texts = (r: ParseResult, category?: string) => r.findings.filter((f) => !category || f.category === category).map((f) => f.text);

const LETTER = `12 March 2019\n\nDear Mr Smith\n\nFocused visit to Eastshire children's services\n\nThis letter summarises the findings of the focused visit to Eastshire children's services on 5 and 6 February 2019.\n\nYours sincerely\n\nJo Bloggs\nHer Majesty's Inspector\n`;
const ILACS = `Inspection of Northshire local authority\nchildren’s services\nInspection dates: 4 to 15 March 2024\nLead inspector: Sam Jones, His Majesty’s Inspector\n\nJudgement\n\nGrade\n\nThe impact of leaders on social work\npractice with children and families\n\nRequires improvement to\nbe good\n\nOverall effectiveness\n\nGood\n\nWhat needs to improve?\n◼ The timeliness of initial health assessments for children in care.\n◼ Management oversight of pre-proceedings work.\n\nThe experiences and progress of children who need help and\nprotection: good\n1. Children receive a timely response at the front door.\n`;
const NEWS = `Westport children's services rated inadequate\n\nBy A Reporter\nThursday, 4th March 2021, 2:11 pm\n\nChildren's services in Westport have been rated inadequate by Ofsted.\n\nThe report said that too many children wait too long for help.\n\nInspectors praised the strong early help offer, which supports families well.\n\nOfsted recommends that Westport improves the quality of plans.\n\n"We are disappointed," said council leader Pat Green. "We will do better and expect a good rating next time."\n\nThe council could improve by one grade at the next visit, a meeting heard.\n\nMost popular articles\n\nCouncil faces failure over bins.\n`;

const CASES: Case[] = [
  { rule: 'metadata/document-kind', name: 'a letter', input: LETTER, check: (r) => expect(r.document.kind).toBe('inspection-letter') },
  { rule: 'metadata/document-kind', name: 'a report', input: ILACS, check: (r) => expect(r.document.kind).toBe('inspection-report') },
  { rule: 'metadata/document-kind', name: 'an article', input: NEWS, check: (r) => expect(r.document.kind).toBe('news-article') },
  { rule: 'metadata/document-kind', name: 'unknown text', input: 'Some words about nothing in particular.\n', check: (r) => {
    expect(r.document.kind).toBeNull();
    expect(r.diagnostics.some((d) => d.rule === 'metadata/document-kind')).toBe(true);
  } },
  { rule: 'metadata/inspectorate', name: 'Ofsted', input: NEWS, check: (r) => expect(r.document.inspectorate).toBe('Ofsted') },
  { rule: 'metadata/inspectorate', name: 'CQC in long form', input: 'The Care Quality Commission inspected the home. The Care Quality Commission said it was unsafe.\n', check: (r) => expect(r.document.inspectorate).toBe('CQC') },
  { rule: 'metadata/inspection-type', name: 'ILACS', input: ILACS, check: (r) => expect(r.document.inspectionType).toBe('ILACS inspection') },
  { rule: 'metadata/inspection-type', name: 'focused visit', input: LETTER, check: (r) => expect(r.document.inspectionType).toBe('focused visit') },
  { rule: 'metadata/title', name: "a letter's subject line", input: LETTER, check: (r) => expect(r.document.title).toBe("Focused visit to Eastshire children's services") },
  { rule: 'metadata/subject', name: 'ILACS title', input: ILACS, check: (r) => expect(r.document.subject).toBe('Northshire local authority') },
  { rule: 'metadata/subject', name: 'news: first naming', input: NEWS, check: (r) => expect(r.document.subject).toBe('Westport') },
  { rule: 'metadata/published-date', name: "a letter's date line", input: LETTER, check: (r) => expect(r.document.publishedDate).toBe('2019-03-12') },
  { rule: 'metadata/published-date', name: "an article's dateline", input: NEWS, check: (r) => expect(r.document.publishedDate).toBe('2021-03-04') },
  { rule: 'metadata/published-date', name: 'dd/mm/yy', input: 'Headline here about Ofsted\n\n06/09/22\n\nInspectors said it was good.\n', check: (r) => expect(r.document.publishedDate).toBe('2022-09-06') },
  { rule: 'metadata/published-date', name: 'none stated', input: ILACS, check: (r) => expect(r.document.publishedDate).toBeNull() },
  { rule: 'metadata/inspection-dates', name: 'label with a range', input: ILACS, check: (r) => expect(r.document.inspectionDates).toEqual({ start: '2024-03-04', end: '2024-03-15' }) },
  { rule: 'metadata/inspection-dates', name: '"on 5 and 6 February 2019"', input: LETTER, check: (r) => expect(r.document.inspectionDates).toEqual({ start: '2019-02-05', end: '2019-02-06' }) },
  { rule: 'metadata/inspectors', name: 'lead inspector and signature', input: ILACS + LETTER, check: (r) => expect(r.document.inspectors).toEqual(['Sam Jones', 'Jo Bloggs']) },
  { rule: 'metadata/inspectors', name: 'a school team, name first', input: 'Inspection team\nLorraine Lord, lead inspector\n\nOfsted Inspector\n\nKhalid Din\n\nOfsted Inspector\n', check: (r) => expect(r.document.inspectors).toEqual(['Lorraine Lord', 'Khalid Din']) },
  { rule: 'metadata/inspectors', name: 'a name ends at its line', input: 'Lead inspector: Alex Example\n\nWhat Needs To Improve\n', check: (r) => expect(r.document.inspectors).toEqual(['Alex Example']) },
  { rule: 'judgements/grade-table', name: 'wrapped area and grade cells', input: ILACS, check: (r) => {
    expect(r.judgements.filter((j) => j.rule === 'judgements/grade-table').map((j) => [j.area, j.grade])).toEqual([
      ['impact of leaders on social work practice with children and families', 'requires_improvement'],
      ['overall effectiveness', 'good'],
    ]);
  } },
  { rule: 'judgements/judgement-headings', name: 'a section heading with its grade', input: ILACS, check: (r) => {
    expect(r.judgements.find((j) => j.rule === 'judgements/judgement-headings')).toMatchObject({ area: 'experiences and progress of children who need help and protection', grade: 'good', current: true });
  } },
  { rule: 'judgements/headline-grades', name: 'special measures and a school grade', input: 'School report\n\nHill Primary School\nInspection dates 1–2 May 2019\n\nThis is an inadequate school\n\nThe school requires special measures.\n', check: (r) => {
    expect(r.judgements.map((j) => j.grade).sort()).toEqual(['inadequate', 'special_measures']);
  } },
  { rule: 'judgements/news-grades', name: 'a grade reported, a prediction ignored', input: NEWS, check: (r) => {
    expect(r.judgements.map((j) => [j.area, j.grade, j.current])).toEqual([['overall effectiveness', 'inadequate', true]]);
  } },
  { rule: 'findings/section-items', name: 'items under "What needs to improve?" are recommendations', input: ILACS, check: (r) => {
    expect(byRule(r, 'findings/section-items').map((f) => [f.category, f.text])).toEqual([
      ['recommendation', 'The timeliness of initial health assessments for children in care.'],
      ['recommendation', 'Management oversight of pre-proceedings work.'],
    ]);
  } },
  { rule: 'findings/lead-in-lists', name: 'a neutral lead-in sorts its items by wording', input: 'Ofsted report on Southvale\n\nThe report said Southvale was inadequate. Inspectors highlighted:\n- Caseloads are too high in the assessment team.\n- Disabled children benefit from clear, child-focused plans.\n\nMore text follows here.\n', check: (r) => {
    expect(byRule(r, 'findings/lead-in-lists').map((f) => f.category)).toEqual(['area_for_improvement', 'strength']);
  } },
  { rule: 'findings/news-sentences', name: 'reported findings, not officials or furniture', input: NEWS, check: (r) => {
    expect(texts(r)).toEqual([
      'The report said that too many children wait too long for help.',
      'Inspectors praised the strong early help offer, which supports families well.',
      'Ofsted recommends that Westport improves the quality of plans.',
    ]);
    expect(r.findings.map((f) => f.category)).toEqual(['area_for_improvement', 'strength', 'recommendation']);
  } },
  { rule: 'filters/lead-ins', name: 'a lead-in item is not a finding', input: 'Areas for improvement\n- In order to improve, the council should take the following action:\n- ensure plans are reviewed regularly\n', check: (r) => expect(texts(r)).toEqual(['ensure plans are reviewed regularly']) },
  { rule: 'filters/page-furniture', name: 'copyright and links in a list', input: 'Strengths\n- © Crown copyright 2020\n- www.example.gov.uk/reports\n- Leaders know their services well and act swiftly.\n', check: (r) => expect(texts(r)).toEqual(['Leaders know their services well and act swiftly.']) },
  { rule: 'filters/predictions', name: 'a prediction in an article', input: NEWS, check: (r) => expect(texts(r).some((t) => /could improve/.test(t))).toBe(false) },
  { rule: 'filters/grade-only', name: 'a sentence that only grades', input: NEWS, check: (r) => expect(texts(r).some((t) => /have been rated inadequate/.test(t))).toBe(false) },
];

describe.each(CASES.map((c) => [c.rule, c.name, c] as const))('%s: %s', (_rule, _name, c) => {
  it('yields what the document says', () => c.check(parse(c.input)));
});

describe('the rule registry', () => {
  it('has a test case for every rule', () => {
    const tested = new Set(CASES.map((c) => c.rule));
    expect(RULES.map((r) => r.name).filter((name) => !tested.has(name))).toEqual([]);
  });
  it('has unique rule names of the form group/name', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^(?:metadata|judgements|findings|filters)\/[a-z-]+$/);
  });
});
