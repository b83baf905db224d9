// The terminal view of a comparison, for a reader who wants to know what keeps coming back:
// the documents in order, then recurring themes (with the years they were raised), new themes,
// themes no longer mentioned, and the judgements side by side. Colour from the chalk instance
// the CLI passes in.
import type { ChalkInstance } from 'chalk';
import type { Comparison, ComparedFinding, ThemeTrack } from '../compare/compare.js';
import { wrap } from './table.js';

const ORDER_NOTE: Record<Comparison['orderedBy'], string> = {
  publishedDate: 'ordered by publication date',
  'inspectionDates.start': 'ordered by the first day of inspection',
  'publishedDate, else inspectionDates.start': 'ordered by publication date, else the first day of inspection',
  input: 'in the order given (not every document is dated)',
};

export function gradeColour(chalk: ChalkInstance, grade: string): (text: string) => string {
  if (/inadequate|special|serious|notice|poor|weak|unsatisf|significant/.test(grade)) return chalk.red;
  if (/requires|adequate|inconsistent|satisfactory/.test(grade)) return chalk.yellow;
  return chalk.green;
}

export function renderComparison(c: Comparison, chalk: ChalkInstance, width: number): string {
  const out: string[] = [];
  const label = (document: number): string => c.documents[document]?.label ?? `#${document + 1}`;
  const finding = (document: number, id: string): ComparedFinding | undefined => c.findings.find((f) => f.document === document && f.id === id);
  const last = c.documents.length - 1;
  const latest = last >= 0 ? label(last) : '';
  const subject = c.documents.map((d) => d.subject).find((s) => s) ?? null;

  out.push(chalk.bold(wrap(`${subject ? `${subject}: ` : ''}${c.documents.length} inspection documents compared`, width, 0)));
  out.push(chalk.dim(wrap(`${ORDER_NOTE[c.orderedBy]}; findings match when they share a theme and their similarity is at least ${c.method.threshold}`, width, 0)));
  for (const d of c.documents) {
    const dates = d.inspectionDates ? `inspected ${d.inspectionDates.start === d.inspectionDates.end ? d.inspectionDates.start : `${d.inspectionDates.start} to ${d.inspectionDates.end}`}` : null;
    const facts = [d.inspectionType, dates, d.publishedDate ? `published ${d.publishedDate}` : null].filter(Boolean).join(' · ');
    out.push(`  ${chalk.cyan(d.label.padEnd(10))} ${wrap(`${facts || '–'}  ${chalk.dim(d.path ?? '(standard input)')}`, width, 13)}`);
  }
  for (const diag of c.diagnostics) out.push(chalk.dim(`  ${diag.severity}: ${diag.message}`));

  const years = (docs: readonly number[]): string => docs.map(label).join(', ');
  const item = (f: ComparedFinding, note: string): string =>
    `     ${chalk.cyan(`${label(f.document)} l.${f.position.start.line}`.padEnd(14))} ${wrap(`${f.text}${note ? ` ${note}` : ''}`, width, 20)}`;
  // A theme's name, then what happened to it: on one line when it fits, else on two.
  const heading = (t: ThemeTrack, parts: readonly [string, (s: string) => string][]): string => {
    const plain = parts.map(([text]) => text).join(' · ');
    const coloured = parts.map(([text, colour]) => colour(text)).join(' · ');
    const room = Math.max(20, width - 2);
    const name = t.label.length > room ? `${t.label.slice(0, room - 1)}…` : t.label;
    const pad = Math.min(44, room);
    if (2 + Math.max(name.length, pad) + 1 + plain.length <= width) return `  ${chalk.bold(name.padEnd(pad))} ${coloured}`;
    return `  ${chalk.bold(name)}\n     ${wrap(coloured, width, 5)}`;
  };
  const weaknesses = (t: ThemeTrack, document: number): ComparedFinding[] =>
    (t.findings.find((p) => p.document === document)?.weaknesses ?? []).map((id) => finding(document, id)).filter((f): f is ComparedFinding => f !== undefined);
  const section = (title: string, tracks: ThemeTrack[], body: (t: ThemeTrack) => string[]): void => {
    out.push('', chalk.bold.underline(`${title} (${tracks.length})`));
    if (!tracks.length) out.push(chalk.dim('  none'));
    for (const t of tracks) out.push(...body(t));
  };
  const byCount = (a: ThemeTrack, b: ThemeTrack): number => b.raisedIn.length - a.raisedIn.length;

  const recurring = c.themes.filter((t) => t.status === 'recurring').sort(byCount);
  section('Recurring themes: raised again in the latest inspection', recurring, (t) => [
    heading(t, [[`raised ${years(t.raisedIn)}`, chalk.red]]),
    ...weaknesses(t, last).map((f) => {
      const first = f.earlierMatches[0];
      const note = first ? chalk.red(`[recurring: ${f.earlierMatches.map((m) => `${label(m.document)} l.${finding(m.document, m.finding)?.position.start.line ?? '?'}`).join(', ')}]`) : chalk.yellow('[new wording]');
      return item(f, note);
    }),
  ]);

  const fresh = c.themes.filter((t) => t.status === 'new');
  section(`New themes in ${latest}`, fresh, (t) => [heading(t, [[`raised ${latest}`, chalk.yellow]]), ...weaknesses(t, last).map((f) => item(f, ''))]);
  const unthemed = c.findings.filter((f) => f.document === last && f.polarity === 'weakness' && !f.themes.length);
  if (unthemed.length) {
    out.push(chalk.dim(`  Findings of ${latest} with no theme:`));
    for (const f of unthemed) out.push(item(f, ''));
  }

  const gone = c.themes.filter((t) => t.status === 'no_longer_mentioned').sort(byCount);
  section('No longer mentioned', gone, (t) => {
    const lastRaised = t.raisedIn[t.raisedIn.length - 1] ?? 0;
    const parts: [string, (s: string) => string][] = [[`raised ${years(t.raisedIn)}`, chalk.green]];
    if (t.strengthIn.includes(last)) parts.push([`a strength in ${latest}`, chalk.green]);
    return [heading(t, parts), ...weaknesses(t, lastRaised).map((f) => item(f, ''))];
  });

  if (c.judgements.length) {
    out.push('', chalk.bold.underline('Judgements'));
    const cols = c.documents.map((d, i) => Math.max(d.label.length, ...c.judgements.map((r) => (r.grades[i]?.grade.replace(/_/g, ' ') ?? '–').length)));
    const areaWidth = Math.max(16, Math.min(44, width - cols.reduce((a, b) => a + b + 2, 2)));
    const cell = (text: string, w: number): string => text.padEnd(w);
    out.push(`  ${chalk.dim(cell('area', areaWidth))}${c.documents.map((d, i) => `  ${chalk.cyan(cell(d.label, cols[i] ?? 0))}`).join('')}`.trimEnd());
    for (const row of c.judgements) {
      const area = row.area.length > areaWidth ? `${row.area.slice(0, areaWidth - 1)}…` : row.area;
      const cells = row.grades.map((g, i) => {
        const text = cell(g ? g.grade.replace(/_/g, ' ') : '–', cols[i] ?? 0);
        return `  ${g ? gradeColour(chalk, g.grade)(text) : chalk.dim(text)}`;
      });
      out.push(`  ${cell(area, areaWidth)}${cells.join('')}`.trimEnd());
    }
  }
  return `${out.join('\n')}\n`;
}
