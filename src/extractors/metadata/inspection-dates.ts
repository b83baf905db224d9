// The dates inspectors were on site: "Inspection dates: 17 September to 28 September 2018",
// "which was conducted on 23 and 24 November 2010", "Between 22 and 26 February 2016",
// "took place from 26 to 31 March 2023", an article's "inspected on May 14" (year from the
// article's date).
import { parseDateRange } from '../../util/dates.js';
import { defineRule, meta, type Draft } from '../define.js';

const LABELLED = /\bInspection dates?\s*:?[ \t]*\n?\s*([^\n]{4,90})/i;
const PROSE: readonly RegExp[] = [
  /\b(?:conducted|carried\s+out|took\s+place|undertaken|undertook|held|inspected)\s+(?:on|between|from)\s+([^.;]{4,80})/i,
  /\bBetween\s+(\d[^,.;]{4,60}?),/,
  /\b(?:inspected|visited)\s+(?:\w+\s+){0,3}?(?:between|from)\s+(\d[^.;]{4,60})/i,
  /\b(?:visit|inspection)\b[^.;]{0,80}?\bon\s+(\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:and|to|–|-)\s+\d{1,2}(?:st|nd|rd|th)?)?\s+[A-Z][a-z]+\s+\d{4})/,
  /\binspection\s+(?:took place|was carried out)?\s*(?:on|between|from)\s+([^.;]{4,60})/i,
  /\b(?:unannounced|surprise|snap)\s+(?:inspection|visit)[^.;]{0,40}?\s+on\s+([A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?)/,
  /\b(?:inspected|visited)\s+(?:\w+\s+){0,3}?on\s+([A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?)/,
];

export default defineRule({
  name: 'metadata/inspection-dates',
  stage: 'metadata',
  description: 'Takes the on-site dates from the "Inspection dates" label or a sentence that states them.',
  run(doc): Draft[] {
    const year = doc.meta.publishedDate ? Number(doc.meta.publishedDate.slice(0, 4)) : undefined;
    const labelled = LABELLED.exec(doc.text);
    if (labelled?.[1]) {
      const range = parseDateRange(labelled[1], year);
      if (range) return [meta('inspectionDates', range)];
    }
    for (const re of PROSE) {
      const m = re.exec(doc.text);
      if (!m?.[1]) continue;
      const range = parseDateRange(m[1], year);
      if (range) return [meta('inspectionDates', range)];
    }
    return [meta('inspectionDates', null)];
  },
});
