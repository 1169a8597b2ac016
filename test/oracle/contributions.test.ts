/**
 * Contributions as Word files another producer wrote: LibreOffice builds the two fixture
 * contributions, marked the ITU way (underline and strike-through, no tracked changes) and with
 * tracked changes by the proposer. Every one applies to its base with no flag.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';
import { wordSpec } from '../helpers/marked.js';
import { buildWithLibreOffice, requireOracle, type BuildResult, type BuildSpec } from './libreoffice.js';

const dir = mkdtempSync(join(tmpdir(), 'redline-lo-contributions-'));
const CONTRIBUTIONS = [
  { name: 'cwg-cop-14', base: fixture('res179-busan-2014.txt'), author: 'Russian Federation' },
  { name: 'pp-22', base: fixture('res179-dubai-2018.txt'), author: 'RCC' },
];
const CASES = CONTRIBUTIONS.flatMap((c) =>
  (['formatting', 'tracked'] as const).map((mode) => ({
    ...c,
    mode,
    spec: wordSpec(fixtureText(`contributions/${c.name}/contribution.txt`), join(dir, `${c.name}-${mode}.docx`), mode, c.author) as BuildSpec,
  })),
);

const available = requireOracle();
const built = new Map<string, BuildResult>();

beforeAll(async () => {
  if (!available) return;
  for (const r of await buildWithLibreOffice(CASES.map((c) => c.spec))) built.set(r.out, r);
}, 600_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!available)('contributions written by LibreOffice', () => {
  it.each(CASES.map((c) => [`${c.name}, ${c.mode}`, c] as const))('%s: applies to its base with no flag', (_name, c) => {
    expect(built.get(c.spec.out)?.ok).toBe(true);
    const r = redline(['apply', c.base, c.spec.out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(fixtureText(`contributions/${c.name}/expected.txt`));
    // The reading the file was given is said when no --marks chose it.
    const said = /no tracked changes; underlined text read as added and struck-through text as deleted/u;
    if (c.mode === 'formatting') expect(r.stderr).toMatch(said);
    else expect(r.stderr).not.toMatch(said);
  });

  it.each(CASES.map((c) => [`${c.name}, ${c.mode}`, c] as const))('%s: parse reads the proposed text, and says what it set aside', (_name, c) => {
    const r = redline(['parse', c.spec.out, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/note: .*: read as a proposal; set aside: a cover of \d+ paragraphs, MOD RCC\/\S+/u);
  });
});
