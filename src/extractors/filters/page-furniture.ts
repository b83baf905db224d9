// Page furniture that survives into a findings section: copyright lines, "available at"
// notices, addresses, web links, "Page N of M", sign-offs and the letter's address block.
import { defineRule } from '../define.js';

const FURNITURE =
  /^(?:©|crown copyright|this (?:report|letter|document) (?:is|will be) (?:available|published)|if you would like a copy|you can (?:use|complain)|page \d+ of \d+|www\.|https?:\/\/|tel\b|t \d|e-?mail\b|yours (?:sincerely|faithfully)|copy:|cc:|her majesty|his majesty|piccadilly gate|agora|freshford house|store street|the office for standards)/i;
const SIGN_OFF = /\bYours\s+(?:sincerely|faithfully)\b/i;

// Where the letter is signed off, found once per document (the filter runs for every finding).
const signOffs = new Map<string, number>();
function signOffOf(text: string): number {
  let at = signOffs.get(text);
  if (at === undefined) {
    at = SIGN_OFF.exec(text)?.index ?? -1;
    if (signOffs.size > 8) signOffs.clear();
    signOffs.set(text, at);
  }
  return at;
}

export default defineRule({
  name: 'filters/page-furniture',
  stage: 'filter',
  description: "Drops copyright lines, notices, addresses, links and anything after a letter's sign-off.",
  reject(finding, doc) {
    const text = doc.text.slice(finding.start, finding.end).replace(/^[\s\-*\d.]+/, '');
    if (FURNITURE.test(text)) return 'page furniture';
    const signOff = signOffOf(doc.text);
    if (signOff >= 0 && doc.meta.kind === 'inspection-letter' && finding.start > signOff) return 'after the sign-off';
    return null;
  },
});
