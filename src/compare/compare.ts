// Compare the findings and judgements of several documents about one body over time: which
// findings recur, which are new and which are no longer mentioned, what happened to each theme,
// and the judgements side by side. Pure data in, pure data out; the views are in src/render/.
//
// Order: by document.publishedDate when every document has one, else by the start of the
// inspection dates when every document has them, else by each document's published date or,
// failing that, inspection start; when some document has neither, in input order.
// `orderedBy` says which. Ties keep input order.
//
// Matching: a finding is compared with the findings of the other documents that have the same
// polarity (strengths with strengths, weaknesses with weaknesses) and share at least one theme;
// it is similar to one whose text similarity (Dice over content-word stems, see similarity.ts)
// is at least SIMILARITY_THRESHOLD. For each other document the best such finding is kept.
import { themeLabel } from '../themes/assign.js';
import { THEMES } from '../lexicon/themes.js';
import type { Category, DateRange, ParseResult, Position, Severity } from '../types.js';
import { GRID_AREAS, gridArea } from './areas.js';
import { dice, SIMILARITY_THRESHOLD, stems } from './similarity.js';

export const COMPARISON_SCHEMA_VERSION = '1.0';

export type OrderBasis = 'publishedDate' | 'inspectionDates.start' | 'publishedDate, else inspectionDates.start' | 'input';
export type DateSource = 'publishedDate' | 'inspectionDates.start';
/** Strengths and statutory requirements met are `strength`; the rest (shortfalls and asks) `weakness`. */
export type Polarity = 'strength' | 'weakness';
export type FindingStatus = 'recurring' | 'new';
export type LaterStatus = 'mentioned_again' | 'no_longer_mentioned';
export type ThemeStatus = 'recurring' | 'new' | 'no_longer_mentioned' | 'strengths_only';

export interface ComparedDocument {
  /** Place in the comparison order, from 0. */
  index: number;
  /** Place in the input, from 0. */
  input: number;
  /** A short name for views: the year of `date` (the full date when two share a year), else `#n`. */
  label: string;
  path: string | null;
  title: string | null;
  subject: string | null;
  inspectionType: string | null;
  publishedDate: string | null;
  inspectionDates: DateRange | null;
  /** The date the document was ordered by, and which field it came from. */
  date: string | null;
  dateSource: DateSource | null;
}

export interface FindingMatch {
  document: number;
  finding: string;
  similarity: number;
  /** The themes the two findings share. */
  themes: string[];
}

export interface ComparedFinding {
  document: number;
  id: string;
  category: Category;
  polarity: Polarity;
  text: string;
  themes: string[];
  /** Against earlier documents: `recurring` (a similar finding earlier) or `new`; null in the first document. */
  status: FindingStatus | null;
  /** Against later documents: whether a similar finding comes later; null in the last document. */
  laterStatus: LaterStatus | null;
  /** The most similar finding of each earlier document that has one, oldest first. */
  earlierMatches: FindingMatch[];
  /** The most similar finding of each later document that has one, oldest first. */
  laterMatches: FindingMatch[];
  position: Position;
}

export interface ThemeFindings {
  document: number;
  weaknesses: string[];
  strengths: string[];
}

export interface ThemeTrack {
  theme: string;
  label: string;
  /**
   * From the weaknesses (areas for improvement, recommendations, priority actions) that carry
   * the theme: `recurring` when raised in the latest document and an earlier one, `new` when
   * raised in the latest only, `no_longer_mentioned` when raised earlier but not in the latest;
   * `strengths_only` when it is only ever met in strengths.
   */
  status: ThemeStatus;
  /** Documents whose weaknesses carry the theme. */
  raisedIn: number[];
  /** Documents whose strengths carry the theme. */
  strengthIn: number[];
  findings: ThemeFindings[];
}

export interface JudgementCell {
  grade: string;
  /** The area as the document names it. */
  area: string;
  position: Position;
}

export interface JudgementRow {
  area: string;
  /** One cell per document, in comparison order; null where the document gives no grade. */
  grades: (JudgementCell | null)[];
}

export interface ComparisonDiagnostic {
  severity: Severity;
  message: string;
  rule: string;
}

export interface Comparison {
  schemaVersion: string;
  orderedBy: OrderBasis;
  method: { similarity: 'dice'; stemmer: 'porter'; threshold: number };
  documents: ComparedDocument[];
  themes: ThemeTrack[];
  findings: ComparedFinding[];
  judgements: JudgementRow[];
  diagnostics: ComparisonDiagnostic[];
}

export interface CompareOptions {
  /** The least similarity for two findings to match (default SIMILARITY_THRESHOLD). */
  threshold?: number;
}

const POSITIVE: ReadonlySet<Category> = new Set<Category>(['strength', 'meets_requirements']);
const polarityOf = (category: Category): Polarity => (POSITIVE.has(category) ? 'strength' : 'weakness');

interface Dated {
  result: ParseResult;
  input: number;
  published: string | null;
  started: string | null;
}

function order(results: readonly ParseResult[]): { basis: OrderBasis; docs: (Dated & { date: string | null; dateSource: DateSource | null })[] } {
  const dated: Dated[] = results.map((result, input) => ({
    result,
    input,
    published: result.document.publishedDate,
    started: result.document.inspectionDates?.start ?? null,
  }));
  const basis: OrderBasis = dated.every((d) => d.published)
    ? 'publishedDate'
    : dated.every((d) => d.started)
      ? 'inspectionDates.start'
      : dated.every((d) => d.published ?? d.started)
        ? 'publishedDate, else inspectionDates.start'
        : 'input';
  const pick = (d: Dated): { date: string | null; dateSource: DateSource | null } => {
    if (basis === 'publishedDate') return { date: d.published, dateSource: 'publishedDate' };
    if (basis === 'inspectionDates.start') return { date: d.started, dateSource: 'inspectionDates.start' };
    if (d.published) return { date: d.published, dateSource: 'publishedDate' };
    if (d.started) return { date: d.started, dateSource: 'inspectionDates.start' };
    return { date: null, dateSource: null };
  };
  const docs = dated.map((d) => ({ ...d, ...pick(d) }));
  if (basis !== 'input') docs.sort((a, b) => (a.date as string).localeCompare(b.date as string) || a.input - b.input);
  return { basis, docs };
}

function labels(dates: readonly (string | null)[]): string[] {
  const years = dates.map((d) => d?.slice(0, 4) ?? null);
  const count = (y: string | null): number => years.filter((x) => x === y).length;
  const first = dates.map((d, i) => {
    const y = years[i] ?? null;
    if (d === null || y === null) return null;
    return count(y) === 1 ? y : d;
  });
  return first.map((l, i) => (l !== null && first.filter((x) => x === l).length === 1 ? l : `#${i + 1}`));
}

/** Compares parse results of documents about one body, oldest first (see the file's head). */
export function compareDocuments(results: readonly ParseResult[], options: CompareOptions = {}): Comparison {
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  const { basis, docs } = order(results);
  const names = labels(docs.map((d) => d.date));
  const diagnostics: ComparisonDiagnostic[] = [];
  if (basis === 'input' && docs.length > 1)
    diagnostics.push({ severity: 'warning', message: 'some document has neither a published date nor inspection dates: documents are compared in input order', rule: 'compare/order' });
  for (let i = 1; i < docs.length; i++) {
    const a = docs[i - 1];
    const b = docs[i];
    if (a && b && a.date !== null && a.date === b.date)
      diagnostics.push({ severity: 'warning', message: `${a.result.source.path ?? `input ${a.input + 1}`} and ${b.result.source.path ?? `input ${b.input + 1}`} have the same date (${a.date}): kept in input order`, rule: 'compare/order' });
  }

  const documents: ComparedDocument[] = docs.map((d, index) => ({
    index,
    input: d.input,
    label: names[index] ?? `#${index + 1}`,
    path: d.result.source.path,
    title: d.result.document.title,
    subject: d.result.document.subject,
    inspectionType: d.result.document.inspectionType,
    publishedDate: d.result.document.publishedDate,
    inspectionDates: d.result.document.inspectionDates,
    date: d.date,
    dateSource: d.dateSource,
  }));

  // Findings, with their stems, in comparison order.
  const items = docs.flatMap((d, document) =>
    d.result.findings.map((f) => ({ document, finding: f, polarity: polarityOf(f.category), stems: stems(f.text), earlier: new Map<number, FindingMatch>(), later: new Map<number, FindingMatch>() })),
  );
  const better = (current: FindingMatch | undefined, next: FindingMatch): boolean => !current || next.similarity > current.similarity;
  for (const a of items) {
    for (const b of items) {
      if (b.document <= a.document || a.polarity !== b.polarity) continue;
      const shared = a.finding.themes.filter((t) => b.finding.themes.includes(t));
      if (!shared.length) continue;
      const score = Math.round(dice(a.stems, b.stems) * 1000) / 1000;
      if (score < threshold) continue;
      const toB: FindingMatch = { document: b.document, finding: b.finding.id, similarity: score, themes: shared };
      const toA: FindingMatch = { document: a.document, finding: a.finding.id, similarity: score, themes: shared };
      if (better(a.later.get(b.document), toB)) a.later.set(b.document, toB);
      if (better(b.earlier.get(a.document), toA)) b.earlier.set(a.document, toA);
    }
  }
  const last = docs.length - 1;
  const byDocument = (m: Map<number, FindingMatch>): FindingMatch[] => [...m.values()].sort((x, y) => x.document - y.document);
  const findings: ComparedFinding[] = items.map((it) => ({
    document: it.document,
    id: it.finding.id,
    category: it.finding.category,
    polarity: it.polarity,
    text: it.finding.text,
    themes: [...it.finding.themes],
    status: it.document === 0 ? null : it.earlier.size ? 'recurring' : 'new',
    laterStatus: it.document === last ? null : it.later.size ? 'mentioned_again' : 'no_longer_mentioned',
    earlierMatches: byDocument(it.earlier),
    laterMatches: byDocument(it.later),
    position: it.finding.position,
  }));

  // Themes, in taxonomy order (then any id the taxonomy does not know, alphabetically).
  const known: string[] = THEMES.map((t) => t.id);
  const used = new Set(findings.flatMap((f) => f.themes));
  const ids = [...known.filter((id) => used.has(id)), ...[...used].filter((id) => !known.includes(id)).sort()];
  const themes: ThemeTrack[] = ids.map((theme) => {
    const perDocument: ThemeFindings[] = [];
    for (let document = 0; document <= last; document++) {
      const here = findings.filter((f) => f.document === document && f.themes.includes(theme));
      if (!here.length) continue;
      perDocument.push({
        document,
        weaknesses: here.filter((f) => f.polarity === 'weakness').map((f) => f.id),
        strengths: here.filter((f) => f.polarity === 'strength').map((f) => f.id),
      });
    }
    const raisedIn = perDocument.filter((p) => p.weaknesses.length).map((p) => p.document);
    const strengthIn = perDocument.filter((p) => p.strengths.length).map((p) => p.document);
    const status: ThemeStatus = !raisedIn.length ? 'strengths_only' : raisedIn.includes(last) ? (raisedIn.length > 1 ? 'recurring' : 'new') : 'no_longer_mentioned';
    return { theme, label: themeLabel(theme), status, raisedIn, strengthIn, findings: perDocument };
  });

  // Judgements: the current grades of each document, one row per grid area.
  const rows = new Map<string, (JudgementCell | null)[]>();
  docs.forEach((d, document) => {
    for (const j of d.result.judgements) {
      if (!j.current) continue;
      const area = gridArea(j.area);
      let row = rows.get(area);
      if (!row) rows.set(area, (row = docs.map(() => null)));
      if (row[document] === null) row[document] = { grade: j.grade, area: j.area, position: j.position };
    }
  });
  const rank = (area: string): number => {
    const i = GRID_AREAS.findIndex((g) => g.area === area);
    return i === -1 ? GRID_AREAS.length : i;
  };
  const judgements: JudgementRow[] = [...rows.entries()]
    .map(([area, grades], seen) => ({ area, grades, seen }))
    .sort((a, b) => rank(a.area) - rank(b.area) || a.seen - b.seen)
    .map(({ area, grades }) => ({ area, grades }));

  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    orderedBy: basis,
    method: { similarity: 'dice', stemmer: 'porter', threshold },
    documents,
    themes,
    findings,
    judgements,
    diagnostics,
  };
}
