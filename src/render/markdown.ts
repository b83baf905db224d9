// --markdown: a summary to paste into a briefing. Per document: the title as a heading, one
// line of metadata, the judgements as a table, the findings grouped by category as bullet
// lists with their line numbers. Text from the document is escaped so that it stays text.
import type { Comparison, ComparedFinding } from '../compare/compare.js';
import type { ParseResult } from '../types.js';
import { CATEGORIES } from '../types.js';
import { CATEGORY_LABELS } from './labels.js';

const LABELS = CATEGORY_LABELS;

/** Escapes the characters that markdown would read as syntax. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1')
    .trim();
}

const grade = (g: string): string => g.replace(/_/g, ' ');
const dates = (r: ParseResult): string | null => {
  const d = r.document.inspectionDates;
  if (!d) return null;
  return d.start === d.end ? d.start : `${d.start} to ${d.end}`;
};

function renderOne(r: ParseResult): string {
  const out: string[] = [];
  const d = r.document;
  out.push(`## ${escapeMarkdown(d.title ?? r.source.path ?? 'Standard input')}`, '');
  const meta = [
    d.subject ? `**${escapeMarkdown(d.subject)}**` : null,
    d.inspectorate ? escapeMarkdown(d.inspectorate) : null,
    d.inspectionType ? escapeMarkdown(d.inspectionType) : null,
    dates(r) ? `inspected ${dates(r)}` : null,
    d.publishedDate ? `published ${d.publishedDate}` : null,
    r.source.path ? `source \`${r.source.path.replace(/`/g, "'")}\`` : null,
  ].filter(Boolean);
  if (meta.length) out.push(meta.join(' · '), '');
  const current = r.judgements.filter((j) => j.current);
  if (current.length) {
    out.push('| Judgement | Grade |', '| --- | --- |');
    for (const j of current) out.push(`| ${escapeMarkdown(j.area)} | ${grade(j.grade)} |`);
    out.push('');
  }
  for (const category of CATEGORIES) {
    const items = r.findings.filter((f) => f.category === category);
    if (!items.length) continue;
    out.push(`### ${LABELS[category]} (${items.length})`, '');
    for (const f of items) out.push(`- ${escapeMarkdown(f.text)} (line ${f.position.start.line})`);
    out.push('');
  }
  if (!r.findings.length) out.push('_No findings found._', '');
  return out.join('\n');
}

/** A markdown summary of each document, one section per document. */
export function renderMarkdown(results: readonly ParseResult[]): string {
  return `${results.map(renderOne).join('\n').trimEnd()}\n`;
}

/** A markdown summary of a comparison: documents, recurring, new and no longer mentioned themes, judgements. */
export function renderComparisonMarkdown(c: Comparison): string {
  const out: string[] = [];
  const label = (document: number): string => c.documents[document]?.label ?? `#${document + 1}`;
  const last = c.documents.length - 1;
  const find = (document: number, id: string): ComparedFinding | undefined => c.findings.find((f) => f.document === document && f.id === id);
  const subject = c.documents.map((d) => d.subject).find((s) => s);
  out.push(`## ${subject ? `${escapeMarkdown(subject)}: ` : ''}${c.documents.length} inspections compared`, '');
  out.push('| | Document | Type | Date |', '| --- | --- | --- | --- |');
  for (const d of c.documents)
    out.push(`| ${escapeMarkdown(d.label)} | ${escapeMarkdown(d.title ?? d.path ?? 'Standard input')} | ${escapeMarkdown(d.inspectionType ?? '–')} | ${d.date ?? '–'} |`);
  out.push('', `Ordered by ${c.orderedBy}. Findings match when they share a theme and their text similarity (Dice over word stems) is at least ${c.method.threshold}.`, '');
  const groups = [
    ['Recurring themes', 'recurring'],
    [`New themes in ${label(last)}`, 'new'],
    ['No longer mentioned', 'no_longer_mentioned'],
  ] as const;
  for (const [title, status] of groups) {
    const tracks = c.themes.filter((t) => t.status === status);
    out.push(`### ${escapeMarkdown(title)} (${tracks.length})`, '');
    for (const t of tracks) {
      out.push(`- **${escapeMarkdown(t.label)}**: raised ${t.raisedIn.map(label).join(', ')}`);
      const at = status === 'no_longer_mentioned' ? (t.raisedIn[t.raisedIn.length - 1] ?? 0) : last;
      for (const id of t.findings.find((p) => p.document === at)?.weaknesses ?? []) {
        const f = find(at, id);
        if (!f) continue;
        const seen = f.earlierMatches.length ? ` (also ${f.earlierMatches.map((m) => label(m.document)).join(', ')})` : '';
        out.push(`  - ${label(at)}, line ${f.position.start.line}: ${escapeMarkdown(f.text)}${seen}`);
      }
    }
    out.push('');
  }
  if (c.judgements.length) {
    out.push('### Judgements', '', `| Area | ${c.documents.map((d) => escapeMarkdown(d.label)).join(' | ')} |`, `| --- |${c.documents.map(() => ' --- |').join('')}`);
    for (const row of c.judgements) out.push(`| ${escapeMarkdown(row.area)} | ${row.grades.map((g) => (g ? grade(g.grade) : '–')).join(' | ')} |`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
