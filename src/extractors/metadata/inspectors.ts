// The inspectors named: "Lead inspector: Anna Gravelle, His Majesty's Inspector", "Reporting
// inspector Gary Lamb HMI", a letter signed "Nicholas McMullen / Her Majesty's Inspector", a
// school's team "Lorraine Lord, lead inspector".
import { defineRule, meta, type Draft } from '../define.js';

// The words of a name stand on one line: "Lead inspector: Alex Example" then a blank line and
// "What needs to improve" must not read as a name of four words.
const NAME = "([A-Z][a-zA-Z'’-]+(?:[ \\t]+[A-Z][a-zA-Z'’-]+){1,3})";
const PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:Lead|Reporting|Deputy lead|Social care regulatory|Regulatory) inspector\\s*:?\\s*${NAME}`, 'g'),
  new RegExp(`^${NAME}\\s*\\n\\s*(?:Her|His) Majesty[’']s Inspector`, 'gm'),
  new RegExp(`^${NAME},?\\s+(?:HMI|Ofsted Inspector|Her Majesty[’']s Inspector|His Majesty[’']s Inspector|[Ll]ead inspector)\\b`, 'gm'),
];

export default defineRule({
  name: 'metadata/inspectors',
  stage: 'metadata',
  description: 'Lists the inspectors named as lead, reporting or signing inspector.',
  run(doc): Draft[] {
    const names = new Set<string>();
    for (const re of PATTERNS)
      for (const m of doc.text.matchAll(re)) {
        const name = (m[1] as string).replace(/\s+(?:HMI|Her|His)$/, '').trim();
        if (!/\b(?:Inspector|Ofsted|Care|Quality|Commission)\b/.test(name)) names.add(name);
      }
    return [meta('inspectors', [...names])];
  },
});
