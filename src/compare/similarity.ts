// Text similarity of two findings: the Dice coefficient over the sets of their content-word
// stems. Words are lower-cased, cut at anything that is not a letter or digit (curly and
// straight apostrophes end a word: "children’s" gives "children"), stemmed with the Porter
// stemmer (`stemmer` package), and dropped when they are stop words: function words, and the
// words every finding of the field uses ("children", "ensure", "improve", ...).
//
//   dice(A, B) = 2 |A ∩ B| / (|A| + |B|)      (0 when both are empty)
//
// 1 means the same content words, 0 none in common. Two findings are "similar" when they share
// a theme and their Dice coefficient is at least SIMILARITY_THRESHOLD.
import { stemmer } from 'stemmer';

/** The least Dice coefficient at which two findings that share a theme are the same point. */
// Chosen on a real series (one council's 2010 letter and the articles on its 2020 and 2022
// inspections): at 0.25 no pair of findings judged to make different points matched, while
// findings restating a point in many of the same words did. Paraphrases in other words fall
// below it; the theme view (ThemeTrack) still shows those themes as recurring.
export const SIMILARITY_THRESHOLD = 0.25;

const FUNCTION_WORDS =
  'a about above across after again against all almost also although always am among an and any are as at be because been before being below between both but by can could did do does doing done during each either enough even ever every for from further had has have having he her here hers him his how however i if in into is it its itself just least less may might more most much must my need needs neither no nor not now of off often on once one only or other others our out over own per rather same she should since so some such than that the their theirs them then there these they this those though through to too under until up upon very was we were what when where whether which while who whom whose why will with within without would yet you your already still sometimes always usually many few whilst s t';

// Words of the field that almost every finding uses: they say nothing about what it is about.
const FIELD_WORDS =
  'child children childrens young people person persons family families local authority authorities council councils service services ensure ensures ensuring improve improves improved improving improvement improvements make makes made good well better quality effective effectively consistently consistent sufficient sufficiently sure take taken takes work working works worked practice all area areas including include includes time timely';

const STOP = new Set([...FUNCTION_WORDS.split(' '), ...FIELD_WORDS.split(' ')]);

/** The content-word stems of a text, as a set. */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2 || STOP.has(word) || /^\d+$/.test(word)) continue;
    const stem = stemmer(word);
    if (!STOP.has(stem)) out.add(stem);
  }
  return out;
}

/** The Dice coefficient of two sets: 2|A ∩ B| / (|A| + |B|), 0 for two empty sets. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** The similarity of two texts: Dice over their content-word stems, rounded to 3 places. */
export function similarity(a: string, b: string): number {
  return Math.round(dice(stems(a), stems(b)) * 1000) / 1000;
}
