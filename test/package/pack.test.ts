/**
 * The package as users get it: `npm pack`, then installed globally into a temporary prefix and as
 * a dependency of a temporary app. The command runs from its bin, and the library imports by its
 * name with its type declarations. Dependencies come from npm's cache when they are there.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const BUSAN = join(root, 'fixtures/en/res179-busan-2014.txt');
const DUBAI = join(root, 'fixtures/en/res179-dubai-2018.txt');

function run(command: string, args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let tarball: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-pack-'));
  // dist/ is built by the test command before the tests run
  const packed = run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], root);
  expect(packed.status, packed.stderr).toBe(0);
  const name = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  expect(name).toBe(`${manifest.name}-${manifest.version}.tgz`);
  tarball = join(dir, name as string);
}, 120_000);

describe('the packed package', () => {
  it('holds the command, the library, its declarations and the language tables, and no tests or fixtures', () => {
    const listed = run('tar', ['-tzf', tarball], dir).stdout.split('\n');
    for (const f of ['package/bin/redline.js', 'package/dist/bin/cli.js', 'package/dist/lib/index.js', 'package/dist/index.d.ts', 'package/src/languages/en.json', 'package/src/languages/zh.json', 'package/README.md', 'package/CHANGELOG.md', 'package/LICENSE']) expect(listed).toContain(f);
    expect(listed.filter((f) => /^package\/(?:test|fixtures|bench)\//u.test(f))).toEqual([]);
    // tsc's modules are bundled into dist/bin and dist/lib: only their declarations ship besides
    expect(listed.filter((f) => /^package\/dist\/(?!bin\/|lib\/).*\.js$/u.test(f))).toEqual([]);
  });

  it('declares the Node its dependencies need: no EBADENGINE from any of them on the Node it declares', () => {
    const pkg = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], dir).stdout) as { engines: { node: string }; dependencies: Record<string, string> };
    expect(pkg.engines.node).toBe('>=20.19');
    // docx is bundled into dist/lib and dist/bin: its nanoid 6 (Node 22) is never installed
    expect(Object.keys(pkg.dependencies)).not.toContain('docx');
  });

  it('installs globally: redline runs from the bin with its version and writes a Word redline', () => {
    const prefix = join(dir, 'global');
    const installed = run('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', tarball], dir);
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stderr).not.toMatch(/EBADENGINE/u);
    const bin = join(prefix, 'bin', 'redline');
    expect(run(bin, ['--version'], dir).stdout).toBe(`${manifest.version}\n`);
    const diff = run(bin, ['diff', BUSAN, DUBAI, '-o', join(dir, 'redline.docx')], dir);
    expect(diff.stderr).toBe('');
    expect(diff.status).toBe(0);
    expect(readFileSync(join(dir, 'redline.docx')).subarray(0, 2).toString()).toBe('PK');
  }, 180_000);

  it('installs as a dependency: the library imports by its name, with types', () => {
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }));
    const installed = run('npm', ['install', '--prefer-offline', tarball], app);
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stderr).not.toMatch(/EBADENGINE/u);
    writeFileSync(join(app, 'use.mjs'), "import { parse, compare, write } from 'resolution-redline';\nconst r = parse('RESOLUTION 1 (REV. DUBAI, 2018)\\n\\nconsidering\\n\\na)\\tthat it is so;\\n');\nconsole.log(r.kind, r.blocks.map((b) => b.items.map((i) => i.id).join()).join());\nconst word = await write('docx', { kind: 'redline', diffs: compare(r, r) });\nconsole.log(word[0] === 0x50 && word[1] === 0x4b ? 'docx' : 'not docx');\n");
    const used = run(process.execPath, ['use.mjs'], app);
    expect(used.stderr).toBe('');
    expect(used.stdout).toBe('resolution considering/a\ndocx\n');
    const types = readFileSync(join(app, 'node_modules', manifest.name, 'dist', 'index.d.ts'), 'utf8');
    expect(types).toMatch(/export declare function parse\(/u);
  }, 180_000);
});
