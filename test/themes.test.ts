// The themes taxonomy: for every theme, findings (written in the style of the reports, not
// copied from them) that should and should not carry it; the last tests check that every theme
// has rows here, that the table is well formed and that its patterns run in linear time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_FAMILIES, THEMES, type ThemeFamily } from '../src/lexicon/themes.js';
import { parse } from '../src/parse.js';
import { themeFamilyOf, themesOf, themeText } from '../src/themes/assign.js';

interface ThemeCases {
  family: ThemeFamily | null;
  match: string[];
  miss: string[];
}

const CS: ThemeFamily = 'childrens-services';
const SCHOOLS: ThemeFamily = 'schools';
const CARE: ThemeFamily = 'care-providers';

const CASES: Record<string, ThemeCases> = {
  'thresholds-front-door': {
    family: CS,
    match: ['Partners do not consistently apply the threshold for a social care response.', 'Contacts into the MASH are screened promptly.', 'The front door is well managed.'],
    miss: ['Children are seen regularly by their social workers.', 'Staff mash the potatoes for lunch.'],
  },
  assessment: {
    family: CS,
    match: ['The quality of assessments is too variable.', 'Some children are left in unassessed situations.', 'Assessments lack analysis of risk.'],
    miss: ['Initial health assessments for children in care are not timely.', 'Caseloads in the duty and assessment teams are too high.', 'Some foster carer assessments take too long.'],
  },
  plans: {
    family: CS,
    match: ['Child protection plans lack clear timescales.', 'Contingency planning is weak.', 'Core groups do not progress plans.'],
    miss: ['Leaders have plans to address the shortage of carers.', 'Improvement plans focus on impact.', 'Some EHC plans are completed late.'],
  },
  'management-oversight': {
    family: CS,
    match: ['Management oversight of casework is not rigorous.', 'Supervision is regular and reflective.', 'Manager oversight of pre-proceedings is weak.'],
    miss: ['A supervision order was granted by the court.', 'Data are collected to inform management decisions.'],
  },
  'workforce-caseloads': {
    family: CS,
    match: ['Caseloads are too high in the assessment teams.', 'Staff turnover is high and the council relies on agency social workers.', 'The recruitment and retention of social workers is a challenge.'],
    miss: ['Children are visited regularly by their social workers.', 'The police workforce is well trained.'],
  },
  'changes-of-social-worker': {
    family: CS,
    match: ['Too many children have experienced repeated changes of social worker.', 'Children benefit from continuity of relationships with their social workers.', 'Children value having the same social worker.'],
    miss: ['Frequent changes in commissioner have weakened the role.', 'Social workers visit children regularly.'],
  },
  'placements-sufficiency': {
    family: CS,
    match: ['There are not enough foster carers to meet demand.', 'Some children are placed out of area in unregistered children’s homes.', 'Sufficiency of local placements is a challenge.'],
    miss: ['A placement order was made by the court.', 'Privately fostered children are not identified.'],
  },
  'permanence-adoption': {
    family: CS,
    match: ['Children wait too long to be matched with adopters.', 'Permanence is secured through special guardianship orders.', 'Early permanence is promoted.'],
    miss: ['Locum staff have been offered permanent contracts.', 'Children in care live in stable foster homes.'],
  },
  'care-leavers': {
    family: CS,
    match: ['Care leavers are well supported by personal advisers.', 'Pathway plans are not updated regularly.', 'Young people can stay put with their former foster carers.'],
    miss: ['Children in care attend good schools.', 'Early help services are well established.'],
  },
  'missing-exploitation': {
    family: CS,
    match: ['Children who go missing from home receive return home interviews.', 'Risks of child sexual exploitation are identified quickly.', 'Work to disrupt county lines activity is effective.', 'CSE risk assessments are completed.'],
    miss: ['Children are safeguarded effectively at home.', 'Chronologies are not used consistently.'],
  },
  'health-assessments': {
    family: CS,
    match: ['Initial health assessments are not completed quickly enough.', 'Care leavers do not have access to their health histories.', 'Dental checks are up to date.'],
    miss: ['Assessments of children’s needs are thorough.', 'Children are healthy and happy in their homes.'],
  },
  'life-story-work': {
    family: CS,
    match: ['Life-story work is not provided for all children in care.', 'Later life letters are written sensitively.', 'Children have a life story book.'],
    miss: ['Care plans are reviewed regularly.', 'Children’s stories are listened to by their carers.'],
  },
  'pre-proceedings-decisive-action': {
    family: CS,
    match: ['Pre-proceedings work lacks clarity about what needs to change.', 'The local authority is too slow to take decisive action when risks increase.', 'Care proceedings are timely.', 'Work under the PLO is well tracked.'],
    miss: ['The out-of-court disposal process is not always used well.', 'Children are protected by prompt strategy discussions.'],
  },
  'early-help': {
    family: CS,
    match: ['The early help offer is well established.', 'Families benefit from early intervention through family hubs.'],
    miss: ['Children receive help at an early stage.', 'Help for care leavers is timely.'],
  },
  'disabled-children': {
    family: CS,
    match: ['Disabled children receive timely short breaks.', 'The assessment of children with a disability is weak.'],
    miss: ['Provision for children with special educational needs and/or disabilities is weak.', 'Parents with a learning disability are supported well.'],
  },
  'homeless-16-17': {
    family: CS,
    match: ['The response to 16- and 17-year-olds who present as homeless is not good enough.', 'Young people aged 16 to 17 are not offered an assessment.'],
    miss: ['Care leavers live in suitable accommodation.', 'Children aged 6 to 7 are seen at school.'],
  },
  'send-ehc-plans': {
    family: CS,
    match: ['Education, health and care plans are not completed within 20 weeks.', 'The SEND local offer is hard to find.', 'Too many EHCPs are late.'],
    miss: ['Inspectors will send a letter to the council.', 'Disabled children receive short breaks.'],
  },
  'partnership-information-sharing': {
    family: CS,
    match: ['Multi-agency information sharing is effective.', 'The police attend strategy meetings.', 'The LSCB does not challenge partners.'],
    miss: ['The mother’s new partner was not assessed.', 'Children are seen alone by their social workers.'],
  },
  'leadership-quality-assurance': {
    family: CS,
    match: ['Senior leaders know their services well.', 'Quality assurance and audit activity is effective.', 'Elected members are committed corporate parents.'],
    miss: ['Team leaders are visible in the office.', 'Children’s plans are reviewed.'],
  },
  'performance-information': {
    family: CS,
    match: ['Performance information is not reliable.', 'Data are not routinely collected.', 'Management information is not easily available.'],
    miss: ['Adoption performance is inadequate.', 'Children are seen within timescales.'],
  },
  'child-protection-enquiries': {
    family: CS,
    match: ['Section 47 enquiries are timely.', 'Strategy discussions are well attended.', 'Child protection conferences are well chaired.'],
    miss: ['Child protection plans are reviewed.', 'The front door is effective.'],
  },
  'case-recording': {
    family: CS,
    match: ['Case recording is not always up to date.', 'Chronologies are not used consistently.'],
    miss: ['Children’s views are heard.', 'Social workers visit children regularly.'],
  },
  'emotional-mental-health': {
    family: CS,
    match: ['Children wait too long for CAMHS.', 'Emotional well-being needs are met.', 'Young people who self-harm are supported.'],
    miss: ['Health assessments are timely.', 'Children are emotionally warm towards their carers.'],
  },
  'education-of-children-in-care': {
    family: CS,
    match: ['Personal education plans are of poor quality.', 'The virtual school tracks progress well.', 'Too many looked after children do not do well enough at school.'],
    miss: ['Children’s plans are reviewed.', 'Education, health and care plans are late.'],
  },
  'domestic-abuse-neglect': {
    family: CS,
    match: ['Domestic abuse notifications are not assessed.', 'Children live with chronic neglect.'],
    miss: ['Children are safe at home.', 'Abusive language is not tolerated.'],
  },
  'private-fostering': {
    family: CS,
    match: ['Private fostering arrangements are not identified.', 'Privately fostered children are seen.'],
    miss: ['Foster carers are well trained.', 'Children in private schools are visited.'],
  },
  'voice-of-the-child': {
    family: CS,
    match: ['The voice of the child is clear in assessments.', 'Children participate in their reviews.', 'Children have access to advocacy.'],
    miss: ['Children are visited regularly.', 'The child protection conference was well chaired.'],
  },
  'school-curriculum-teaching': {
    family: SCHOOLS,
    match: ['Teaching is not good enough.', 'The curriculum is well planned.', 'Standards at the end of key stage 2 are low.'],
    miss: ['Attendance is poor.', 'Staff carry out risk assessments.'],
  },
  'school-behaviour-attendance': {
    family: SCHOOLS,
    match: ['Attendance and punctuality are poor.', 'Bullying is not tackled.', 'Low-level disruption interrupts learning.'],
    miss: ['Teaching is weak.', 'Governors challenge leaders.'],
  },
  'school-safeguarding': {
    family: SCHOOLS,
    match: ['Safeguarding is ineffective.', 'Pupils feel safe in school.', 'The single central record is incomplete.'],
    miss: ['Pupils make good progress in reading.', 'Leaders are ambitious for pupils.'],
  },
  'school-leadership-governance': {
    family: SCHOOLS,
    match: ['Governors do not challenge leaders.', 'The headteacher has taken effective action.', 'Trustees hold the school to account.'],
    miss: ['Pupils behave well.', 'Reading is taught well.'],
  },
  'school-early-years': {
    family: SCHOOLS,
    match: ['Provision in the early years is weak.', 'Children in Reception classes learn quickly.', 'The EYFS curriculum is broad.'],
    miss: ['Pupils in key stage 2 make progress.', 'The early help offer is strong.'],
  },
  'school-send': {
    family: SCHOOLS,
    match: ['Pupils with special educational needs make slow progress.', 'The SENCo knows pupils well.', 'Pupils with SEND are supported.'],
    miss: ['Pupils send letters home each week.', 'Pupils are polite.'],
  },
  'school-reading-literacy': {
    family: SCHOOLS,
    match: ['Pupils are underachieving in reading.', 'Phonics teaching is effective.', 'Literacy support is weak.'],
    miss: ['Mathematics teaching is weak.', 'Pupils attend regularly.'],
  },
  'school-disadvantaged': {
    family: SCHOOLS,
    match: ['Disadvantaged pupils do not achieve as well as others.', 'Pupil premium funding is used well.'],
    miss: ['The sports premium is used well.', 'Pupils achieve well in science.'],
  },
  'care-medicines': {
    family: CARE,
    match: ['Medicines were not stored safely.', 'People did not receive their medication on time.'],
    miss: ['Meals were served late.', 'The garden was well kept.'],
  },
  'care-staffing': {
    family: CARE,
    match: ['There were not enough staff on duty at night.', 'Nurses had not received training.'],
    miss: ['The home was clean.', 'People enjoyed their meals.'],
  },
  'care-planning': {
    family: CARE,
    match: ['Care plans did not reflect people’s needs.', 'Care was person-centred.'],
    miss: ['Food was nutritious.', 'The lounge was warm.'],
  },
  'care-dignity-respect': {
    family: CARE,
    match: ['People were not treated with dignity.', 'Staff were kind and caring.'],
    miss: ['Medicines were stored safely.', 'The building was old.'],
  },
  'care-food-hydration': {
    family: CARE,
    match: ['People were at risk of dehydration.', 'Meals were nutritious.'],
    miss: ['The lounge was cold.', 'Medicines were given on time.'],
  },
  'care-safety-environment': {
    family: CARE,
    match: ['The premises were not clean.', 'Risks of falls were not assessed.'],
    miss: ['The home falls short of the standard expected.', 'People enjoyed their meals.'],
  },
  'care-governance': {
    family: CARE,
    match: ['There was no system to monitor the quality of care.', 'The registered manager did not complete audits.'],
    miss: ['People were treated with dignity.', 'Meals were served hot.'],
  },
  'equality-diversity': {
    family: null,
    match: ['Assessments do not consider ethnicity, culture and religion.', 'Interpreters are used well.'],
    miss: ['Assessments are timely.', 'Pupils attend regularly.'],
  },
};

const rows = Object.entries(CASES).flatMap(([id, c]) => [
  ...c.match.map((text) => ({ id, family: c.family, text, expected: true })),
  ...c.miss.map((text) => ({ id, family: c.family, text, expected: false })),
]);

describe('themesOf: every theme on findings that should and should not carry it', () => {
  it.each(rows)('$id: $expected for "$text"', ({ id, family, text, expected }) => {
    expect(themesOf(text, family).includes(id)).toBe(expected);
  });
});

describe('the taxonomy table', () => {
  it('has rows in this test, matching and not matching, for every theme', () => {
    for (const theme of THEMES) {
      const c = CASES[theme.id];
      expect(c, theme.id).toBeDefined();
      expect(c?.match.length, theme.id).toBeGreaterThan(0);
      expect(c?.miss.length, theme.id).toBeGreaterThan(0);
    }
    expect(Object.keys(CASES).sort()).toEqual(THEMES.map((t) => t.id).sort());
  });

  it('has unique kebab-case ids, labels and known families', () => {
    const ids = THEMES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of THEMES) {
      expect(t.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(t.label.length).toBeGreaterThan(3);
      expect(t.families.length).toBeGreaterThan(0);
      for (const f of t.families) expect(THEME_FAMILIES).toContain(f);
    }
  });

  it('covers the themes the issue asks for', () => {
    const ids = THEMES.map((t) => t.id);
    for (const id of ['thresholds-front-door', 'assessment', 'plans', 'management-oversight', 'workforce-caseloads', 'changes-of-social-worker', 'placements-sufficiency', 'permanence-adoption', 'care-leavers', 'missing-exploitation', 'health-assessments', 'life-story-work', 'pre-proceedings-decisive-action', 'early-help', 'disabled-children', 'homeless-16-17', 'send-ehc-plans', 'partnership-information-sharing', 'leadership-quality-assurance', 'performance-information'])
      expect(ids).toContain(id);
    expect(THEMES.filter((t) => (t.families as readonly string[]).includes('schools')).length).toBeGreaterThanOrEqual(8);
    expect(THEMES.filter((t) => (t.families as readonly string[]).includes('care-providers')).length).toBeGreaterThanOrEqual(6);
  });

  // Linear time: no back-references, and no group repeated by *, + or {n,} (a quantifier may
  // follow a single character, a class or an escape, and `?` may follow a group).
  const sources = THEMES.flatMap((t) => [
    ...[...t.cues, ...('exclude' in t ? t.exclude : [])].map((source) => ({ id: t.id, source, cased: false })),
    ...('acronyms' in t ? t.acronyms : []).map((source) => ({ id: t.id, source, cased: true })),
  ]);
  it.each(sources)('$id: /$source/ compiles and has no repeated group or back-reference', ({ source, cased }) => {
    expect(() => new RegExp(source, 'iu')).not.toThrow();
    expect(source).not.toMatch(/\\[1-9]|\\k</);
    expect(source).not.toMatch(/\)(?:[*+]|\{\d*,)/);
    // Cues and exclusions meet lower-cased text: an upper-case letter in one could never match.
    if (!cased) expect(source).not.toMatch(/[A-Z]/);
    // A cue never matches the empty string (it would tag every finding).
    expect(new RegExp(`^(?:${source})$`, 'iu').test('')).toBe(false);
  });

  it('runs in linear time on long, repetitive text', () => {
    const hostile = `${'multi agency thresholds '.repeat(4000)}${'a-'.repeat(20000)}${' children’s'.repeat(5000)}`;
    const start = performance.now();
    const ids = themesOf(hostile);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(ids).toContain('thresholds-front-door');
  });
});

describe('themesOf', () => {
  it('gives ids in taxonomy order, each once', () => {
    const ids = themesOf('Thresholds are applied inconsistently in the MASH, and thresholds are not understood by partners; caseloads are high.', CS);
    const order = THEMES.map((t) => t.id as string);
    expect(ids).toEqual([...new Set(ids)]);
    expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(ids).toEqual(['thresholds-front-door', 'workforce-caseloads', 'partnership-information-sharing']);
  });

  it('tries only the family’s themes when a family is given', () => {
    const text = 'Teachers’ assessments of pupils’ progress are inaccurate.';
    expect(themesOf(text, SCHOOLS)).toContain('school-curriculum-teaching');
    expect(themesOf(text, SCHOOLS)).not.toContain('assessment');
    expect(themesOf(text, CS)).toContain('assessment');
    expect(themesOf(text, CS)).not.toContain('school-curriculum-teaching');
    expect(themesOf(text)).toEqual(expect.arrayContaining(['assessment', 'school-curriculum-teaching']));
  });

  it('finds a theme outside an excluded phrase in the same finding', () => {
    expect(themesOf('Improvement plans are in place, but child in need plans are weak.', CS)).toContain('plans');
  });

  it('reads hyphens, dashes, slashes and curly apostrophes as the cues expect', () => {
    expect(themeText('multi-agency  16–17 and/or children’s')).toBe("multi agency 16 17 and or children's");
    expect(themesOf('Multi‐agency work is strong.', CS)).toContain('partnership-information-sharing');
  });

  it('returns nothing for text without cues', () => {
    expect(themesOf('', CS)).toEqual([]);
    expect(themesOf('The weather was fine.', CS)).toEqual([]);
  });
});

describe('themeFamilyOf', () => {
  const meta = (inspectionType: string | null, title: string | null = null, inspectorate: string | null = null) => ({ inspectionType, title, inspectorate, subject: null });
  it.each([
    [meta('ILACS inspection'), 'childrens-services'],
    [meta('joint targeted area inspection'), 'childrens-services'],
    [meta('focused visit'), 'childrens-services'],
    [meta('school inspection'), 'schools'],
    [meta(null, 'Headteacher suspended at failing school'), 'schools'],
    [meta('care home inspection', null, 'CQC'), 'care-providers'],
    [meta(null, 'Nursing home criticised', 'CQC'), 'care-providers'],
    [meta(null, 'Inspection of Eastshire local authority children’s services'), 'childrens-services'],
    [meta('prison inspection', 'Brixton prison'), null],
  ] as const)('%j is %s', (m, family) => {
    expect(themeFamilyOf(m)).toBe(family);
  });
});

describe('parse fills themes[]', () => {
  it('tags the findings of a report with its family’s themes', () => {
    const input = readFileSync(new URL('../fixtures/series-wrenford/2023-ilacs-report.txt', import.meta.url));
    const result = parse(input, { path: '2023.txt' });
    const themes = (re: RegExp): string[] => result.findings.find((f) => re.test(f.text))?.themes ?? [];
    expect(themes(/thresholds/)).toContain('thresholds-front-door');
    expect(themes(/homeless/)).toEqual(['homeless-16-17']);
    expect(themes(/health assessments/)).toEqual(['health-assessments']);
    for (const f of result.findings) for (const id of f.themes) expect(id).not.toMatch(/^school-|^care-(?!leavers)/);
  });
});
