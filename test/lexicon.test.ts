// The vocabulary tables (src/lexicon): for each family of entries, strings that map as they
// should and near misses that must not. A new row belongs here with its example.
import { describe, expect, it } from 'vitest';
import { CELL_GRADE_WORDS, gradeOf, isJudgementHeading, normaliseArea, SEND_OUTCOMES } from '../src/lexicon/grades.js';
import { headingKey, headingRole, type HeadingRole } from '../src/lexicon/headings.js';
import { INSPECTION_TYPES, INSPECTORATES } from '../src/lexicon/inspectorates.js';
import { leadInRole } from '../src/lexicon/lead-ins.js';

describe('headings: each role', () => {
  const ROLES: Record<HeadingRole, { maps: string[]; misses: string[] }> = {
    strength: {
      maps: [
        'Strengths',
        'Key strengths',
        "The local authority's strengths",
        'The school has the following strengths',
        'What is the area partnership doing that is effective?',
        'What is working well?',
        'Good practice',
        'This is a good school.',
        'What the school does well',
      ],
      misses: ['Strengths and weaknesses of the data', 'Strength of leadership'],
    },
    meets_requirements: {
      maps: ['The service meets the requirements of statutory guidance in the following areas', 'Areas that meet statutory requirements'],
      misses: ['The service meets most requirements'],
    },
    area_for_improvement: {
      maps: [
        'Areas for development',
        'Areas for improvement',
        'Areas of significant weakness',
        'Weaknesses',
        'Causes of concern',
        'Cause of concern 1',
        'Area for improvement 2',
        'What does the area partnership need to do better?',
        'What is not working well?',
        'This is a school that requires improvement.',
      ],
      misses: ['Areas for improvement were agreed with the council', 'Area for improvement 123'],
    },
    priority_action: {
      maps: [
        'Areas for priority action',
        'Priority actions',
        'Immediate action',
        'Statutory requirements',
        'Enforcement action',
        'Action we have told the provider to take',
        'Action the service MUST take to improve',
        'Action the trust must take to improve',
      ],
      misses: ['Priority action was taken by the police', 'Requirements for care services'],
    },
    recommendation: {
      maps: [
        'Recommendations',
        'What needs to improve?',
        'What needs to improve?1',
        'What needs to improve in this area of social work practice?',
        'What does the school need to do to improve?',
        "What does the children's home need to improve?",
        'What does the provider need to do to improve?',
        'Actions required',
        'The registered person should take the following action',
        'Action the service SHOULD take to improve',
        'Recommendation 3',
      ],
      misses: ['Recommendations from the previous inspection have been met', 'What needs to improve is clear'],
    },
    findings: { maps: [], misses: [] },
    stop: {
      maps: [
        'Executive summary',
        'Headline findings',
        'Next steps',
        'Information about this inspection',
        'Inspection judgements',
        'Areas covered by the visit',
        'Key messages',
        'Findings and evaluation of progress',
        'Previous area for improvement 1',
        'What the service has done to meet any areas for improvement we made at or since the last inspection',
      ],
      misses: ['Summary of the local authority budget position in 2023 and beyond'],
    },
  };
  for (const [role, { maps, misses }] of Object.entries(ROLES) as [HeadingRole, { maps: string[]; misses: string[] }][]) {
    if (maps.length === 0) continue;
    it(`${role}: examples map, near misses do not`, () => {
      for (const heading of maps) expect(headingRole(heading), heading).toBe(role);
      for (const heading of misses) expect(headingRole(heading), heading).not.toBe(role);
    });
  }

  it('compares headings in one folded form: numbering, footnote digits, leaders and colons go', () => {
    expect(headingKey('2.1  Areas for Development:')).toBe('areas for development');
    expect(headingKey('What needs to improve?1')).toBe('what needs to improve?');
    expect(headingKey('Recommendations ........ 12')).toBe('recommendations');
    expect(headingRole('Strengths and areas for development in the local authority’s approach to early help')).toBeNull();
  });
});

describe('lead-ins: each role', () => {
  const LEAD_INS: [string, HeadingRole | null][] = [
    ['The areas requiring improvement highlighted by Ofsted were:', 'area_for_improvement'],
    ['the following areas of significant weakness:', 'area_for_improvement'],
    ["The school's prospects for improvement are unsatisfactory because:", 'area_for_improvement'],
    ['Children’s services in Hull require improvement because:', 'area_for_improvement'],
    ['It is good because:', 'strength'],
    ['The sixth form is excellent because:', 'strength'],
    ['The areas where the provider should make improvements are:', 'recommendation'],
    ['Ofsted recommended that the council:', 'recommendation'],
    ['The areas where the provider must make improvements are:', 'priority_action'],
    ['The council must take the following action:', 'priority_action'],
    ["The school's current performance is adequate because:", 'findings'],
    ['Inspectors highlighted:', 'findings'],
    // Near misses: no colon, or not a lead-in at all.
    ['Inspectors highlighted the work of the team.', null],
    ['The areas where the provider must make improvements are', null],
    ['Opening hours:', null],
  ];
  it.each(LEAD_INS)('%s -> %s', (sentence, role) => {
    expect(leadInRole(sentence)).toBe(role);
  });
});

describe('grades: each scale', () => {
  const SCALES: Record<string, { maps: [string, string][]; misses: string[] }> = {
    'Ofsted four-point scale': {
      maps: [['Outstanding', 'outstanding'], ['Good', 'good'], ['Requires improvement to be good', 'requires_improvement'], ['requires improvement', 'requires_improvement'], ['Inadequate', 'inadequate']],
      misses: ['requires', 'good practice', 'not inadequate'],
    },
    'categories of concern': {
      maps: [['special measures', 'special_measures'], ['serious weaknesses', 'serious_weaknesses'], ['notice to improve', 'notice_to_improve']],
      misses: ['special measure', 'weaknesses'],
    },
    'children’s services assessment (2009-11)': {
      maps: [['performs excellently', 'performs_excellently'], ['performing well', 'performs_well'], ['performs adequately', 'performs_adequately'], ['performs poorly', 'performs_poorly']],
      misses: ['performs', 'performing better'],
    },
    'school report card (2025)': {
      maps: [['Exceptional', 'exceptional'], ['Strong standard', 'strong_standard'], ['Expected standard', 'expected_standard'], ['Needs attention', 'needs_attention'], ['Urgent improvement', 'urgent_improvement']],
      misses: ['standard', 'strong', 'attention'],
    },
    'Estyn (before 2022) and older scales': {
      maps: [['Excellent', 'excellent'], ['Good', 'good'], ['Adequate', 'adequate'], ['Unsatisfactory', 'unsatisfactory'], ['Satisfactory', 'satisfactory'], ['Poor', 'poor']],
      misses: ['adequately', 'unsatisfactorily'],
    },
    'Care Inspectorate Scotland six-point scale': {
      maps: [['6 - Excellent', 'excellent'], ['5 - Very Good', 'very_good'], ['4 - Good', 'good'], ['3 - Adequate', 'adequate'], ['2 - Weak', 'weak'], ['1 - Unsatisfactory', 'unsatisfactory']],
      misses: ['7 - Good', '4 -', 'Not assessed'],
    },
  };
  for (const [scale, { maps, misses }] of Object.entries(SCALES)) {
    it(`${scale}: words map to ANNOTATION.md values, near misses do not`, () => {
      for (const [words, grade] of maps) expect(gradeOf(words), words).toBe(grade);
      for (const words of misses) expect(gradeOf(words), words).toBeNull();
    });
  }

  it('grade cells: the words a table cell may hold, with or without a scale point', () => {
    const cell = new RegExp(`^${CELL_GRADE_WORDS}$`, 'i');
    for (const words of ['Requires improvement', 'Good', '5 - Very Good', 'Needs attention', 'Exceptional']) expect(cell.test(words), words).toBe(true);
    for (const words of ['Met', 'Not assessed', 'Goodwill']) expect(cell.test(words), words).toBe(false);
  });

  it('area SEND outcomes (2023): each outcome from its sentence', () => {
    const sentences = [
      'The local area partnership’s SEND arrangements typically lead to positive experiences and outcomes for children',
      'The local area partnership’s arrangements lead to inconsistent experiences and outcomes for children',
      'There are widespread and/or systemic failings leading to significant concerns about the experiences',
    ];
    expect(sentences.map((s) => SEND_OUTCOMES.find((o) => o.pattern.test(s))?.grade)).toEqual([
      'positive_experiences_and_outcomes',
      'inconsistent_experiences_and_outcomes',
      'significant_concerns',
    ]);
    expect(SEND_OUTCOMES.some((o) => o.pattern.test('Outcomes for children are positive'))).toBe(false);
  });

  it('judgement headings: an area and its grade on one line', () => {
    expect(isJudgementHeading('The experiences and progress of children in care: good')).toBe(true);
    expect(isJudgementHeading('Overall experiences and progress of children and young people: requires improvement to be good')).toBe(true);
    expect(isJudgementHeading('How well children and young people are helped and protected: inadequate')).toBe(true);
    expect(isJudgementHeading('Overall judgement at last inspection: good')).toBe(true);
    expect(isJudgementHeading('Children said the food is good')).toBe(false);
  });

  it('areas: named as the report names them, aliases folded', () => {
    expect(normaliseArea('The quality of education')).toBe('quality of education');
    expect(normaliseArea('1.1 Governance and leadership')).toBe('governance and leadership');
    expect(normaliseArea('How good is our leadership?')).toBe('how good is our leadership');
    expect(normaliseArea('Overall rating for this service')).toBe('overall effectiveness');
    expect(normaliseArea('Previous inspection grade')).toBe('overall effectiveness');
    expect(normaliseArea('Are services safe?')).toBe('safe');
    expect(normaliseArea('Is the service well-led?')).toBe('well-led');
    expect(normaliseArea("Are services responsive to people's needs?")).toBe('responsive');
    expect(normaliseArea('Are services safer than last year?')).toBe('are services safer than last year');
  });
});

describe('inspectorates: each one', () => {
  const NAMES: [string, string, string][] = [
    // name, a mention, a near miss that names nobody
    ['Ofsted', 'Ofsted inspectors visited', 'Ofstedian'],
    ['CQC', 'the Care Quality Commission rated', 'CQCs'],
    ['Estyn', 'Estyn, Her Majesty’s Inspectorate for Education and Training in Wales', 'Estynia'],
    ['HMI Probation', 'HM Inspectorate of Probation', 'the probation officer'],
    ['HMI Prisons', 'HM Inspectorate of Prisons', 'the prisons minister'],
    ['HMICFRS', 'His Majesty’s Inspector of Constabulary', 'the constable'],
    ['Care Inspectorate', 'the Care Inspectorate evaluated', 'care inspection'],
    ['Education Scotland', 'Education Scotland inspectors', 'education in Scotland'],
    ['HIQA', 'Health Information and Quality Authority', 'HIQAs'],
  ];
  it('every inspectorate in the table has an example', () => {
    expect(INSPECTORATES.map((e) => e.name).sort()).toEqual(NAMES.map(([n]) => n).sort());
  });
  it.each(NAMES)('%s: "%s" names it, "%s" does not', (name, mention, miss) => {
    const entry = INSPECTORATES.find((e) => e.name === name);
    expect(entry).toBeDefined();
    const re = new RegExp((entry as (typeof INSPECTORATES)[number]).pattern.source, 'i');
    expect(re.test(mention)).toBe(true);
    expect(INSPECTORATES.some((e) => new RegExp(e.pattern.source, 'i').test(miss))).toBe(false);
  });
});

describe('inspection types: each one', () => {
  const typeOf = (text: string): string | null => INSPECTION_TYPES.find((t) => t.pattern.test(text))?.type ?? null;
  const TYPES: [string, string, string][] = [
    // type, a title or label that names it, a near miss
    ['joint targeted area inspection', 'Joint targeted area inspection of the multi-agency response', 'a joint inspection of targeted services'],
    ['area SEND inspection', 'Joint local area SEND inspection in Wessex', 'SEND provision in the area'],
    ['focused visit', 'Focused visit to Eastmoor children’s services', 'a visit focused on leaving care'],
    ['monitoring visit', 'Monitoring visit to Northvale children’s services', 'visits to monitor progress'],
    ['unannounced inspection', 'Annual unannounced inspection of contact, referral and assessment arrangements', 'an unannounced visit'],
    ['ILACS inspection', 'Inspection of Barnsley local authority children’s services', 'children’s services are inspected'],
    ['SIF inspection', 'Inspection of services for children in need of help and protection', 'services for children in need'],
    ['looked after children inspection', 'Inspection of looked after children services', 'looked after children were seen'],
    ['safeguarding and looked after children inspection', 'Inspection of safeguarding and looked after children services', 'safeguarding children'],
    ['school inspection', 'School report\nRounds Green Primary School', 'the school reported'],
    ['children’s home inspection', 'Children’s home inspection - Full', 'a children’s home'],
    ['further education inspection', 'using the further education and skills inspection handbook', 'further education colleges'],
    ['prison inspection', 'Report on an unannounced inspection of HMP Brixton', 'prison reform'],
    ['care home inspection', 'the care home was inspected in May', 'the home care service'],
    ['school report card inspection', 'Brambleside Academy report card', 'a report card for the council'],
    ['youth offending service inspection', 'An inspection of youth offending services in Westshire', 'youth offending rates'],
    ['probation service inspection', 'An inspection of probation services in Westshire', 'probation services'],
    ['PEEL inspection', 'PEEL: Police effectiveness, efficiency and legitimacy', 'peel the potatoes'],
    ['comprehensive inspection', 'We carried out an announced comprehensive inspection at Dr Patel and Partners', 'a comprehensive report'],
    ['care service inspection', 'Westfield House\nCare Home Service\n12 Kirk Road', 'our care home service users'],
  ];
  it('every inspection type in the table has an example', () => {
    expect([...new Set(INSPECTION_TYPES.map((t) => t.type))].sort()).toEqual([...new Set(TYPES.map(([t]) => t))].sort());
  });
  it.each(TYPES)('%s: named by "%s", not by "%s"', (type, example, miss) => {
    expect(typeOf(example)).toBe(type);
    expect(typeOf(miss)).not.toBe(type);
  });
  it('Estyn reports ("A report on" a school) are school inspections', () => {
    expect(typeOf('A report on\nYsgol Bryn Derw\nHeol y Bryn')).toBe('school inspection');
    expect(typeOf('A report on\nthe council’s finances')).toBeNull();
  });
});
