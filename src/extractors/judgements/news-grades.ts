// Grades as articles report them: "Ofsted has now rated it as inadequate", "The experiences
// and progress of children who need help and protection was rated inadequate", "graded 'Good'
// in its impact of leaders on ...", "upgraded to 'Requires Improvement'", "in special
// measures". No judgement from predictions ("could improve by one grade", "unlikely to be
// graded good"); grades of an earlier inspection are marked current: false.
import { AREA_START, GRADE_WORDS, gradeOf, normaliseArea } from '../../lexicon/grades.js';
import { defineRule, type Draft } from '../define.js';
import { isPrediction } from '../shared/classify.js';
import { newsSentences } from '../shared/news.js';

const Q = `['‘’"“”]?`;
const RATED = new RegExp(
  `\\b(?:rated|graded|judged|upgraded|downgraded|branded|deemed|found to|given|gave|rating of|verdict of|remains?|remained|is|are|was|were|now)\\s+(?:it\\s+|them\\s+)?(?:as\\s+|to\\s+(?:be\\s+)?|an?\\s+)?${Q}${GRADE_WORDS}${Q}`,
  'gi',
);
const STANDALONE = new RegExp(`(?:${Q}(requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?|inadequate|outstanding)${Q}\\s+(?:rating|grade|judgement)|\\b(?:in|into|requires?)\\s+(special\\s+measures)|\\bgrade\\s+4\\b|(?<!rated\\s|graded\\s|to\\s|as\\s|be\\s)\\b(requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?)(?!\\s+(?:rating|grade)))`, 'gi');
const AMBIGUOUS = /^(?:good|poor|weak|adequate|excellent|satisfactory|very good|exceptional|needs? improvement)$/i;
const PREVIOUS = /\b(?:previous(?:ly)?|last inspection|earlier inspection|prior|formerly|no longer|at the time of its previous|after ['‘’"“”]?\w+['’"”]? rating|two years after|since being rated|used to be)\b/i;
// "rated inadequate at its last inspection", "... previously" (not "an improvement on the previous rating").
const PREVIOUS_AFTER = /^\s*(?:overall\s+)?(?:at|in|during|by|after|following)\s+(?:the|its|their|a)\s+(?:previous|last|earlier|prior)\b|^\s*(?:overall\s+)?previously\b/i;
const AREA_AFTER = /^\s*in\s+(?:its\s+|their\s+)?(.+?)(?=,(?!\s+(?:and\s+)?(?:its|their)\b)|\s+but\b|\s+while\b|\.|$)/i;
const AREA_BEFORE = new RegExp(`^(${AREA_START}[^,.]{0,140}?)(?:\\s+(?:was|were|is|are|has been|have been))?(?:\\s+(?:rated|graded|judged|found to|requires?|now))?\\s*$`, 'i');

export default defineRule({
  name: 'judgements/news-grades',
  stage: 'judgements',
  description: 'Reads grades that news text reports ("rated inadequate", "graded \'Good\' in its ..."), skipping predictions.',
  run(doc): Draft[] {
    if (doc.meta.kind !== 'news-article' && doc.meta.kind !== 'web-page') return [];
    const found: Draft[] = [];
    const title = doc.meta.title;
    const units = newsSentences(doc).filter((s) => s.voice !== 'other').map((s) => ({ text: s.text, start: s.start, end: s.end }));
    if (title) {
      const at = doc.text.indexOf(title.split(/\s+/)[0] ?? title);
      if (at >= 0) units.unshift({ text: title, start: at, end: at + title.length });
    }
    for (const unit of units) {
      if (isPrediction(unit.text)) continue;
      const previous = PREVIOUS.test(unit.text);
      const overallTaken = new Set<string>();
      const mentions = [...unit.text.matchAll(RATED), ...unit.text.matchAll(STANDALONE)].sort((a, b) => a.index - b.index);
      for (const m of mentions) {
        const phrase = (m.slice(1).find((g) => g !== undefined) ?? '').trim();
        const quoted = /['‘’"“”]/.test(m[0]);
        const verb = /^(?:rated|graded|judged|upgraded|downgraded|branded|deemed|found|rating|verdict)/i.test(m[0]);
        if (AMBIGUOUS.test(phrase) && !quoted && !verb) continue;
        const grade = /grade\s+4/i.test(m[0]) ? 'inadequate' : gradeOf(phrase);
        if (!grade) continue;
        const after = unit.text.slice(m.index + m[0].length);
        const before = unit.text.slice(0, m.index);
        const isPrevious =
          previous && !/\bnow\s+(?:\w+\s+)?$/i.test(before) && (PREVIOUS.test(before) || PREVIOUS_AFTER.test(after.slice(0, 60)));
        const areas: string[] = [];
        const inArea = AREA_AFTER.exec(after);
        if (inArea && !/^(?:\d|january|february|march|april|may|june|july|august|september|october|november|december|the (?:report|inspection)|its first|a |an )/i.test(inArea[1] as string)) {
          for (const part of (inArea[1] as string).split(/,?\s+and\s+(?:its|their)\s+|,\s+(?:its|their)\s+/)) areas.push(normaliseArea(part));
        } else {
          const subject = AREA_BEFORE.exec(before.trim());
          if (subject) areas.push(normaliseArea(subject[1] as string));
        }
        if (areas.length === 0) {
          // One overall grade per sentence and time ("branded it 'inadequate' and 'requiring
          // improvement'" names one grade); a category of concern comes beside it.
          const key = isPrevious ? 'previous' : 'current';
          if (overallTaken.has(key) && grade !== 'special_measures') continue;
          if (grade !== 'special_measures') overallTaken.add(key);
          areas.push('overall effectiveness');
        }
        for (const area of areas)
          found.push({ type: 'judgement', area, grade, current: !isPrevious, start: unit.start, end: unit.end });
      }
    }
    return found;
  },
});
