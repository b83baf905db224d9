// Findings lists under a heading that says what they are ("Strengths", "Areas for
// development", "What needs to improve?", "Recommendations", "Priority actions"...). One
// finding per list item (sub-points belong to their item). A section with no list gives one
// finding per sentence of its text, up to the next heading.
import type { Block, Section } from '../../pipeline/sectionise.js';
import type { Category } from '../../types.js';
import { parseDate } from '../../util/dates.js';
import { flatten, sentences } from '../../util/text.js';
import { defineRule, type Draft, type FindingDraft } from '../define.js';
import { asks, categoryOfItem, opensWithAsk } from '../shared/classify.js';

/** The category of one item or sentence under a heading of the given role. */
export function categoryUnder(role: Section['role'], text: string): Category | null {
  switch (role) {
    case 'strength':
    case 'meets_requirements':
    case 'recommendation':
    case 'priority_action':
      return role;
    case 'area_for_improvement':
      return opensWithAsk(text) ? 'recommendation' : 'area_for_improvement';
    case 'findings':
      return categoryOfItem(text);
    default:
      return null;
  }
}

function sentenceFindings(block: Block, role: Section['role'], heading: string): FindingDraft[] {
  const flat = flatten(block.text);
  const out: FindingDraft[] = [];
  for (const s of sentences(flat)) {
    const text = flat.slice(s.start, s.end);
    const category = categoryUnder(role, text);
    if (category) out.push({ type: 'finding', category, start: block.start + s.start, end: block.start + s.end, heading });
  }
  return out;
}

/**
 * A requirements table as pdftotext leaves it ("Requirement | Due date"): each row's text, then
 * its due date on a line of its own. One finding per row; text that no due date closes (the
 * section's preamble, under another sub-heading) is not a row. Null when there is no such table.
 * Rows are priority actions: statutory requirements with due dates.
 */
function dueDateRows(blocks: readonly Block[], section: Section): FindingDraft[] | null {
  const out: FindingDraft[] = [];
  let start: number | null = null;
  let end = 0;
  let heading: Section | null = null;
  for (const block of blocks) {
    if (block.heading !== heading) start = null;
    heading = block.heading;
    let at = block.start;
    for (const line of block.text.split('\n')) {
      const lineStart = at;
      at += line.length + 1;
      const bare = line.trim();
      if (/^(?:requirements?|due dates?|regulations?|actions?)$/i.test(bare)) {
        start = null; // the table's header row
      } else if (bare.length <= 24 && parseDate(bare.replace(/^by\s+/i, '')) !== null) {
        if (start !== null) out.push({ type: 'finding', category: 'priority_action', start, end, heading: section.title });
        start = null;
      } else if (bare) {
        start ??= lineStart;
        end = lineStart + line.length;
      }
    }
  }
  return out.length > 0 ? out : null;
}

export default defineRule({
  name: 'findings/section-items',
  stage: 'findings',
  description: 'Takes each list item (or, with no list, each sentence) under a findings heading, in the category the heading names.',
  run(doc): Draft[] {
    const found: Draft[] = [];
    // Group the blocks by the known heading they stand under.
    const groups = new Map<Section, Block[]>();
    for (const block of doc.blocks) {
      const section = block.section;
      if (!section || section.role === 'stop' || block.kind === 'heading') continue;
      const list = groups.get(section) ?? [];
      list.push(block);
      groups.set(section, list);
    }
    for (const [section, blocks] of groups) {
      const items = blocks.filter((b) => b.kind === 'item');
      if (items.length > 0) {
        // The list (or lists, between sub-headings) under the heading; a paragraph after it
        // ends the section (numbered narrative paragraphs are not findings), except a closing
        // ask under a recommendations list ("An external review ... should be undertaken").
        let listed = false;
        for (const [i, block] of blocks.entries()) {
          if (block.kind === 'item') {
            listed = true;
            const category = categoryUnder(section.role, flatten(block.text));
            if (category) found.push({ type: 'finding', category, start: block.start, end: block.end, heading: section.title });
          } else if (listed && section.role === 'recommendation' && block.heading === section && asks(block.text)) {
            found.push(...sentenceFindings(block, section.role, section.title));
          } else if (listed && blocks[i + 1]?.kind === 'item' && found.at(-1)?.type === 'finding') {
            // Prose between two items of a list is the first item going on past a page break.
            (found.at(-1) as FindingDraft).end = block.end;
          } else if (listed) break;
        }
        continue;
      }
      // A requirements table: one finding per row.
      const rows = section.role === 'priority_action' ? dueDateRows(blocks, section) : null;
      if (rows) {
        found.push(...rows);
        continue;
      }
      // No list: the text up to the first sub-heading, sentence by sentence.
      for (const block of blocks) {
        if (block.heading !== section) break;
        found.push(...sentenceFindings(block, section.role, section.title));
      }
    }
    return found;
  },
});
