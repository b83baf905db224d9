// A sentence that only states a grade ("were rated inadequate overall in January 2020") is a
// judgement, not a finding.
import { defineRule } from '../define.js';
import { onlyGrades } from '../shared/classify.js';

export default defineRule({
  name: 'filters/grade-only',
  stage: 'filter',
  description: 'Drops sentences of news text that state a grade and nothing more.',
  reject(finding, doc) {
    if (finding.heading !== null) return null;
    return onlyGrades(doc.text.slice(finding.start, finding.end)) ? 'states only a grade' : null;
  },
});
