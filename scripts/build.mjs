// Bundles the library, the CLI and the batch worker into dist/ with esbuild (one file each:
// fast start-up), writes the type declarations with tsc, and the CLI's code cache.
//
// Start-up: what only some runs need is not in those bundles. Each LAZY module is bundled on
// its own as CommonJS (dist/lazy/NAME.cjs), and the main bundles get a stand-in with the same
// exported functions that require()s it on the first call, so parse() stays synchronous.
// tinyglobby (globs) and chalk (the terminal table), imported dynamically, stay in node_modules.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const LAZY = [
  'src/pipeline/code-pages.ts', // iconv-lite and chardet: text that is not UTF-8
  'src/pipeline/html-tree.ts', // rehype-parse and parse5: HTML pages
  'src/render/csv-writer.ts', // csv-stringify: --csv
].map((path) => resolve(root, path));

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  define: { 'process.env.INSPECT_PARSE_VERSION': JSON.stringify(version) },
};

// The lazy modules, and the names of the functions each exports.
const lazyExports = new Map();
const requireBuilt = createRequire(import.meta.url);
for (const path of LAZY) {
  const outfile = resolve(root, 'dist/lazy', `${basename(path, '.ts')}.cjs`);
  await build({ ...common, format: 'cjs', entryPoints: [path], outfile });
  const exported = requireBuilt(outfile);
  const names = Object.keys(exported).filter((name) => name !== '__esModule');
  for (const name of names) if (typeof exported[name] !== 'function') throw new Error(`${path}: lazy modules may export only functions (${name})`);
  lazyExports.set(path, { names, file: `./lazy/${basename(outfile)}` });
}

/** Replaces each import of a lazy module by a stand-in that loads it on the first call. */
const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    b.onResolve({ filter: /\.js$/ }, (args) => {
      const path = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      return lazyExports.has(path) ? { path, namespace: 'lazy' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => {
      const { names, file } = lazyExports.get(args.path);
      const contents = [
        "import { createRequire } from 'node:module';",
        'let loaded;',
        `const load = () => (loaded ??= createRequire(import.meta.url)(${JSON.stringify(file)}));`,
        ...names.map((name) => `export function ${name}(...args) { return load().${name}(...args); }`),
      ].join('\n');
      return { contents, loader: 'js', resolveDir: root };
    });
  },
};

/**
 * commander requires node:child_process at load (for executable subcommands, which this CLI
 * does not have): ~10 ms of every start-up. It gets a stand-in that loads it on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

const esm = {
  ...common,
  format: 'esm',
  external: ['tinyglobby', 'chalk'],
  plugins: [lazyModules, lazyChildProcess],
  // Bundled CommonJS dependencies call require(): give them one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};
await build({ ...esm, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
// The CLI as CommonJS, so that bin/inspect-parse.js can run it from V8's code cache (below).
// A function read from the cache cannot import() (Node loses its loader), so every import is
// a require() here, and chalk and tinyglobby are bundled: CommonJS output initialises them
// only when first imported, so they still cost nothing to a run that does not use them.
await build({
  ...esm,
  format: 'cjs',
  external: [],
  supported: { 'dynamic-import': false },
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  define: { ...esm.define, 'import.meta.url': '__cliUrl' },
  banner: { js: "const __cliUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The worker thread of a batch (--jobs): runs the same bundled pipeline as the CLI.
await build({ ...esm, entryPoints: ['src/batch/worker.ts'], outfile: 'dist/worker.js' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });

// V8's code cache for the CLI: bin/inspect-parse.js writes it after one run on a sample, so it
// holds the functions a run compiles, and later runs skip parsing and compiling them. A cache
// from another Node version is refused by V8, and the CLI then compiles as usual.
execFileSync(process.execPath, ['bin/inspect-parse.js', 'fixtures/unannounced-letter/input.txt', '--json'], {
  cwd: root,
  stdio: 'ignore',
  env: { ...process.env, INSPECT_PARSE_WRITE_CODE_CACHE: '1' },
});
