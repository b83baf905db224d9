// A lead-in ("Inspectors highlighted:", "the local authority should take the following
// action.") introduces findings; it is not one.
import { defineRule } from '../define.js';

const LEAD_IN = /:\s*$|\bthe\s+following\s+(?:actions?|areas?|recommendations?|improvements?|steps)\s*[.:]?\s*$|\bshould\s+take\s+the\s+following\b/i;

export default defineRule({
  name: 'filters/lead-ins',
  stage: 'filter',
  description: 'Drops lead-in sentences that introduce a list.',
  reject(finding, doc) {
    return LEAD_IN.test(doc.text.slice(finding.start, finding.end).trim()) ? 'lead-in' : null;
  },
});
