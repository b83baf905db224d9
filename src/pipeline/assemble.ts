// Stage: assemble. Turns the stamped drafts into the output document: offsets mapped back to
// the original input, clean finding text, one finding per stretch of text (the earlier rule in
// the registry wins an overlap), one judgement per area, grade and time, ids in reading order.
import type { Category, Diagnostic, Finding, Judgement, ParseResult, Position, SourceInfo } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';
import { themeFamilyOf, themesOf } from '../themes/assign.js';
import { cleanText, narrow } from '../util/text.js';
import type { Extraction } from './extract.js';
import type { OffsetMap } from './composed-map.js';
import type { LineIndex } from './mapped-text.js';

const AREA_STOP = new Set(['the', 'and', 'for', 'with', 'who', 'its', 'their', 'of']);

export interface AssembleInput {
  source: SourceInfo;
  /** Line starts of the decoded input that positions refer to. */
  lines: LineIndex;
  clean: OffsetMap;
  /** Handed over: its finding drafts are let go as the findings are made. */
  extraction: Extraction;
  ruleOrder: readonly string[];
  diagnostics: Diagnostic[];
}

export function assemble(input: AssembleInput): ParseResult {
  const { clean, extraction, lines } = input;
  const position = (start: number, end: number): Position => {
    const from = clean.toOriginalStart(start);
    const to = Math.max(from, clean.toOriginalEnd(end));
    return { start: lines.point(from), end: lines.point(to) };
  };
  const text = clean.text;

  const kept = settleOverlaps(extraction.findings, text, (rule) => input.ruleOrder.indexOf(rule));
  // Each draft goes once its finding is made (a quarter of a million drafts on a 50 MB input):
  // nothing after this stage reads them. Reversed, so that pop() gives them in reading order.
  extraction.findings = [];
  kept.reverse();

  const findings: Finding[] = [];
  const family = themeFamilyOf(extraction.meta); // one document, one family: not once a finding
  // Headings are cut from the clean text; one copy each (many findings share a heading), so
  // that the result holds no slice of it (see `document` below).
  const headings = new Map<string, string>();
  const headingOf = (heading: string | null): string | null => {
    if (heading === null) return null;
    let copy = headings.get(heading);
    if (copy === undefined) headings.set(heading, (copy = fresh(heading)));
    return copy;
  };
  // A second copy of the same sentence (a caption, a repeated paragraph) is labelled once. The
  // findings are indexed by a hash of their lower-cased text, not by the text itself: on a
  // 50 MB input a set of the texts would be another copy of every finding.
  const seen = new Map<number, Finding[]>();
  for (let f = kept.pop(); f; f = kept.pop()) {
    const body = cleanText(text.slice(f.start, f.end), text);
    if (body.split(/\s+/).length < 3) continue;
    const lower = body.toLowerCase();
    const hash = fnv1a(lower);
    const same = seen.get(hash);
    if (same?.some((other) => other.category === f.draft.category && other.text.toLowerCase() === lower)) continue;
    const finding: Finding = {
      id: `f${findings.length + 1}`,
      category: f.draft.category as Category,
      text: narrow(body),
      heading: headingOf(f.draft.heading),
      themes: themesOf(body, family),
      rule: f.rule,
      position: position(f.start, f.end),
    };
    findings.push(finding);
    if (same) same.push(finding);
    else seen.set(hash, [finding]);
  }

  // One judgement per area, grade and time. A longer name for an area already graded the same
  // ("experiences and progress of children looked after ..." beside "children looked after ...",
  // from a report's body tables) is the same judgement.
  const judgements: Judgement[] = [];
  const areaWords = (area: string): Set<string> => new Set(area.split(/[^a-z0-9’']+/).filter((w) => w.length > 2 && !AREA_STOP.has(w)));
  const drafts = [...extraction.judgements].sort((a, b) => a.draft.area.length - b.draft.area.length);
  const distinct: typeof drafts = [];
  for (const j of drafts) {
    const words = areaWords(j.draft.area);
    const same = distinct.some((k) => {
      if (k.draft.grade !== j.draft.grade || k.draft.current !== j.draft.current) return false;
      const shorter = areaWords(k.draft.area);
      return [...shorter].every((w) => words.has(w));
    });
    if (!same) distinct.push(j);
  }
  distinct.sort((a, b) => a.draft.start - b.draft.start);
  for (const j of distinct) {
    judgements.push({
      area: fresh(j.draft.area),
      grade: j.draft.grade,
      current: j.draft.current,
      text: fresh(cleanText(text.slice(j.draft.start, j.draft.end))),
      rule: j.rule,
      position: position(j.draft.start, j.draft.end),
    });
  }

  const diagnostics: Diagnostic[] = [
    ...input.diagnostics,
    ...extraction.diagnostics.map((d) => ({
      severity: d.severity,
      message: fresh(d.message), // a rule's message may quote the text (see `document` below)
      rule: d.rule,
      ...(d.start !== undefined && d.end !== undefined ? { position: position(d.start, d.end) } : {}),
    })),
  ];
  if (findings.length === 0)
    diagnostics.push({ severity: 'info', message: 'no findings found: no findings section, lead-in or reported evaluation was recognised', rule: 'assemble' });

  return {
    schemaVersion: SCHEMA_VERSION,
    source: input.source,
    // A copy: a rule's match is a slice of the clean text, and one slice in the result would keep
    // all of the clean text (twice the input's size) alive as long as the result is kept.
    document: fresh(extraction.meta),
    judgements,
    findings,
    diagnostics,
  };
}

/** A copy that shares no string with the clean text (V8 keeps a cut string as a view of it). */
function fresh<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The findings' spans trimmed to their words, overlaps settled (the rule ranked first wins,
 * then the earlier span), in reading order. A function of its own so that the trimmed copies
 * of every draft (a quarter of a million on a 50 MB input) go when it returns.
 */
function settleOverlaps(drafts: Extraction['findings'], text: string, rank: (rule: string) => number) {
  const spans = drafts
    .map((f) => {
      let { start, end } = f.draft;
      while (start < end && /[\s\-*–•]/.test(text[start] as string)) start++;
      while (end > start && /\s/.test(text[end - 1] as string)) end--;
      return { ...f, start, end };
    })
    .filter((f) => f.end > f.start)
    .sort((a, b) => rank(a.rule) - rank(b.rule) || a.start - b.start);
  // Kept spans never overlap, so, sorted by start, a new span can only clash with its neighbours.
  const kept: typeof spans = [];
  for (const f of spans) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((kept[mid] as (typeof spans)[number]).start < f.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > f.start) || (after && after.start < f.end)) continue;
    kept.splice(lo, 0, f);
  }
  return kept;
}
