// The sentences that state a report's overall grade or a category of concern: "Children's
// services in Birmingham are inadequate", "The overall judgement is that children's services
// require improvement", "This is an inadequate school", "this school requires special
// measures", "The Local Safeguarding Children Board requires improvement", and the area SEND
// outcome ("arrangements typically lead to positive experiences and outcomes").
import { CELL_GRADE_WORDS, gradeOf, SEND_OUTCOMES } from '../../lexicon/grades.js';
import { defineRule, type Draft } from '../define.js';

const HEADLINES: readonly { readonly area: string; readonly pattern: RegExp; readonly current?: boolean }[] = [
  { area: 'overall effectiveness', pattern: new RegExp(`\\bchildren[’']s\\s+services\\s+in\\s+[A-Z][\\w\\s'’-]{1,60}?\\s+(?:are|is|remain|requires?)\\s+(?:now\\s+)?${CELL_GRADE_WORDS}\\b`, 'gi') },
  { area: 'overall effectiveness', pattern: /\boverall\s+judgement\s+is\s+that\s+(?:children[’']s\s+)?services\s+(?:are\s+|is\s+)?(requires?\s+improvement(?:\s+to\s+be\s+good)?|outstanding|good|inadequate|adequate)\b/gi },
  { area: 'overall effectiveness', pattern: new RegExp(`\\bThis\\s+is\\s+an?\\s+${CELL_GRADE_WORDS}\\s+(?:school|provider|college|setting|academy)\\b`, 'gi') },
  { area: 'overall effectiveness', pattern: /\bThis is an? (?:school|provider|college|setting) that (requires improvement)\b/gi },
  { area: 'effectiveness of the local safeguarding children board', pattern: new RegExp(`\\bThe\\s+(?:Local\\s+Safeguarding\\s+Children\\s+Board|LSCB)\\s+(?:is\\s+)?${CELL_GRADE_WORDS}\\b`, 'g') },
  { area: 'overall effectiveness', pattern: /\b(?:requires|require|placed in|put into|put in|is in|remains in|subject to)\s+(special\s+measures)\b/gi },
  { area: 'overall effectiveness', pattern: /\b(?:has|have|with)\s+(serious\s+weaknesses)\b/gi },
  { area: 'overall effectiveness', pattern: /\b(?:given|issued with|served with|requires)\s+(?:a\s+)?(notice\s+to\s+improve)\b/gi },
  // Monitoring visits name the grade that started them: "the third monitoring visit since the
  // local authority was judged inadequate in March 2023" (an earlier inspection's grade).
  { area: 'overall effectiveness', current: false, pattern: /\bmonitoring visit since the (?:local authority|council|school|provider|service|college)\s+was\s+(?:judged|found to be|rated)\s+(?:as\s+)?(inadequate|requires?\s+improvement(?:\s+to\s+be\s+good)?)\b/gi },
  // CQC: "The last rating for this service was good".
  { area: 'overall effectiveness', current: false, pattern: new RegExp(`\\b(?:last|previous)\\s+rating\\s+for\\s+this\\s+(?:service|location|practice|provider)\\s+was\\s+${CELL_GRADE_WORDS}\\b`, 'gi') },
];

export default defineRule({
  name: 'judgements/headline-grades',
  stage: 'judgements',
  description: 'Reads the sentences that state the overall grade, a category of concern, or the area SEND outcome.',
  run(doc): Draft[] {
    if (doc.meta.kind === 'news-article' || doc.meta.kind === 'web-page') return [];
    const found: Draft[] = [];
    for (const { area, pattern, current = true } of HEADLINES) {
      for (const m of doc.text.matchAll(pattern)) {
        const phrase = m.slice(1).find((g) => g !== undefined) ?? '';
        const grade = gradeOf(/^improvement$/i.test(phrase) ? 'requires improvement' : phrase);
        if (grade) found.push({ type: 'judgement', area, grade, current, start: m.index, end: m.index + m[0].length });
      }
    }
    for (const outcome of SEND_OUTCOMES) {
      const m = outcome.pattern.exec(doc.text);
      if (m) found.push({ type: 'judgement', area: 'inspection outcome', grade: outcome.grade, current: true, start: m.index, end: m.index + m[0].length });
    }
    return found;
  },
});
