// Lists opened by a lead-in sentence ("Inspectors highlighted:", "Ofsted found:", "The areas
// requiring improvement highlighted by Ofsted were:", "Children's services in Hull require
// improvement because:"). The lead-in itself is not a finding.
import { leadInRole } from '../../lexicon/lead-ins.js';
import { flatten, sentences } from '../../util/text.js';
import { defineRule, type Draft } from '../define.js';
import { categoryUnder } from './section-items.js';

/** A short line of its own between items: a sub-heading, not prose. */
const isSubheading = (text: string): boolean => !text.includes('\n') && text.trim().length <= 90 && !/[.;:!?]["'”’]?$/.test(text.trim());

export default defineRule({
  name: 'findings/lead-in-lists',
  stage: 'findings',
  description: 'Takes the list items after a lead-in sentence ending in ":", categorised by the lead-in or by each item.',
  run(doc): Draft[] {
    const found: Draft[] = [];
    const blocks = doc.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      if (!block || block.kind === 'item' || !/:\s*$/.test(block.text)) continue;
      const flat = flatten(block.text);
      const last = sentences(flat).at(-1);
      const leadIn = last ? flat.slice(last.start, last.end) : flat;
      const role = leadInRole(leadIn);
      if (!role || role === 'stop') continue;
      const heading = leadIn.replace(/\s+/g, ' ').trim();
      // The items that follow, across sub-headings ("Quality of planning"), up to prose or a
      // heading the lexicon knows.
      for (let j = i + 1; j < blocks.length; j++) {
        const next = blocks[j];
        if (!next || next.section !== block.section) break;
        if (next.kind === 'item') {
          const category = categoryUnder(role, flatten(next.text));
          if (category) found.push({ type: 'finding', category, start: next.start, end: next.end, heading });
        } else if (!isSubheading(next.text)) break;
      }
    }
    return found;
  },
});
