// The terminal view: metadata and judgements on top, then findings grouped by category,
// wrapped to the terminal width. Colour comes from the chalk instance the CLI passes in
// (plain when the output is not a terminal or NO_COLOR is set).
import type { ChalkInstance } from 'chalk';
import type { ParseResult } from '../types.js';
import { CATEGORIES } from '../types.js';
import { CATEGORY_LABELS } from './labels.js';

const LABELS = CATEGORY_LABELS;

/** Wraps `text` to `width` columns, indenting continuation lines by `indent` spaces. */
export function wrap(text: string, width: number, indent: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const room = Math.max(20, width - indent);
  for (const word of words) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

export function renderTable(result: ParseResult, chalk: ChalkInstance, width: number): string {
  const out: string[] = [];
  const d = result.document;
  const dates = d.inspectionDates ? (d.inspectionDates.start === d.inspectionDates.end ? d.inspectionDates.start : `${d.inspectionDates.start} to ${d.inspectionDates.end}`) : '–';
  out.push(chalk.bold(wrap(d.title ?? result.source.path ?? '(standard input)', width, 0)));
  const field = (name: string, value: string | null): string => `${chalk.dim(name.padEnd(14))}${value ?? '–'}`;
  out.push(field('Source', result.source.path ?? '(standard input)'));
  out.push(field('Kind', [d.kind, d.inspectionType].filter(Boolean).join(' · ') || null));
  out.push(field('Inspectorate', d.inspectorate));
  out.push(field('Subject', d.subject));
  out.push(field('Inspected', dates));
  out.push(field('Published', d.publishedDate));
  if (d.inspectors.length) out.push(field('Inspectors', d.inspectors.join(', ')));
  if (result.judgements.length) {
    out.push('', chalk.bold('Judgements'));
    for (const j of result.judgements) {
      const grade = j.grade.replace(/_/g, ' ');
      const colour = /inadequate|special|serious|notice|poor|weak|unsatisf|significant/.test(j.grade) ? chalk.red : /requires|adequate|inconsistent|satisfactory/.test(j.grade) ? chalk.yellow : chalk.green;
      out.push(`  ${colour(grade.padEnd(22))} ${wrap(j.area, width, 25)}${j.current ? '' : chalk.dim(' (earlier inspection)')}`);
    }
  }
  for (const category of CATEGORIES) {
    const items = result.findings.filter((f) => f.category === category);
    if (!items.length) continue;
    out.push('', chalk.bold(`${LABELS[category]} (${items.length})`));
    for (const f of items) {
      out.push(`  ${chalk.cyan(String(f.position.start.line).padStart(5))}  ${wrap(f.text, width, 9)}`);
    }
  }
  if (!result.findings.length) out.push('', chalk.dim('No findings found.'));
  for (const diag of result.diagnostics) out.push(chalk.dim(`  ${diag.severity}: ${diag.message} [${diag.rule}]`));
  return `${out.join('\n')}\n`;
}
