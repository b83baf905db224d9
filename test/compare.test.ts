// compareDocuments on a series of three inspections of one invented council (fixtures/
// series-wrenford: a 2015 SIF report, a 2019 focused-visit letter, a 2023 ILACS report), given
// out of order; then the ordering rules, polarity and the similarity measure on small inputs.
import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { compareDocuments, type ComparedFinding, type Comparison } from '../src/compare/compare.js';
import { dice, SIMILARITY_THRESHOLD, similarity, stems } from '../src/compare/similarity.js';
import { parse } from '../src/parse.js';
import { renderComparison } from '../src/render/compare-table.js';
import { renderComparisonMarkdown } from '../src/render/markdown.js';
import type { Category, ParseResult } from '../src/types.js';

const load = (name: string): ParseResult => parse(readFileSync(new URL(`../fixtures/series-wrenford/${name}`, import.meta.url)), { path: `fixtures/series-wrenford/${name}` });
const series = (): ParseResult[] => [load('2023-ilacs-report.txt'), load('2015-sif-report.txt'), load('2019-focused-visit.txt')];

describe('compareDocuments: a series of three inspections', () => {
  const c = compareDocuments(series());
  const label = (f: ComparedFinding): string => c.documents[f.document]?.label ?? '?';
  const one = (year: string, re: RegExp): ComparedFinding => {
    const found = c.findings.filter((f) => label(f) === year && re.test(f.text));
    expect(found, `${year} ${re}`).toHaveLength(1);
    return found[0] as ComparedFinding;
  };
  const years = (matches: { document: number }[]): string[] => matches.map((m) => c.documents[m.document]?.label ?? '?');

  it('orders the documents by date and says which date', () => {
    expect(c.orderedBy).toBe('inspectionDates.start');
    expect(c.documents.map((d) => d.label)).toEqual(['2015', '2019', '2023']);
    expect(c.documents.map((d) => d.input)).toEqual([1, 2, 0]);
    expect(c.documents.map((d) => d.date)).toEqual(['2015-01-12', '2019-05-14', '2023-05-08']);
    expect(c.documents.every((d) => d.dateSource === 'inspectionDates.start')).toBe(true);
    expect(c.diagnostics).toEqual([]);
  });

  it('finds the weaknesses that recur, and where they were raised before', () => {
    const thresholds = one('2023', /application of thresholds/);
    expect(thresholds.status).toBe('recurring');
    expect(years(thresholds.earlierMatches)).toEqual(['2015', '2019']);
    expect(thresholds.earlierMatches.every((m) => m.themes.includes('thresholds-front-door') && m.similarity >= SIMILARITY_THRESHOLD)).toBe(true);
    expect(years(one('2023', /^Caseloads/).earlierMatches)).toEqual(['2015', '2019']);
    expect(years(one('2023', /rigour of management oversight/).earlierMatches)).toEqual(['2015', '2019']);
    // Raised in 2015, not in the 2019 visit, raised again in 2023.
    const changes = one('2023', /changes of social worker/);
    expect(changes.status).toBe('recurring');
    expect(years(changes.earlierMatches)).toEqual(['2015']);
    expect(one('2019', /caseloads remain too high/).status).toBe('recurring');
    expect(one('2015', /^Too many children experience frequent changes/).laterStatus).toBe('mentioned_again');
  });

  it('finds the new ones', () => {
    expect(one('2023', /initial health assessments/).status).toBe('new');
    expect(one('2023', /homeless/).status).toBe('new');
    expect(one('2019', /quality of assessments is too variable/).status).toBe('new');
    expect(c.findings.filter((f) => label(f) === '2023' && f.status === 'new').map((f) => f.text)).toHaveLength(2);
    expect(c.findings.filter((f) => label(f) === '2015').every((f) => f.status === null)).toBe(true);
  });

  it('finds the ones no longer mentioned', () => {
    expect(one('2015', /matched with adopters/).laterStatus).toBe('no_longer_mentioned');
    expect(one('2015', /^Pathway plans for care leavers/).laterStatus).toBe('no_longer_mentioned');
    expect(one('2015', /Performance information is not reliable/).laterStatus).toBe('no_longer_mentioned');
    expect(one('2019', /quality of assessments/).laterStatus).toBe('no_longer_mentioned');
    expect(c.findings.filter((f) => label(f) === '2023').every((f) => f.laterStatus === null)).toBe(true);
  });

  it('tracks each theme: where it was raised and its status', () => {
    const theme = (id: string) => c.themes.find((t) => t.theme === id);
    expect(theme('thresholds-front-door')).toMatchObject({ status: 'recurring', raisedIn: [0, 1, 2] });
    expect(theme('workforce-caseloads')).toMatchObject({ status: 'recurring', raisedIn: [0, 1, 2] });
    expect(theme('management-oversight')).toMatchObject({ status: 'recurring', raisedIn: [0, 1, 2] });
    expect(theme('changes-of-social-worker')).toMatchObject({ status: 'recurring', raisedIn: [0, 2] });
    expect(theme('health-assessments')).toMatchObject({ status: 'new', raisedIn: [2] });
    expect(theme('homeless-16-17')).toMatchObject({ status: 'new', raisedIn: [2] });
    expect(theme('permanence-adoption')).toMatchObject({ status: 'no_longer_mentioned', raisedIn: [0] });
    expect(theme('care-leavers')).toMatchObject({ status: 'no_longer_mentioned', raisedIn: [0] });
    expect(theme('assessment')).toMatchObject({ status: 'no_longer_mentioned', raisedIn: [1] });
    expect(theme('early-help')).toMatchObject({ status: 'strengths_only', raisedIn: [], strengthIn: [0, 1] });
    expect(theme('thresholds-front-door')?.findings.map((p) => p.document)).toEqual([0, 1, 2]);
  });

  it('puts the judgements side by side, framework names lined up', () => {
    const grid = Object.fromEntries(c.judgements.map((r) => [r.area, r.grades.map((g) => g?.grade ?? null)]));
    expect(grid['overall effectiveness']).toEqual(['requires_improvement', null, 'requires_improvement']);
    expect(grid['children who need help and protection']).toEqual(['requires_improvement', null, 'requires_improvement']);
    expect(grid['children in care']).toEqual(['requires_improvement', null, 'good']);
    expect(grid['care leavers']).toEqual(['requires_improvement', null, 'good']);
    expect(grid['adoption performance']).toEqual(['inadequate', null, null]);
    expect(grid['leadership']).toEqual(['requires_improvement', null, 'requires_improvement']);
    expect(c.judgements[0]?.area).toBe('overall effectiveness');
    const cell = c.judgements.find((r) => r.area === 'children in care')?.grades[2];
    expect(cell?.area).toBe('experiences and progress of children in care');
  });

  it('keeps positions and the same key order, and is identical across runs', () => {
    expect(Object.keys(c)).toEqual(['schemaVersion', 'orderedBy', 'method', 'documents', 'themes', 'findings', 'judgements', 'diagnostics']);
    expect(c.schemaVersion).toBe('1.0');
    const input = readFileSync(new URL('../fixtures/series-wrenford/2023-ilacs-report.txt', import.meta.url), 'utf8');
    const f = one('2023', /homeless/);
    expect(input.slice(f.position.start.offset, f.position.end.offset)).toContain('16- and 17-year-olds');
    expect(JSON.stringify(compareDocuments(series()))).toBe(JSON.stringify(c));
    expect(JSON.stringify(c)).not.toMatch(/"(?:generated|timestamp|now)"/);
  });

  it('matches nothing when the threshold is above every similarity', () => {
    const strict = compareDocuments(series(), { threshold: 1.01 });
    expect(strict.findings.some((f) => f.status === 'recurring')).toBe(false);
    expect(strict.method.threshold).toBe(1.01);
  });
});

// A parse result with just what compare needs.
function doc(path: string, dates: { published?: string; start?: string }, findings: [Category, string, string[]][]): ParseResult {
  const pos = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
  return {
    schemaVersion: '1.0',
    source: { path, bytes: 0, sha256: '', encoding: 'utf-8' },
    document: {
      kind: 'inspection-report', title: path, inspectorate: 'Ofsted', subject: 'Eastshire', inspectionType: null,
      inspectionDates: dates.start ? { start: dates.start, end: dates.start } : null,
      publishedDate: dates.published ?? null, inspectors: [],
    },
    judgements: [],
    findings: findings.map(([category, text, themes], i) => ({ id: `f${i + 1}`, category, text, heading: null, themes, rule: 'test', position: pos })),
    diagnostics: [],
  };
}

describe('compareDocuments: order and matching rules', () => {
  const weak: [Category, string, string[]] = ['area_for_improvement', 'Caseloads are too high in the assessment teams.', ['workforce-caseloads']];
  it('uses publication dates when every document has one', () => {
    const c = compareDocuments([doc('b', { published: '2020-02-01', start: '2019-01-01' }, [weak]), doc('a', { published: '2019-06-01', start: '2019-05-01' }, [weak])]);
    expect(c.orderedBy).toBe('publishedDate');
    expect(c.documents.map((d) => d.path)).toEqual(['a', 'b']);
  });

  it('mixes publication and inspection dates when it has to', () => {
    const c = compareDocuments([doc('b', { published: '2021-01-01' }, [weak]), doc('a', { start: '2018-01-01' }, [weak])]);
    expect(c.orderedBy).toBe('publishedDate, else inspectionDates.start');
    expect(c.documents.map((d) => [d.path, d.dateSource])).toEqual([['a', 'inspectionDates.start'], ['b', 'publishedDate']]);
  });

  it('keeps input order, and says so, when a document is undated', () => {
    const c = compareDocuments([doc('b', { published: '2021-01-01' }, [weak]), doc('a', {}, [weak])]);
    expect(c.orderedBy).toBe('input');
    expect(c.documents.map((d) => [d.path, d.label])).toEqual([['b', '2021'], ['a', '#2']]);
    expect(c.diagnostics.map((d) => d.rule)).toEqual(['compare/order']);
  });

  it('labels two documents of the same year by their dates', () => {
    const c = compareDocuments([doc('a', { published: '2019-01-05' }, []), doc('b', { published: '2019-11-05' }, [])]);
    expect(c.documents.map((d) => d.label)).toEqual(['2019-01-05', '2019-11-05']);
  });

  it('does not match a strength with a weakness, nor findings without a shared theme', () => {
    const c = compareDocuments([
      doc('a', { published: '2015-01-01' }, [weak, ['area_for_improvement', 'Caseloads are too high in the assessment teams.', ['assessment']]]),
      doc('b', { published: '2020-01-01' }, [['strength', 'Caseloads are no longer too high in the assessment teams.', ['workforce-caseloads']]]),
    ]);
    const later = c.findings.find((f) => f.document === 1);
    expect(later?.status).toBe('new');
    expect(c.findings.filter((f) => f.document === 0).map((f) => f.laterStatus)).toEqual(['no_longer_mentioned', 'no_longer_mentioned']);
    expect(c.themes.find((t) => t.theme === 'workforce-caseloads')).toMatchObject({ status: 'no_longer_mentioned', raisedIn: [0], strengthIn: [1] });
  });

  it('handles one document and none', () => {
    const single = compareDocuments([doc('a', { published: '2015-01-01' }, [weak])]);
    expect(single.findings[0]).toMatchObject({ status: null, laterStatus: null });
    expect(single.themes[0]).toMatchObject({ status: 'new' });
    expect(compareDocuments([])).toMatchObject({ documents: [], findings: [], themes: [], judgements: [] });
  });
});

describe('similarity: Dice over content-word stems', () => {
  it('drops stop words and field words and stems inflections', () => {
    expect([...stems('The thresholds are applied to the children’s referrals')].sort()).toEqual(['appli', 'referr', 'threshold']);
    expect(similarity('Thresholds are not applied.', 'Threshold applying is weak')).toBeCloseTo((2 * 2) / (2 + 3), 3);
  });
  it('is 1 for the same words, 0 for none shared, symmetric', () => {
    expect(similarity('Caseloads are too high.', 'caseloads: too HIGH')).toBe(1);
    expect(similarity('Caseloads are too high.', 'Adopters are recruited.')).toBe(0);
    const a = 'Management oversight is not rigorous.';
    const b = 'Oversight by managers lacks rigour and supervision is irregular.';
    expect(similarity(a, b)).toBe(similarity(b, a));
    expect(dice(new Set(), new Set())).toBe(0);
  });
});

describe('renderComparison and renderComparisonMarkdown', () => {
  const c: Comparison = compareDocuments(series());
  it('shows recurring themes with their years, then new, then no longer mentioned, then the grid', () => {
    const text = renderComparison(c, new Chalk({ level: 0 }), 80);
    const at = (s: string): number => text.indexOf(s);
    expect(at('Recurring themes')).toBeGreaterThan(-1);
    expect(at('Recurring themes')).toBeLessThan(at('New themes in 2023'));
    expect(at('New themes in 2023')).toBeLessThan(at('No longer mentioned'));
    expect(at('No longer mentioned')).toBeLessThan(at('Judgements'));
    expect(text).toMatch(/Thresholds and the front door \(MASH\) +raised 2015, 2019, 2023/);
    expect(text).toMatch(/Changes of social worker +raised 2015, 2023/);
    expect(text).toMatch(/Permanence and adoption +raised 2015/);
    expect(text).toMatch(/overall effectiveness +requires improvement +– +requires improvement/);
    expect(text.includes('\u001b[')).toBe(false);
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });
  it('colours when asked', () => {
    expect(renderComparison(c, new Chalk({ level: 1 }), 80).includes('\u001b[')).toBe(true);
  });
  it('writes markdown with the same sections', () => {
    const md = renderComparisonMarkdown(c);
    expect(md).toMatch(/^## Wrenford: 3 inspections compared/);
    expect(md).toMatch(/### Recurring themes \(\d+\)[\s\S]*### New themes in 2023 \(2\)[\s\S]*### No longer mentioned \(\d+\)[\s\S]*### Judgements/);
    expect(md).toContain('| overall effectiveness | requires improvement | – | requires improvement |');
  });
});
