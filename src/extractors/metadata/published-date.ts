// The document's own date: "Report published: 3 February 2015", "Published: ... 16 August
// 2013", a letter's date line, an article's dateline ("Thursday, 4th March 2021, 2:11 pm",
// "PUBLISHED: 05:00 EST, 5 September 2013", "06/09/22"). Reports that print no date: null.
import { findDate, parseDate } from '../../util/dates.js';
import { defineRule, meta, type Draft } from '../define.js';

const LABEL = /\b(?:Report published|Published|Date of publication|Publication date|Date published|Letter published)\s*:?/gi;
const WEEKDAY = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?/i;
// The leading space run is tried from its first character only ((?<!\s)): linear on long runs of spaces.
const TIME = /(?:(?:,\s*|(?<!\s)\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm|EST|GMT|BST|UTC)?)|(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|EST|GMT|BST|UTC)?,?\s*)/gi;

/** A line that is only a date (maybe with a weekday and a time). */
export function dateLine(line: string): string | null {
  const bare = line.replace(/^(?:updated|published)\s*:?\s*/i, '').replace(TIME, ' ').replace(WEEKDAY, '').replace(/[|,]+\s*$/, '').trim();
  if (bare.length < 6 || bare.length > 30) return null;
  return parseDate(bare.replace(/,/g, ' ').replace(/\s+/g, ' '));
}

export default defineRule({
  name: 'metadata/published-date',
  stage: 'metadata',
  description: "Takes the publication or letter date from its label, a letter's date line or an article's dateline.",
  run(doc): Draft[] {
    for (const m of doc.text.matchAll(LABEL)) {
      const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 120);
      const found = findDate(after);
      // Without a colon the word is prose ("a report published by Ofsted this week"): only a
      // date right after it ("Published 11 July 2024", "published on 3 May 2024") counts.
      if (found && !m[0].includes(':') && found.index > 4) continue;
      if (found && !/\bUPDATED\b/i.test(after.slice(0, found.index))) return [meta('publishedDate', found.iso)];
    }
    const lines = doc.text.split('\n').slice(0, 80);
    let at = 0;
    for (const line of lines) {
      const start = at;
      at += line.length + 1;
      if (/inspection|previous|visit/i.test(line)) continue;
      const iso = dateLine(line.trim());
      // A date on its own line inside a findings section is a due date, not the document's.
      const role = doc.blocks.find((b) => b.start <= start && start < b.end)?.section?.role;
      if (iso && role && role !== 'stop') continue;
      if (iso) return [meta('publishedDate', iso)];
    }
    return [meta('publishedDate', null)];
  },
});
