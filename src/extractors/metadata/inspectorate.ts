// The inspectorate: the body named most (Ofsted counts double: it leads the joint inspections
// it takes part in, whose letters name every partner inspectorate).
import { INSPECTORATES } from '../../lexicon/inspectorates.js';
import { defineRule, meta, type Draft } from '../define.js';

export default defineRule({
  name: 'metadata/inspectorate',
  stage: 'metadata',
  description: 'Names the inspectorate most mentioned, by its short form (Ofsted, CQC, Estyn, HMI Probation, ...).',
  run(doc): Draft[] {
    let best: string | null = null;
    let bestScore = 0;
    for (const entry of INSPECTORATES) {
      const count = doc.text.match(entry.pattern)?.length ?? 0;
      const score = count * entry.weight;
      if (score > bestScore) {
        best = entry.name;
        bestScore = score;
      }
    }
    if (best) return [meta('inspectorate', best)];
    return [{ type: 'diagnostic', severity: 'info', message: 'no inspectorate named in the text; document.inspectorate is null' }];
  },
});
