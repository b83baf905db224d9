// Report families that ../shared/corpus does not cover, one fixture each (fixtures/<family>/),
// with the facts a careful reader takes from them (../shared/eval/ANNOTATION.md): the kind of
// document, who inspected, what kind of inspection, the subject and dates, every judgement,
// and the findings of each category (how many, and the first words of each).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { htmlText, isHtml } from '../src/pipeline/html.js';
import type { Category, ParseResult } from '../src/types.js';

type Grade = [area: string, grade: string, current: boolean];

interface Family {
  fixture: string;
  file?: string;
  kind: string;
  inspectorate: string;
  inspectionType: string;
  subject: RegExp;
  inspectionDates: { start: string; end: string } | null;
  publishedDate?: string | null;
  judgements: Grade[];
  /** The first words of each finding, per category, in reading order. */
  findings: Partial<Record<Category, string[]>>;
}

const FAMILIES: Family[] = [
  {
    fixture: 'ilacs-focused-visit',
    kind: 'inspection-letter',
    inspectorate: 'Ofsted',
    inspectionType: 'focused visit',
    subject: /^Eastmoor$/,
    inspectionDates: { start: '2024-02-06', end: '2024-02-07' },
    publishedDate: '2024-03-14',
    judgements: [],
    findings: {
      priority_action: ['Children who are at risk of significant harm', 'Managers do not have effective oversight'],
      area_for_improvement: ['Assessments do not consistently consider', 'Child protection plans are not specific enough', 'Caseloads in the assessment teams'],
    },
  },
  {
    fixture: 'ilacs-monitoring-visit',
    kind: 'inspection-letter',
    inspectorate: 'Ofsted',
    inspectionType: 'monitoring visit',
    subject: /^Northvale$/,
    inspectionDates: { start: '2024-05-21', end: '2024-05-22' },
    publishedDate: '2024-06-18',
    // The grade that started the monitoring visits is an earlier inspection's.
    judgements: [['overall effectiveness', 'inadequate', false]],
    findings: {
      area_for_improvement: ['Permanence planning for children', 'Life-story work is not started', 'The sufficiency of local foster placements'],
    },
  },
  {
    fixture: 'send-area-2016',
    kind: 'inspection-letter',
    inspectorate: 'Ofsted',
    inspectionType: 'area SEND inspection',
    subject: /^Wessex$/,
    inspectionDates: { start: '2019-03-04', end: '2019-03-08' },
    publishedDate: '2019-04-12',
    // A written statement of action is an outcome, not a grade on ANNOTATION.md's scales.
    judgements: [],
    findings: {
      strength: ['Health visitors identify', 'The specialist early years team', 'Children and young people with complex health needs', 'Young people with SEND are well supported'],
      area_for_improvement: [
        'Too many children and young people wait',
        'Identification of the needs',
        'The quality of education, health and care (EHC) plans is poor',
        'Too few EHC plans',
        'The rate of fixed-term exclusion',
        // The areas of significant weakness the written statement of action must tackle.
        'the lack of strategic leadership',
        'the poor quality and timeliness',
        'the long waiting times',
      ],
    },
  },
  {
    fixture: 'school-eif-2019-layout',
    kind: 'inspection-report',
    inspectorate: 'Ofsted',
    inspectionType: 'school inspection',
    subject: /^Oakfield Primary School$/,
    inspectionDates: { start: '2024-03-05', end: '2024-03-06' },
    publishedDate: null,
    judgements: [
      ['overall effectiveness', 'requires_improvement', true],
      ['quality of education', 'requires_improvement', true],
      ['behaviour and attitudes', 'good', true],
      ['personal development', 'good', true],
      ['leadership and management', 'requires_improvement', true],
      ['early years provision', 'good', true],
      ['overall effectiveness', 'good', false],
    ],
    findings: {
      recommendation: ['The curriculum in some foundation subjects', 'The phonics programme is not taught', 'Those responsible for governance'],
    },
  },
  {
    fixture: 'school-report-card-2025-web',
    kind: 'inspection-report',
    inspectorate: 'Ofsted',
    inspectionType: 'school report card inspection',
    subject: /^Brambleside Academy$/,
    inspectionDates: { start: '2025-11-18', end: '2025-11-20' },
    publishedDate: '2026-01-09',
    judgements: [
      ['inclusion', 'strong_standard', true],
      ['curriculum and teaching', 'expected_standard', true],
      ['achievement', 'expected_standard', true],
      ['attendance and behaviour', 'needs_attention', true],
      ['personal development and well-being', 'strong_standard', true],
      ['leadership and governance', 'expected_standard', true],
      ['sixth form', 'exceptional', true],
    ],
    findings: {
      strength: ['Pupils with SEND are identified early', 'The sixth form curriculum is ambitious', 'The personal development programme'],
      recommendation: ['Improve the attendance of disadvantaged pupils', 'Ensure that teachers apply', 'Make sure that teachers in all subjects'],
    },
  },
  {
    fixture: 'childrens-home-sccif',
    kind: 'inspection-report',
    inspectorate: 'Ofsted',
    inspectionType: 'children’s home inspection',
    subject: /^SC487234$/,
    inspectionDates: { start: '2024-09-10', end: '2024-09-11' },
    // No publication date is printed; the due dates of the requirements are not one.
    publishedDate: null,
    judgements: [
      ['overall experiences and progress of children and young people', 'requires_improvement', true],
      ['how well children and young people are helped and protected', 'requires_improvement', true],
      ['effectiveness of leaders and managers', 'requires_improvement', true],
      ['overall effectiveness', 'good', false],
    ],
    findings: {
      // One per row of the "Requirement | Due date" table, not the section's preamble.
      priority_action: ['The protection of children standard', 'The leadership and management standard'],
      recommendation: ["The registered person should ensure that children's placement plans", 'The registered person should ensure that staff receive training'],
    },
  },
  {
    fixture: 'fe-eif-2019',
    kind: 'inspection-report',
    inspectorate: 'Ofsted',
    inspectionType: 'further education inspection',
    subject: /^Northgate College$/,
    inspectionDates: { start: '2024-05-14', end: '2024-05-17' },
    publishedDate: null,
    judgements: [
      ['overall effectiveness', 'good', true],
      ['quality of education', 'good', true],
      ['behaviour and attitudes', 'good', true],
      ['personal development', 'outstanding', true],
      ['leadership and management', 'good', true],
      ['education programmes for young people', 'good', true],
      ['adult learning programmes', 'good', true],
      ['apprenticeships', 'requires_improvement', true],
      ['provision for learners with high needs', 'good', true],
      ['overall effectiveness', 'requires_improvement', false],
    ],
    findings: {
      recommendation: ['Leaders should ensure that apprentices', 'Leaders should improve the quality of feedback', 'Leaders should make sure that learners with high needs'],
    },
  },
  {
    fixture: 'cqc-gp-practice',
    kind: 'inspection-report',
    inspectorate: 'CQC',
    inspectionType: 'comprehensive inspection',
    subject: /^Dr Patel and Partners$/,
    inspectionDates: { start: '2017-03-14', end: '2017-03-14' },
    publishedDate: '2017-04-26',
    judgements: [
      ['overall effectiveness', 'requires_improvement', true],
      ['safe', 'inadequate', true],
      ['effective', 'requires_improvement', true],
      ['caring', 'good', true],
      ['responsive', 'good', true],
      ['well-led', 'requires_improvement', true],
    ],
    findings: {
      // "Must" actions answer breaches of regulations; each list is printed twice, labelled once.
      priority_action: ['Ensure that care and treatment', 'Ensure that systems and processes'],
      recommendation: ['Review the arrangements for identifying carers', 'Continue to monitor and improve'],
    },
  },
  {
    fixture: 'estyn-2013',
    kind: 'inspection-report',
    inspectorate: 'Estyn',
    inspectionType: 'school inspection',
    subject: /^Ysgol Bryn Derw$/,
    // "Date of inspection: November 2013" gives only a month.
    inspectionDates: null,
    publishedDate: '2014-01-21',
    judgements: [
      ["school's current performance", 'adequate', true],
      ["school's prospects for improvement", 'unsatisfactory', true],
    ],
    findings: {
      strength: ['most pupils make suitable progress', 'pupils behave well'],
      area_for_improvement: ['standards of numeracy in key stage 2 are too low', 'self-evaluation processes do not identify', 'the governing body does not challenge', 'recommendations from the previous inspection'],
      recommendation: ['Raise standards of numeracy', "Improve pupils' extended writing", 'Ensure that self-evaluation', 'Strengthen the role of the governing body'],
    },
  },
  {
    fixture: 'hmi-probation-yos',
    kind: 'inspection-report',
    inspectorate: 'HMI Probation',
    inspectionType: 'youth offending service inspection',
    subject: /^Westshire$/,
    inspectionDates: { start: '2024-01-08', end: '2024-01-12' },
    publishedDate: null,
    judgements: [
      ['overall effectiveness', 'requires_improvement', true],
      ['governance and leadership', 'good', true],
      ['staff', 'requires_improvement', true],
      ['partnerships and services', 'good', true],
      ['information and facilities', 'requires_improvement', true],
      ['assessment', 'good', true],
      ['planning', 'requires_improvement', true],
      ['implementation and delivery', 'inadequate', true],
      ['reviewing', 'requires_improvement', true],
      ['planning', 'good', true],
      ['implementation and delivery', 'requires_improvement', true],
      ['joint working', 'good', true],
    ],
    findings: {
      // Numbered 1-6 across three lead-ins ("The ... should:"); 3 and 6 follow their lead-in
      // without a blank line.
      recommendation: ['make sure that board members', 'monitor the progress', 'improve the quality of planning', 'make sure that practitioners', 'ensure that staff supervision', 'work with the YOS'],
    },
  },
  {
    fixture: 'hmicfrs-peel',
    kind: 'inspection-report',
    inspectorate: 'HMICFRS',
    inspectionType: 'PEEL inspection',
    subject: /^Westshire Police$/,
    inspectionDates: null,
    publishedDate: null,
    judgements: [
      ['preventing crime', 'good', true],
      ['responding to the public', 'requires_improvement', true],
      ['investigating crime', 'adequate', true],
      ['protecting vulnerable people', 'adequate', true],
      ['managing offenders and suspects', 'good', true],
      ['leadership and force management', 'adequate', true],
    ],
    findings: {
      area_for_improvement: ["Westshire Police isn't answering"],
      // The cause of concern's recommendations, then the areas for improvement, which ask.
      recommendation: ['make sure it has enough call handlers', 'make sure that call handlers use', 'monitor repeat callers', 'The force should make sure that victims', 'The force should improve how it records', 'The force should make sure it understands'],
    },
  },
  {
    fixture: 'care-inspectorate-scotland',
    kind: 'inspection-report',
    inspectorate: 'Care Inspectorate',
    inspectionType: 'care service inspection',
    subject: /^Westfield House$/,
    inspectionDates: { start: '2024-03-05', end: '2024-03-07' },
    judgements: [
      ["how well do we support people's wellbeing", 'good', true],
      ['how good is our leadership', 'adequate', true],
      ['how good is our staff team', 'very_good', true],
      ['how good is our setting', 'good', true],
      ['how well is our care and support planned', 'weak', true],
    ],
    findings: {
      priority_action: ['By 31 May 2024, the provider must ensure'],
      // The previous inspection's area for improvement (now met) is not a finding of this one.
      recommendation: ["To support people's wellbeing", 'To ensure that quality assurance'],
    },
  },
];

const load = (family: Family): { input: string; result: ParseResult } => {
  const file = `fixtures/${family.fixture}/${family.file ?? 'input.txt'}`;
  const input = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  return { input, result: parse(input, { path: file }) };
};

const words = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe.each(FAMILIES)('family: $fixture', (family) => {
  const { input, result } = load(family);

  it('recognises the kind of document, inspectorate and inspection', () => {
    expect(result.document.kind).toBe(family.kind);
    expect(result.document.inspectorate).toBe(family.inspectorate);
    expect(result.document.inspectionType).toBe(family.inspectionType);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('names the subject and the dates', () => {
    expect(result.document.subject).toMatch(family.subject);
    expect(result.document.inspectionDates).toEqual(family.inspectionDates);
    if (family.publishedDate !== undefined) expect(result.document.publishedDate).toBe(family.publishedDate);
  });

  it('gives every judgement, on the scale of ANNOTATION.md, current or earlier', () => {
    const got = result.judgements.map((j): Grade => [j.area, j.grade, j.current]);
    expect(got).toEqual(family.judgements);
  });

  it('finds each category’s items, whole, in reading order', () => {
    const byCategory: Partial<Record<Category, string[]>> = {};
    for (const f of result.findings) (byCategory[f.category] ??= []).push(f.text);
    expect(Object.keys(byCategory).sort()).toEqual(Object.keys(family.findings).sort());
    for (const [category, starts] of Object.entries(family.findings) as [Category, string[]][]) {
      const texts = byCategory[category] ?? [];
      expect(texts, category).toHaveLength(starts.length);
      texts.forEach((text, i) => expect(text, `${category} ${i}`).toMatch(new RegExp(`^${(starts[i] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
      // A whole item: one sentence or more, never a heading or a lead-in.
      for (const text of texts) expect(text).not.toMatch(/:$|^(?:Areas? for|Cause of concern \d|Recommendations?$)/);
    }
  });

  it('gives positions that slice back to the source', () => {
    for (const f of result.findings) {
      const source = input.slice(f.position.start.offset, f.position.end.offset);
      expect(words(source.replace(/[◼•\uF0A7]/g, ' '))).toContain(words(f.text).slice(0, 25));
    }
  });
});

describe('families: text sources', () => {
  it('reads the pdftotext -layout school report past its running footer, page numbers and form feeds', () => {
    const { result } = load(FAMILIES.find((f) => f.fixture === 'school-eif-2019-layout') as Family);
    expect(result.findings.some((f) => /Inspection report: Oakfield|5 and 6 March 2024\s+\d/.test(f.text))).toBe(false);
  });

  it('leaves the navigation, cookie notice and footer of the pasted report card out', () => {
    const { result } = load(FAMILIES.find((f) => f.fixture === 'school-report-card-2025-web') as Family);
    expect(result.findings.some((f) => /cookies|Crown copyright|Open Government Licence|page useful/i.test(f.text))).toBe(false);
    expect(result.document.title).toBe('Brambleside Academy');
  });

  it('does not read the Estyn scale key ("Excellent  Many strengths ...") as grades', () => {
    const { result } = load(FAMILIES.find((f) => f.fixture === 'estyn-2013') as Family);
    expect(result.judgements.some((j) => /strengths|judgement/i.test(j.area))).toBe(false);
  });
});

describe('HTML input', () => {
  const file = 'fixtures/html-news/input.html';
  const html = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const result = parse(html, { path: file });
  /** The visible text of a stretch of HTML: tags out, the entities the fixture uses decoded. */
  const visible = (s: string): string =>
    words(
      s
        .replace(/<[^>]*>/g, ' ')
        .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
        .replace(/&amp;/g, '&')
        .replace(/&copy;/g, '©'),
    );

  it('tells HTML from text by name, opening or tags', () => {
    expect(isHtml('plain text', 'page.HTM')).toBe(true);
    expect(isHtml('\uFEFF  <!DOCTYPE html><p>x</p>')).toBe(true);
    expect(isHtml('<html><body>x</body></html>')).toBe(true);
    expect(isHtml('<div><p>a</p><p>b</p><p>c</p><ul><li>d</li><li>e</li></ul></div>')).toBe(true);
    expect(isHtml('Inspection dates: 1 May 2024\nThe <b>school</b> is good. <p>One stray tag.</p>\n', 'report.txt')).toBe(false);
  });

  it('reads one line per block, items marked, furniture dropped, entities decoded', () => {
    const text = htmlText('<html><head><title>T</title><script>var x = 1;</script></head><body><nav><a>Home</a></nav><h2>What needs to improve?</h2><p>Plans are&nbsp;not   specific &amp; clear.<br>Second line</p><ul><li>One</li><li><p>Two &#8216;quoted&#8217;</p></li></ul><table><tr><td>Overall effectiveness</td><td>Good</td></tr></table><footer>© footer</footer></body></html>').text;
    expect(text).toBe("What needs to improve?\n\nPlans are not specific & clear.\nSecond line\n\n- One\n- Two ‘quoted’\n\nOverall effectiveness   Good");
  });

  it('maps every character of the text back to the HTML it came from', () => {
    const source = '<p>A &amp; B&nbsp;C</p>\r\n<ul>\n  <li>Item &#8220;one&#8221;</li>\n</ul>';
    const text = htmlText(source);
    expect(text.text).toBe('A & B C\n\n- Item “one”');
    const at = (s: string): string => source.slice(text.toOriginalStart(text.text.indexOf(s)), text.toOriginalEnd(text.text.indexOf(s) + s.length));
    expect(at('A & B')).toBe('A &amp; B');
    expect(at('Item “one”')).toBe('Item &#8220;one&#8221;');
  });

  it('reads the article: metadata, judgements and findings, and none of the page furniture', () => {
    expect(result.document).toMatchObject({
      kind: 'news-article',
      inspectorate: 'Ofsted',
      subject: 'Westbury',
      inspectionDates: { start: '2024-06-03', end: '2024-06-14' },
      publishedDate: '2024-07-11',
    });
    expect(result.judgements.map((j) => [j.area, j.grade, j.current])).toEqual([
      ['overall effectiveness', 'requires_improvement', true],
      ['overall effectiveness', 'good', false],
    ]);
    expect(result.findings.map((f) => [f.category, f.text.split(' ').slice(0, 4).join(' ')])).toEqual([
      ['strength', 'Children at risk of'],
      ['area_for_improvement', 'Too many children in'],
      ['area_for_improvement', 'Care leavers are not'],
      ['strength', 'Inspectors praised the “committed'],
    ]);
    const all = result.findings.map((f) => f.text).join('\n');
    expect(all).not.toMatch(/cookies|Share on|Related articles|newsletter|Cllr|gtag|rated outstanding in latest/i);
  });

  it('gives positions that slice back into the HTML source', () => {
    for (const item of [...result.findings, ...result.judgements]) {
      const { start, end } = item.position;
      const source = html.slice(start.offset, end.offset);
      expect(visible(source)).toContain(words(item.text).slice(0, 40));
      const lines = html.slice(0, start.offset).split('\n');
      expect(start.line).toBe(lines.length);
      expect(start.column).toBe((lines.at(-1) ?? '').length + 1);
    }
    const praised = result.findings.find((f) => f.text.startsWith('Inspectors praised')) as (typeof result.findings)[number];
    expect(html.slice(praised.position.start.offset, praised.position.end.offset)).toBe(
      'Inspectors praised the &#8220;committed and caring&#8221; workforce and said that senior leaders have a clear understanding of where practice needs to improve.',
    );
  });

  it('reads text that is HTML without an .html name', () => {
    const again = parse(html, { path: 'article.txt' });
    expect(again.findings.map((f) => f.text)).toEqual(result.findings.map((f) => f.text));
  });
});
