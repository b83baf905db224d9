// Page furniture that survives into a findings section: copyright lines, "available at"
// notices, addresses, web links, "Page N of M", sign-offs and the letter's address block.
import { type Doc, defineRule } from '../define.js';

const FURNITURE =
  /^(?:©|crown copyright|this (?:report|letter|document) (?:is|will be) (?:available|published)|if you would like a copy|you can (?:use|complain)|page \d+ of \d+|www\.|https?:\/\/|tel\b|t \d|e-?mail\b|yours (?:sincerely|faithfully)|copy:|cc:|her majesty|his majesty|piccadilly gate|agora|freshford house|store street|the office for standards)/i;
const SIGN_OFF = /\bYours\s+(?:sincerely|faithfully)\b/i;

// Where the letter is signed off, found once per document (the filter runs for every finding).
// Keyed by the document object: a Map keyed by a long text compares the whole text on a hit.
const signOffs = new WeakMap<Doc, number>();
function signOffOf(doc: Doc): number {
  let at = signOffs.get(doc);
  if (at === undefined) {
    at = SIGN_OFF.exec(doc.text)?.index ?? -1;
    signOffs.set(doc, at);
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
    const signOff = signOffOf(doc);
    if (signOff >= 0 && doc.meta.kind === 'inspection-letter' && finding.start > signOff) return 'after the sign-off';
    return null;
  },
});
