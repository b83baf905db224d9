// Themes of a finding: the ids of the taxonomy's themes whose cues the text contains (see
// src/lexicon/themes.ts for the data and how cues are written). Each theme is compiled to three
// regular expressions built from the table, on first use; all of them run in linear time.
import { THEMES, type Theme, type ThemeFamily } from '../lexicon/themes.js';
import type { DocumentMeta } from '../types.js';

interface CompiledTheme {
  readonly theme: Theme;
  readonly cues: RegExp | null;
  readonly acronyms: RegExp | null;
  readonly exclude: RegExp | null;
}

// Whole words: no letter or digit may touch either end of a match. Cues and exclusions run on
// lower-cased text without the `i` and `u` flags, and letters are spelt as explicit classes
// (ASCII and Latin accented letters): case-insensitive Unicode property classes cost V8 ten
// times more to compile and four times more to run, and the themes run on every finding.
const LETTER_OR_DIGIT = 'a-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
const whole = (sources: readonly string[] | undefined, flags: string, cased = false): RegExp | null => {
  if (!sources?.length) return null;
  const edge = `[${cased ? 'A-Z' : ''}${LETTER_OR_DIGIT}]`;
  return new RegExp(`(?<!${edge})(?:${sources.join('|')})(?!${edge})`, flags);
};

let compiled: readonly CompiledTheme[] | undefined;
const compiledThemes = (): readonly CompiledTheme[] =>
  (compiled ??= (THEMES as readonly Theme[]).map((theme) => ({
    theme,
    cues: whole(theme.cues, ''),
    acronyms: whole(theme.acronyms, '', true),
    exclude: whole(theme.exclude, 'g'),
  })));

/**
 * The text as cues see it: curly apostrophes straight, hyphens, dashes and slashes as spaces,
 * white space collapsed. (Cues are written against this form: `multi agency`, `children's`.)
 */
export function themeText(text: string): string {
  return text
    .replace(/[’‘`´]/g, "'")
    .replace(/[-‐‑‒–—―/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The kind of inspected body a document is about, from its metadata, or null when it cannot
 * be told (then every family's themes apply).
 */
export function themeFamilyOf(meta: Pick<DocumentMeta, 'inspectorate' | 'inspectionType' | 'title' | 'subject'>): ThemeFamily | null {
  const type = meta.inspectionType ?? '';
  if (/school|further education/i.test(type)) return 'schools';
  if (/care home|children.s home/i.test(type) || meta.inspectorate === 'CQC') return 'care-providers';
  if (/joint targeted|SEND|focused visit|monitoring visit|unannounced|ILACS|SIF|looked after|safeguarding/i.test(type)) return 'childrens-services';
  const named = `${meta.title ?? ''} ${meta.subject ?? ''}`;
  if (/children[’']s (?:social care|services)|local authority|children looked after|children in care/i.test(named)) return 'childrens-services';
  if (/\b(?:school|academy|college|pupils?|headteacher|headmistress)\b/i.test(named)) return 'schools';
  if (/\b(?:care home|nursing home|residential home|home care|domiciliary)\b/i.test(named)) return 'care-providers';
  return null;
}

/** The themes that apply to a family (all themes for null). */
export function themesFor(family: ThemeFamily | null): readonly Theme[] {
  return compiledThemes().filter((c) => applies(c.theme, family)).map((c) => c.theme);
}

function applies(theme: Theme, family: ThemeFamily | null): boolean {
  return family === null || family === 'all' || theme.families.includes(family) || theme.families.includes('all');
}

/**
 * The ids of the themes a finding's text is about, in taxonomy order, each once. With a
 * family, only that family's themes (and those for all families) are tried.
 */
export function themesOf(text: string, family: ThemeFamily | null = null): string[] {
  const normal = themeText(text);
  const lower = normal.toLowerCase();
  const ids: string[] = [];
  for (const c of compiledThemes()) {
    if (!applies(c.theme, family)) continue;
    const masked = c.exclude ? lower.replace(c.exclude, ' ') : lower;
    if (c.cues?.test(masked) || c.acronyms?.test(normal)) ids.push(c.theme.id);
  }
  // A copy of its own size: an array grown by push keeps room for 17 (a 50 MB input has 90,000
  // findings, each with its list of themes).
  return ids.slice();
}

/** The label of a theme id (the id itself when the taxonomy has no such theme). */
export function themeLabel(id: string): string {
  return compiledThemes().find((c) => c.theme.id === id)?.theme.label ?? id;
}
