// Golden files: each fixtures/<case>/input.* beside its expected.json (the --json output, with
// the path made relative). `npm run test:update` rewrites them; review the diff like code.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';

const dir = new URL('../fixtures/', import.meta.url);
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(new URL(`${d.name}/`, dir))
      .filter((f) => /^input\.(?:txt|html?)$/.test(f))
      .map((f) => `${d.name}/${f}`),
  );

describe.each(cases)('%s', (name) => {
  it('gives the reviewed output', async () => {
    const result = parse(readFileSync(new URL(name, dir)), { path: `fixtures/${name}` });
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(`../fixtures/${name.replace(/input\.\w+$/, 'expected.json')}`);
  });
});
