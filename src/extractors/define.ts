// The shape every extractor rule shares. A rule looks at the document (its blocks, its text,
// the metadata found so far) and returns plain data; the engine (pipeline/extract.ts) stamps
// the rule's name on what it yields and maps offsets back to the original input, so no rule
// can forget where a result came from.
import type { Block } from '../pipeline/sectionise.js';
import type { Category, DocumentMeta, Severity } from '../types.js';

/** What a rule can read. Offsets are into `text`, the normalised input. */
export interface Doc {
  readonly text: string;
  readonly blocks: readonly Block[];
  /** Metadata found by the rules that ran before (metadata rules run first). */
  readonly meta: Readonly<DocumentMeta>;
}

export interface FindingDraft {
  type: 'finding';
  category: Category;
  start: number;
  end: number;
  heading: string | null;
}

export interface JudgementDraft {
  type: 'judgement';
  area: string;
  grade: string;
  current: boolean;
  start: number;
  end: number;
}

export type MetaField = keyof DocumentMeta;

export interface MetaDraft<F extends MetaField = MetaField> {
  type: 'meta';
  field: F;
  value: DocumentMeta[F];
}

export interface DiagnosticDraft {
  type: 'diagnostic';
  severity: Severity;
  message: string;
  start?: number;
  end?: number;
}

export type Draft = FindingDraft | JudgementDraft | MetaDraft | DiagnosticDraft;

export interface Rule {
  /** Stable id, "group/name", printed on every result the rule yields. */
  readonly name: string;
  /** Metadata rules run first, in registry order; then judgement rules; then finding rules. */
  readonly stage: 'metadata' | 'judgements' | 'findings';
  /** One sentence: what the rule looks for. Shown by `--rules`. */
  readonly description: string;
  run(doc: Doc): Draft[];
}

/** A rule that vetoes findings other rules proposed (quotes of officers, page furniture...). */
export interface FilterRule {
  readonly name: string;
  readonly stage: 'filter';
  readonly description: string;
  /** A reason to drop the finding, or null to keep it. */
  reject(finding: FindingDraft, doc: Doc): string | null;
}

export type AnyRule = Rule | FilterRule;

export const defineRule = <R extends AnyRule>(rule: R): R => rule;

export const meta = <F extends MetaField>(field: F, value: DocumentMeta[F]): MetaDraft<F> => ({ type: 'meta', field, value });
