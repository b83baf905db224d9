// News articles: what counts is what the inspection found, reported or quoted; officials'
// words, predictions, bylines and page furniture do not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url), 'utf8');
const pairs = (r: ReturnType<typeof parse>) => r.findings.map((f) => [f.category, f.text.slice(0, 40)]);

describe('a council meeting report', () => {
  const r = parse(fixture('news-council-meeting'));

  it('is a news article about Ofsted and Northbridge, dated by its dateline', () => {
    expect(r.document).toMatchObject({ kind: 'news-article', inspectorate: 'Ofsted', subject: 'Northbridge', publishedDate: '2022-05-12', inspectionDates: null });
  });

  it('keeps the grade awarded and drops the predicted one', () => {
    expect(r.judgements.map((j) => [j.area, j.grade, j.current])).toEqual([['overall effectiveness', 'inadequate', true]]);
  });

  it('takes the quoted list of areas for improvement and nothing the director or councillors said', () => {
    expect(pairs(r)).toEqual([
      ['area_for_improvement', 'Management oversight of child protection'],
      ['area_for_improvement', 'Too many children experience changes of '],
      ['area_for_improvement', "Assessments do not always take account o"],
    ]);
  });
});

describe('a news summary of a full inspection', () => {
  const r = parse(fixture('news-report-summary'));

  it('tells the current grades from the earlier one', () => {
    expect(r.judgements.map((j) => [j.area, j.grade, j.current])).toEqual([
      ['overall effectiveness', 'good', true],
      ['overall effectiveness', 'requires_improvement', false],
      ['experiences and progress of children in care', 'outstanding', true],
    ]);
  });

  it('sorts reported findings by their own wording, and leaves out the council leader and related articles', () => {
    expect(pairs(r)).toEqual([
      ['strength', 'Inspectors found that leaders have a cle'],
      ['strength', '"Children benefit from stable, skilled s'],
      ['strength', 'Children in care live in stable homes th'],
      ['strength', 'Care plans are reviewed regularly and ch'],
      ['area_for_improvement', 'Some children wait too long for their he'],
      ['area_for_improvement', 'The report also found that private foste'],
      ['recommendation', 'Ofsted recommends that Eastvale improves'],
    ]);
  });
});
