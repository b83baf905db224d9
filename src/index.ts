// The library: `import { parse } from 'inspect-parse'`.
export { parse, blocksOf, type ParseOptions } from './parse.js';
export { DecodeError } from './pipeline/decode.js';
export { main, type Io } from './cli/main.js';
export { EXIT } from './cli/exit-codes.js';
export { RULES } from './extractors/registry.js';
export { defineRule, type AnyRule, type Doc, type Rule, type FilterRule, type Draft } from './extractors/define.js';
export { renderJson, renderNdjson } from './render/json.js';
export { renderTable } from './render/table.js';
export { themesOf, themeFamilyOf } from './themes/assign.js';
export { THEMES, THEME_FAMILIES, type Theme, type ThemeFamily, type ThemeId } from './lexicon/themes.js';
export { compareDocuments, type Comparison, type ComparedDocument, type ComparedFinding, type ThemeTrack, type JudgementRow, type CompareOptions } from './compare/compare.js';
export { SIMILARITY_THRESHOLD, similarity } from './compare/similarity.js';
export { renderComparison } from './render/compare-table.js';
export { renderCsv } from './render/csv.js';
export { renderMarkdown, renderComparisonMarkdown } from './render/markdown.js';
export * from './types.js';
