// Every extractor rule, in the order they run. Metadata first (later rules read it), then
// judgements, then findings; filters veto findings. Where two finding rules claim the same
// text, the one listed first wins (assemble.ts): lists before sentence rules.
import type { AnyRule } from './define.js';
import gradeOnly from './filters/grade-only.js';
import leadIns from './filters/lead-ins.js';
import pageFurniture from './filters/page-furniture.js';
import predictions from './filters/predictions.js';
import leadInLists from './findings/lead-in-lists.js';
import newsSentences from './findings/news-sentences.js';
import sectionItems from './findings/section-items.js';
import gradeTable from './judgements/grade-table.js';
import headlineGrades from './judgements/headline-grades.js';
import judgementHeadings from './judgements/judgement-headings.js';
import newsGrades from './judgements/news-grades.js';
import documentKind from './metadata/document-kind.js';
import inspectionDates from './metadata/inspection-dates.js';
import inspectionType from './metadata/inspection-type.js';
import inspectorate from './metadata/inspectorate.js';
import inspectors from './metadata/inspectors.js';
import publishedDate from './metadata/published-date.js';
import subject from './metadata/subject.js';
import title from './metadata/title.js';

export const RULES: readonly AnyRule[] = [
  documentKind,
  inspectorate,
  inspectionType,
  title,
  subject,
  publishedDate,
  inspectionDates,
  inspectors,
  gradeTable,
  judgementHeadings,
  headlineGrades,
  newsGrades,
  sectionItems,
  leadInLists,
  newsSentences,
  leadIns,
  pageFurniture,
  predictions,
  gradeOnly,
];
