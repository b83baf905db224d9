// Stage: extract. Runs the registered rules in order and stamps each result with the rule's
// name. Metadata results are written into the document as they come, so later rules can read
// them; filters then veto findings.
import type { AnyRule, Doc, FindingDraft, JudgementDraft } from '../extractors/define.js';
import type { DocumentMeta, Severity } from '../types.js';
import type { Block } from './sectionise.js';

export interface Stamped<T> {
  draft: T;
  rule: string;
}

export interface Extraction {
  meta: DocumentMeta;
  judgements: Stamped<JudgementDraft>[];
  findings: Stamped<FindingDraft>[];
  diagnostics: { severity: Severity; message: string; rule: string; start?: number; end?: number }[];
}

export const emptyMeta = (): DocumentMeta => ({
  kind: null,
  title: null,
  inspectorate: null,
  subject: null,
  inspectionType: null,
  inspectionDates: null,
  publishedDate: null,
  inspectors: [],
});

export function extract(text: string, blocks: readonly Block[], rules: readonly AnyRule[]): Extraction {
  const meta = emptyMeta();
  const doc: Doc = { text, blocks, meta };
  const out: Extraction = { meta, judgements: [], findings: [], diagnostics: [] };
  const order = ['metadata', 'judgements', 'findings'] as const;
  for (const stage of order) {
    for (const rule of rules) {
      if (rule.stage !== stage) continue;
      for (const draft of rule.run(doc)) {
        if (draft.type === 'meta') Object.assign(meta, { [draft.field]: draft.value });
        else if (draft.type === 'judgement') out.judgements.push({ draft, rule: rule.name });
        else if (draft.type === 'finding') out.findings.push({ draft, rule: rule.name });
        else out.diagnostics.push({ severity: draft.severity, message: draft.message, rule: rule.name, ...(draft.start !== undefined && draft.end !== undefined ? { start: draft.start, end: draft.end } : {}) });
      }
    }
  }
  const filters = rules.filter((r) => r.stage === 'filter');
  out.findings = out.findings.filter((f) => filters.every((filter) => filter.reject(f.draft, doc) === null));
  return out;
}
