// The document's title: for a letter the line(s) after "Dear ...", for a report the lines
// above its first label, for an article its headline (the first line that reads as one).
import { defineRule, meta, type Draft } from '../define.js';

const LABEL = /^(?:Inspection dates?|Inspection date|Report published|Published|Lead inspector|Reporting inspector|Date of|Age group|URN|Unique reference|Judgement|Contents)\b/i;
// A report pasted from a web page starts with the site's furniture, not its title.
const WEB_FURNITURE = /^(?:skip to (?:main )?content|cookies on\b|we use (?:some )?(?:essential )?cookies)/i;
const NAV = /^(?:top of page|bottom of page|by\b|published|updated|home|menu|news|skip to|share|search|sign in|\|)/i;

function topLines(text: string, max: number): string[] {
  return text
    .split('\n')
    .slice(0, 200)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(0, max);
}

export function findTitle(text: string, kind: string | null): string | null {
  const lines = topLines(text, 60);
  if (kind === 'inspection-letter') {
    const dear = lines.findIndex((l) => /^Dear\s/.test(l));
    if (dear >= 0) {
      const parts: string[] = [];
      for (const l of lines.slice(dear + 1, dear + 4)) {
        if (/^(?:This|Between|From|On|I |We |Thank)/.test(l) && parts.length > 0) break;
        parts.push(l);
        if (/[.:]$/.test(l)) break;
      }
      const title = parts.join(' ').replace(/\s+/g, ' ').trim();
      if (title && !/^This letter/.test(title)) return title;
    }
  }
  if (kind === 'inspection-report') {
    if (lines.slice(0, 8).some((l) => WEB_FURNITURE.test(l))) {
      const label = lines.findIndex((l) => LABEL.test(l));
      if (label > 0) return (lines[label - 1] as string).replace(/\s+/g, ' ');
    }
    const parts: string[] = [];
    for (const l of lines.slice(0, 6)) {
      if (LABEL.test(l) || /^\d/.test(l)) break;
      parts.push(l);
    }
    if (parts.length) return parts.join(' ').replace(/\s+/g, ' ');
  }
  for (const l of lines) {
    if (NAV.test(l) || l.split(/\s+/).length < 3 || /^\d/.test(l)) continue;
    return l.replace(/\s+/g, ' ');
  }
  return null;
}

export default defineRule({
  name: 'metadata/title',
  stage: 'metadata',
  description: "Takes the title: a letter's subject line, a report's top lines, an article's headline.",
  run(doc): Draft[] {
    return [meta('title', findTitle(doc.text, doc.meta.kind))];
  },
});
