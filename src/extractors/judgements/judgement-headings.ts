// Section headings that carry their grade: "The experiences and progress of children in care:
// good", "The experiences and progress of children who need help and protection is inadequate".
import { CELL_GRADE_WORDS, gradeOf, isJudgementHeading, normaliseArea } from '../../lexicon/grades.js';
import { defineRule, type Draft } from '../define.js';

const PREVIOUS = /\s+(?:at|in)\s+(?:the\s+)?(?:previous|last)\s+inspection$/i;
const SPLIT = new RegExp(`^(.*?)(?::|\\s+is|\\s+are|\\s+(?=requires?\\b))\\s+${CELL_GRADE_WORDS}\\s*$`, 'i');

export default defineRule({
  name: 'judgements/judgement-headings',
  stage: 'judgements',
  description: 'Reads headings that state an area and its grade ("... children in care: good").',
  run(doc): Draft[] {
    if (doc.meta.kind === 'news-article' || doc.meta.kind === 'web-page') return [];
    const found: Draft[] = [];
    for (const block of doc.blocks) {
      if (block.kind !== 'heading') continue;
      const line = block.text.replace(/\s+/g, ' ').trim();
      if (!isJudgementHeading(line)) continue;
      const m = SPLIT.exec(line);
      const grade = m ? gradeOf((m[2] as string).replace(/\s+to$/i, ' to be good')) : null;
      if (!m || !grade) continue;
      // "Overall judgement at last inspection: good" gives the earlier inspection's grade.
      const area = (m[1] as string).trim();
      const current = !PREVIOUS.test(area);
      found.push({ type: 'judgement', area: normaliseArea(area.replace(PREVIOUS, '')), grade, current, start: block.start, end: block.end });
    }
    return found;
  },
});
