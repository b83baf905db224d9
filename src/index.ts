// The library: `import { parse } from 'inspect-parse'`.
export { parse, blocksOf, type ParseOptions } from './parse.js';
export { main, type Io } from './cli/main.js';
export { EXIT } from './cli/exit-codes.js';
export { RULES } from './extractors/registry.js';
export { defineRule, type AnyRule, type Doc, type Rule, type FilterRule, type Draft } from './extractors/define.js';
export { renderJson, renderNdjson } from './render/json.js';
export { renderTable } from './render/table.js';
export * from './types.js';
