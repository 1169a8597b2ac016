/**
 * The library as docs/api.md shows it: every example there is run against the built package, from
 * the repository root, and must print what the page says it prints.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const page = readFileSync(join(root, 'docs/api.md'), 'utf8');
const entry = pathToFileURL(join(root, 'dist/index.js')).href;
const dir = mkdtempSync(join(tmpdir(), 'redline-api-'));

/** Each ```js block with its heading, and the ```text block right after it when there is one. */
const examples = [...page.matchAll(/```js\n([\s\S]*?)```(?:\n\n```text\n([\s\S]*?)```)?/gu)].map((m, k) => {
  const heading = [...page.slice(0, m.index).matchAll(/^## (.+)$/gmu)].at(-1)?.[1] ?? 'top';
  return { name: `${k + 1}. ${heading}`, code: m[1] ?? '', output: m[2] };
});

describe('docs/api.md', () => {
  it('has an example for each call', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    for (const call of ['parse(', 'compare(', 'write(', 'readProposal(', 'applyProposal(', 'draft(', 'registerLanguage(', 'diffPaths(', 'merge(', 'check(', 'lint(']) {
      expect(examples.some((e) => e.code.includes(call)), call).toBe(true);
    }
  });

  it.each(examples)('example $name runs and prints what the page shows', ({ name, code, output }) => {
    const file = join(dir, `${name.replace(/\W+/gu, '-')}.mjs`);
    writeFileSync(file, code.replaceAll("from 'resolution-redline'", `from '${entry}'`));
    const r = spawnSync(process.execPath, [file], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    if (output !== undefined) expect(r.stdout).toBe(output);
  });
});
