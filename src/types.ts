// The public data shapes of inspect-parse: what `parse()` returns and what `--json` prints.
// Field names and category/grade values follow ../shared/eval/ANNOTATION.md.

export const SCHEMA_VERSION = '1.0';

export const CATEGORIES = [
  'strength',
  'meets_requirements',
  'area_for_improvement',
  'recommendation',
  'priority_action',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const DOCUMENT_KINDS = ['inspection-report', 'inspection-letter', 'news-article', 'web-page'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A point in the original input: line and column count from 1, offset from 0 (UTF-16 units). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A span of the original input; `input.slice(start.offset, end.offset)` is its source text. */
export interface Position {
  start: Point;
  end: Point;
}

export interface Finding {
  id: string;
  category: Category;
  /** Clean prose: bullets, quote marks, tags and footers removed, wrapped lines joined. */
  text: string;
  /** The heading or lead-in the finding stands under, or null. */
  heading: string | null;
  themes: string[];
  rule: string;
  position: Position;
}

export interface Judgement {
  area: string;
  grade: string;
  /** True when awarded by the inspection the document is mainly about. */
  current: boolean;
  text: string;
  rule: string;
  position: Position;
}

export interface DateRange {
  start: string;
  end: string;
}

export interface DocumentMeta {
  kind: DocumentKind | null;
  title: string | null;
  inspectorate: string | null;
  subject: string | null;
  inspectionType: string | null;
  inspectionDates: DateRange | null;
  publishedDate: string | null;
  inspectors: string[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  message: string;
  rule: string;
  position?: Position;
}

export interface SourceInfo {
  path: string | null;
  bytes: number;
  sha256: string;
  encoding: string;
}

export interface ParseResult {
  schemaVersion: string;
  source: SourceInfo;
  document: DocumentMeta;
  judgements: Judgement[];
  findings: Finding[];
  diagnostics: Diagnostic[];
}
