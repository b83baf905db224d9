// Grade tables as pdftotext leaves them: an area's lines, then its grade on a line of its own
// ("The impact of leaders on social work / practice with children and families / Requires
// improvement to / be good"), or, with -layout, area and grade on one line split by a wide gap.
// "Overall effectiveness at previous inspection" gives an earlier inspection's grade.
import { CELL_GRADE_WORDS, gradeOf, normaliseArea } from '../../lexicon/grades.js';
import { defineRule, type Draft, type JudgementDraft } from '../define.js';

const CELL = new RegExp(`^(?:grade\\s*\\d\\s*\\(\\s*)?${CELL_GRADE_WORDS}\\)?(?:\\s*\\(grade\\s*\\d\\))?$`, 'i');
const ROW = new RegExp(`^(\\S.*?\\S)\\s{3,}${CELL_GRADE_WORDS}$`, 'i');
const NOT_AN_AREA = /^(?:judgements?|grades?|key|a service|inspection|the judgements|table|notes?)\b|[.;]$|\b(?:outstanding|inadequate|requires improvement|grade \d)\b/i;
const PREVIOUS = /\s*(?:at|in)\s+(?:the\s+)?(?:previous|last)\s+inspection\s*$/i;
// A row that names the earlier grade itself ("Previous inspection grade   Good").
const PREVIOUS_ROW = /^(?:previous|last)\s+inspection\s+(?:grade|judgement)$/i;

interface Line {
  text: string;
  start: number;
  end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part.trim(), start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

function judgement(areaText: string, gradeText: string, start: number, end: number): JudgementDraft | null {
  const grade = gradeOf(gradeText.replace(/^grade\s*\d\s*\(\s*|\)$|\s*\(grade\s*\d\)$/gi, '').replace(/\s+to$/i, ' to be good'));
  if (!grade) return null;
  const raw = areaText.replace(/\s+/g, ' ').trim();
  if (raw.length < 4 || raw.length > 160 || NOT_AN_AREA.test(raw)) return null;
  const current = !PREVIOUS.test(raw) && !PREVIOUS_ROW.test(raw);
  return { type: 'judgement', area: normaliseArea(raw.replace(PREVIOUS, '')), grade, current, start, end };
}

export default defineRule({
  name: 'judgements/grade-table',
  stage: 'judgements',
  description: 'Reads grade tables: area lines followed by a grade cell, or an area and grade on one line split by a wide gap.',
  run(doc): Draft[] {
    if (doc.meta.kind === 'news-article' || doc.meta.kind === 'web-page') return [];
    const lines = splitLines(doc.text);
    const found: Draft[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as Line;
      const row = ROW.exec(line.text);
      if (row) {
        // The area may go on below, on lines without a grade ("practice with children and families").
        let area = row[1] as string;
        let end = line.end;
        for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
          const next = lines[j] as Line;
          // Only a wrapped area goes on below ("practice with children and families").
          if (!/^[a-z]/.test(next.text) || /\s{3,}/.test(next.text) || CELL.test(next.text)) break;
          area += ` ${next.text}`;
          end = next.end;
        }
        const j = judgement(area, row[2] as string, line.start, end);
        if (j) found.push(j);
        continue;
      }
      if (!CELL.test(line.text)) continue;
      let gradeText = line.text;
      let end = line.end;
      const wrapped = lines[i + 1];
      if (/\bto$/i.test(gradeText) && wrapped && /^be good$/i.test(wrapped.text)) {
        gradeText += ' be good';
        end = wrapped.end;
      }
      // The area: the nearest lines above (past at most two blank lines), up to three of them.
      let k = i - 1;
      while (k >= 0 && k >= i - 3 && !(lines[k] as Line).text) k--;
      const areaLines: Line[] = [];
      while (k >= 0 && areaLines.length < 3 && (lines[k] as Line).text) {
        const above = lines[k] as Line;
        if (CELL.test(above.text) || ROW.test(above.text) || /^(?:judgement|grade)s?$/i.test(above.text)) break;
        // Lines above the area's first line belong to it only if it wraps on from them.
        const first = areaLines[0];
        if (first && !/^[a-z]/.test(first.text)) break;
        areaLines.unshift(above);
        k--;
      }
      // A wrapped area may finish below the grade ("2. Children looked after and achieving /
      // Requires improvement / permanence").
      const below = lines[i + 1];
      let tail = '';
      if (below && end === line.end && /^[a-z]/.test(below.text) && below.text.length < 60) tail = ` ${below.text}`;
      const first = areaLines[0];
      if (!first) continue;
      const j = judgement(areaLines.map((l) => l.text).join(' ') + tail, gradeText, first.start, end);
      if (j) found.push(j);
    }
    return found;
  },
});
