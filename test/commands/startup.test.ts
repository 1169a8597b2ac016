/**
 * Start-up: a command loads the code of the formats in use and nothing more. The modules a run
 * loads are traced by a module hook that records each file the ESM loader reads; the bundle marks
 * each module it holds (`// dist/readers/document.js`), so the trace names source modules.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/redline.js', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/en/${name}`, import.meta.url));

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-startup-'));
  writeFileSync(join(dir, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  if (url.startsWith('file:')) appendFileSync(process.env.TRACE_FILE, url + '\\n');\n  return next(url, context);\n}\n");
  writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
  // a git that leaves a mark: the author of Word revisions is the only reason to run it
  writeFileSync(join(dir, 'git'), `#!/bin/sh\ntouch "${join(dir, 'git-ran')}"\necho Tester\n`);
  chmodSync(join(dir, 'git'), 0o755);
});

interface Traced {
  status: number | null;
  /** the source modules loaded: `readers/document.js`, `node_modules/remark-parse/…` */
  modules: string[];
  gitRan: boolean;
}

function traced(args: string[]): Traced {
  const trace = join(dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(trace, '');
  const marker = join(dir, 'git-ran');
  rmSync(marker, { force: true });
  const r = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), bin, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, TRACE_FILE: trace, NO_COLOR: '1', PATH: `${dir}${delimiter}${process.env['PATH'] ?? ''}` },
  });
  const files = readFileSync(trace, 'utf8').split('\n').filter((u) => u.includes('/dist/bin/'));
  const modules = files.flatMap((u) => [...readFileSync(fileURLToPath(u), 'utf8').matchAll(/^\/\/ (?:dist\/)?(\S+\.[cm]?js)$/gmu)].map((m) => m[1] as string));
  return { status: r.status, modules, gitRan: existsSync(marker) };
}

const has = (t: Traced, prefix: string): boolean => t.modules.some((m) => m.startsWith(prefix));

describe('start-up loads only what the formats in use need', () => {
  it('--version and --help load neither the document readers, the engine, the format writers nor their libraries', () => {
    for (const flag of ['--version', '--help']) {
      const t = traced([flag]);
      expect(t.status).toBe(0);
      expect(has(t, 'commands/parse.js'), flag).toBe(true);
      const heavy = t.modules.filter((m) => /^(?:readers\/document|engine\/|writers\/(?:markdown|docx|html)\.|node_modules\/(?!commander\/))/u.test(m));
      expect(heavy, flag).toEqual([]);
    }
  });

  it('parse of a .txt loads the readers but no Markdown parser, Word library or comparison engine, even with an old .md output beside it', () => {
    copyFileSync(fixture('res179-dubai-2018.txt'), join(dir, 'res.txt'));
    writeFileSync(join(dir, 'old.md'), '# left by an earlier run\n');
    const t = traced(['parse', 'res.txt', '-o', 'old.md']);
    expect(t.status).toBe(0);
    expect(has(t, 'readers/document.js')).toBe(true);
    expect(has(t, 'readers/markdown-parser.js')).toBe(false);
    expect(has(t, 'node_modules/remark')).toBe(false);
    expect(has(t, 'node_modules/docx/')).toBe(false);
    expect(has(t, 'engine/compare.js')).toBe(false);
  });

  it('parse of a .md input loads the Markdown parser', () => {
    copyFileSync(fixture('res179-dubai-2018.headings.md'), join(dir, 'res.md'));
    const t = traced(['parse', 'res.md', '--format', 'json']);
    expect(t.status).toBe(0);
    expect(has(t, 'readers/markdown-parser.js')).toBe(true);
  });

  it('diff to Markdown neither loads the Word writer nor asks git for an author; diff to Word does both', () => {
    copyFileSync(fixture('res179-busan-2014.txt'), join(dir, 'a.txt'));
    copyFileSync(fixture('res179-dubai-2018.txt'), join(dir, 'b.txt'));
    const md = traced(['diff', 'a.txt', 'b.txt', '-o', 'out.md']);
    expect(md.status).toBe(0);
    expect(has(md, 'engine/compare.js')).toBe(true);
    expect(has(md, 'writers/docx.js')).toBe(false);
    expect(md.gitRan).toBe(false);
    const docx = traced(['diff', 'a.txt', 'b.txt', '-o', 'out.docx']);
    expect(docx.status).toBe(0);
    expect(has(docx, 'writers/docx.js')).toBe(true);
    expect(docx.gitRan).toBe(true);
  });
});
