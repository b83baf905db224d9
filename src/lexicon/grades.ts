// Grade words of the scales inspectorates use, normalised to the values of ANNOTATION.md, and
// the judgement areas that reports name.

export interface GradeEntry {
  readonly grade: string;
  /** Source of a regular expression that matches the grade's wording (case-insensitive). */
  readonly words: string;
}

// Longer phrases first: "requires improvement to be good" before "good".
export const GRADES: readonly GradeEntry[] = [
  { grade: 'requires_improvement', words: "requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?|requiring\\s+improvement|required\\s+improvement|needs?\\s+improvement|requires\\s+improvement\\s+to" },
  { grade: 'special_measures', words: 'special\\s+measures' },
  { grade: 'serious_weaknesses', words: 'serious\\s+weaknesses' },
  { grade: 'notice_to_improve', words: 'notice\\s+to\\s+improve' },
  { grade: 'performs_excellently', words: 'performs?\\s+excellently|performing\\s+excellently' },
  { grade: 'performs_well', words: 'performs?\\s+well|performing\\s+well' },
  { grade: 'performs_adequately', words: 'performs?\\s+adequately|performing\\s+adequately' },
  { grade: 'performs_poorly', words: 'performs?\\s+poorly|performing\\s+poorly' },
  { grade: 'strong_standard', words: 'strong\\s+standard' },
  { grade: 'expected_standard', words: 'expected\\s+standard' },
  { grade: 'needs_attention', words: 'needs\\s+attention' },
  { grade: 'urgent_improvement', words: 'urgent\\s+improvement' },
  { grade: 'very_good', words: 'very\\s+good' },
  { grade: 'outstanding', words: 'outstanding' },
  { grade: 'inadequate', words: 'inadequate' },
  { grade: 'unsatisfactory', words: 'unsatisfactory' },
  { grade: 'satisfactory', words: 'satisfactory' },
  { grade: 'adequate', words: 'adequate' },
  { grade: 'excellent', words: 'excellent' },
  { grade: 'exceptional', words: 'exceptional' },
  { grade: 'good', words: 'good' },
  { grade: 'weak', words: 'weak' },
  { grade: 'poor', words: 'poor' },
];

/** Any grade's wording (a capturing group). */
export const GRADE_WORDS = `(${GRADES.map((g) => g.words).join('|')})`;

/**
 * The number of a point on a numbered scale written before its word (Care Inspectorate
 * Scotland: "4 - Good", "5 - Very Good"): optional, and not part of the captured grade.
 */
export const SCALE_POINT = '(?:[1-6]\\s*[-–]\\s*)?';

/** The four-point scale and its older siblings: the words a grade cell or a headline uses. */
export const CELL_GRADE_WORDS =
  `${SCALE_POINT}(requires\\s+improvement(?:\\s+to\\s+be\\s+good)?|requires\\s+improvement\\s+to|outstanding|good|inadequate|adequate|satisfactory|excellent|very\\s+good|weak|unsatisfactory|poor|exceptional|strong\\s+standard|expected\\s+standard|needs\\s+attention|urgent\\s+improvement)`;

/** The canonical grade of a grade phrase, or null. */
export function gradeOf(phrase: string): string | null {
  const t = phrase.toLowerCase().replace(/[‘’'"“”]/g, '').replace(/\s+/g, ' ').trim().replace(/^[1-6]\s*[-–]\s*(?=[a-z])/, '');
  for (const g of GRADES) if (new RegExp(`^(?:${g.words})$`, 'i').test(t)) return g.grade;
  return null;
}

/** Area SEND (2023) outcomes, from the sentence that states them. */
export const SEND_OUTCOMES: readonly { readonly grade: string; readonly pattern: RegExp }[] = [
  { grade: 'positive_experiences_and_outcomes', pattern: /arrangements typically lead to positive experiences and\s+outcomes/i },
  { grade: 'inconsistent_experiences_and_outcomes', pattern: /arrangements lead to inconsistent experiences and\s+outcomes/i },
  { grade: 'significant_concerns', pattern: /widespread and\/or systemic failings leading to significant\s+concerns/i },
];

/** Words that start the name of a judgement area in the frameworks' tables and headings. */
export const AREA_START =
  '(?:the\\s+)?(?:impact of leaders|experiences and progress|overall effectiveness|effectiveness of|quality of|leadership|children who need help|children looked after|adoption|experiences of care leavers|care leavers|personal development|behaviour and attitudes|outcomes for|early years|sixth[- ]form|capacity to improve|the local safeguarding children board|safe|effective|caring|responsive|well-led|curriculum|achievement|attendance|inclusion|overall experiences and progress|how well children|overall judgement)';

// "The experiences and progress of children in care: good", "... is inadequate", "... requires
// improvement to be good": a judgement heading, which also ends the section before it.
const JUDGEMENT_HEADING = new RegExp(
  `^${AREA_START}[^.]{0,160}?(?::|\\bis|\\bare|\\brequires?)\\s+${CELL_GRADE_WORDS}\\s*$`,
  'i',
);

// The grade a judgement heading ends with, tried first on the line's last characters: most
// lines end otherwise, and the whole pattern is dear on lines that open like an area.
const ENDS_IN_GRADE = new RegExp(`${CELL_GRADE_WORDS}\\s*$`, 'i');

export function isJudgementHeading(line: string): boolean {
  return line.length <= 220 && ENDS_IN_GRADE.test(line.slice(-80)) && JUDGEMENT_HEADING.test(line.replace(/\s+/g, ' ').trim());
}

// Short names that articles give the framework's areas, and the area they stand for.
export const AREA_ALIASES: readonly { readonly pattern: RegExp; readonly area: string }[] = [
  { pattern: /^(?:its |their )?work with children who need help and protection$/, area: 'experiences and progress of children who need help and protection' },
  { pattern: /^(?:its |their )?work with children in care and care leavers$/, area: 'experiences and progress of children in care and care leavers' },
  { pattern: /^(?:its |their )?work with children in care$/, area: 'experiences and progress of children in care' },
  { pattern: /^(?:its |their )?work with care leavers$/, area: 'experiences and progress of care leavers' },
  { pattern: /^(?:its |their )?(?:overall effectiveness|overall|overall rating|overall judgement)$/, area: 'overall effectiveness' },
  // CQC: "Overall rating for this service", and the five key questions ("Are services safe?").
  { pattern: /^overall rating for this (?:service|location|practice|provider|trust|hospital)$/, area: 'overall effectiveness' },
  { pattern: /^(?:is the (?:service|practice|location|provider|trust)|are services) safe$/, area: 'safe' },
  { pattern: /^(?:is the (?:service|practice|location|provider|trust)|are services) effective$/, area: 'effective' },
  { pattern: /^(?:is the (?:service|practice|location|provider|trust)|are services) caring$/, area: 'caring' },
  { pattern: /^(?:is the (?:service|practice|location|provider|trust)|are services) responsive(?: to people['’]s needs)?$/, area: 'responsive' },
  { pattern: /^(?:is the (?:service|practice|location|provider|trust)|are services) well-led$/, area: 'well-led' },
  // A grade of the last inspection, named by its row ("Previous inspection grade").
  { pattern: /^(?:previous|last) inspection (?:grade|judgement)$/, area: 'overall effectiveness' },
];

/** An area as ANNOTATION.md wants it: lower case, no leading "the" or numbering. */
export function normaliseArea(text: string): string {
  const area = text
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)/, '')
    .replace(/[:?\s–-]+$/, '')
    .trim()
    .toLowerCase()
    .replace(/[‘’]/g, '’')
    .replace(/^(?:the|its|their)\s+/, '');
  for (const alias of AREA_ALIASES) if (alias.pattern.test(area)) return alias.area;
  return area;
}
