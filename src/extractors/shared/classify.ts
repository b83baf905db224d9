// Sorting one item or sentence by its own wording: strength or shortfall, ask or description,
// enforcement, prediction. Vocabulary lives in lexicon/polarity.ts.
import { GRADE_WORDS } from '../../lexicon/grades.js';
import { ASK_SENTENCE, ENFORCEMENT, IMPERATIVE_START, NEGATIVE, POSITIVE, wordsPattern } from '../../lexicon/polarity.js';
import type { Category } from '../../types.js';

const NEGATIVE_RE = wordsPattern(NEGATIVE);
const POSITIVE_RE = wordsPattern(POSITIVE);
const ASK_RE = wordsPattern(ASK_SENTENCE, 'i');
const ENFORCEMENT_RE = wordsPattern(ENFORCEMENT, 'i');
// An imperative verb, not a noun that looks like one ("Record keeping is ...", "Work has been ...").
const IMPERATIVE_RE = new RegExp(
  `^(?:(?:as a matter of urgency|urgently|in order to [^,]{0,80}),\\s*)?(?:${IMPERATIVE_START.join('|')})\\b(?!\\s+(?:has|have|had|is|are|was|were|will|can|may|keeping|of|to)\\b)`,
  'i',
);
const IMPERATIVE_AFTER_CLAUSE = new RegExp(`^[^.;]{3,120}?,\\s*(?:${IMPERATIVE_START.join('|')})\\s+(?:that|all|the|a|an|partners|children|there|care|staff|leaders|managers|social)\\b`, 'i');
const SUBJECT_ASK = /^[^.;:]{0,120}?\b(?<!\b(?:what|which|where|how)(?: \w+){0,2} )(?:should|must|needs? to|is to|are to)\s+(?!be able\b|have\b(?! (?:a|an|the|access)))\w+/i;
const CONCESSIVE = /^(?:despite|although|though|while|whilst|notwithstanding|even though|when|where|once|if|as)\b[^,]{3,200},\s*/i;
const RATING = new RegExp(`\\b(?:rated|graded|judged|upgraded|downgraded|branded|deemed|rating|grade)\\b[^.]{0,30}?['‘"“]?${GRADE_WORDS}['’"”]?`, 'gi');
const PREDICTION =
  /\b(?:could(?!\s+(?:not|find|see|hear|show|demonstrate|identify|evidence|explain)\b)|would|might|will|won['’]t|likely|unlikely|expects?|expected|expecting|anticipat\w*|hopes?|hoping|predict\w*|is set to|are set to|going to)\b/i;

export type Polarity = 'negative' | 'positive' | 'neutral';

const count = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;

/** Strength or shortfall. A concessive opening ("Despite the concerns, ...") does not count. */
export function polarity(text: string): Polarity {
  const main = text.replace(CONCESSIVE, '').replace(RATING, ' ');
  if (count(NEGATIVE_RE, main) > 0) return 'negative';
  if (count(POSITIVE_RE, main) > 0) return 'positive';
  return 'neutral';
}

/** An item whose main point is an ask: an imperative opening, or "X should/must ..." first. */
export function opensWithAsk(text: string): boolean {
  const first = text.replace(/^[\s\-–•*\d.)]+/, '').trim();
  return IMPERATIVE_RE.test(first) || IMPERATIVE_AFTER_CLAUSE.test(first) || SUBJECT_ASK.test(first.split(/(?<=[.!?])\s/)[0] ?? first);
}

/** A sentence that asks for something anywhere ("X should be improved", "Ofsted recommends"). */
export const asks = (text: string): boolean => ASK_RE.test(text);
export const isEnforcement = (text: string): boolean => ENFORCEMENT_RE.test(text);
export const isPrediction = (text: string): boolean => PREDICTION.test(text);

/** The category a neutral list gives an item: its own wording decides. */
export function categoryOfItem(text: string): Category {
  if (isEnforcement(text)) return 'priority_action';
  if (opensWithAsk(text)) return 'recommendation';
  return polarity(text) === 'negative' ? 'area_for_improvement' : 'strength';
}

/** Whether the sentence says nothing but a grade ("was rated inadequate overall in 2020"). */
export function onlyGrades(text: string): boolean {
  if (!new RegExp(GRADE_WORDS, 'i').test(text)) return false;
  const rest = text.replace(RATING, ' ').replace(new RegExp(GRADE_WORDS, 'gi'), ' ');
  return count(NEGATIVE_RE, rest) === 0 && count(POSITIVE_RE, rest) === 0;
}
