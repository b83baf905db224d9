// The kind of inspection, from the title or labels that name it (lexicon/inspectorates.ts).
import { INSPECTION_TYPES } from '../../lexicon/inspectorates.js';
import { defineRule, meta, type Draft } from '../define.js';

export default defineRule({
  name: 'metadata/inspection-type',
  stage: 'metadata',
  description: 'Names the kind of inspection (ILACS, SIF, focused visit, JTAI, area SEND, school, ...) from its title.',
  run(doc): Draft[] {
    const head = doc.text.slice(0, 5000);
    const found = INSPECTION_TYPES.find((t) => t.pattern.test(head)) ?? INSPECTION_TYPES.find((t) => t.pattern.test(doc.text));
    return found ? [meta('inspectionType', found.type)] : [];
  },
});
