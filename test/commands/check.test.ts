/**
 * `redline check` as a pipeline runs it: a good consolidation passes; a changed word, a missing
 * item, a clause too many or a leftover mark fails with the clause and its line named, in text,
 * JSON and GitHub annotations; conflicts and bad input keep their exit statuses.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';

const BASE = fixture('res179-dubai-2018.txt');
const RCC = fixture('merge/rcc.md');
const CITEL = fixture('merge/citel.txt');
let dir: string;
let good: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-check-'));
  good = join(dir, 'consolidated.txt');
  expect(redline(['apply', BASE, RCC, CITEL, '-o', good]).status).toBe(0);
});
const tampered = (name: string, edit: (text: string) => string): string => {
  const file = join(dir, name);
  writeFileSync(file, edit(readFileSync(good, 'utf8')));
  return file;
};
const lineOf = (file: string, start: string): number => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('redline check', () => {
  it('passes a consolidation that is the base with the proposals applied, whatever its spacing', () => {
    expect(redline(['check', BASE, RCC, CITEL, '--expect', good])).toMatchObject({ status: 0, stdout: `check passed: ${good} is the base with the proposals applied\n` });
    const spaced = tampered('spaced.txt', (t) => t.replace('legal guardians and', 'legal  guardians   and'));
    expect(redline(['check', BASE, RCC, CITEL, '--expect', spaced]).status).toBe(0);
  });

  it('fails on a changed word, naming the clause, its line and the word diff', () => {
    const file = tampered('word.txt', (t) => t.replace('media literacy', 'media skills'));
    const r = redline(['check', BASE, RCC, CITEL, '--expect', file]);
    expect(r.status).toBe(1);
    const line = lineOf(file, '5\tto include digital literacy');
    expect(r.stdout).toBe(`${file}:${line}: invites Member States 5: differs from the base with the proposals applied\n  5 to include digital literacy, media [-literacy-]{+skills+} and online safety in school curricula from an early age and to provide teachers with appropriate training;\ncheck failed: 1 clause differs\n`);
  });

  it('fails on a missing item and on an item too many', () => {
    const missing = tampered('missing.txt', (t) => t.replace(/\n4\tthat ITU should work in close cooperation[^\n]*\n/u, '\n'));
    const r = redline(['check', BASE, RCC, CITEL, '--expect', missing, '--format', 'json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { ok: boolean; mismatches: { id: string; expected: string | null; actual: string | null }[] };
    expect(json.ok).toBe(false);
    expect(json.mismatches.find((m) => m.id === 'resolves/4')).toMatchObject({ actual: null, expected: expect.stringMatching(/^4 that ITU should work in close cooperation/u) as unknown });
    const extra = tampered('extra.txt', (t) => t.replace('\nrequests the ITU Council\n', '\n6\tto do one more thing,\n\nrequests the ITU Council\n'));
    const e = JSON.parse(redline(['check', BASE, RCC, CITEL, '--expect', extra, '--format', 'json']).stdout) as { mismatches: { expected: string | null; actual: string | null; line: number | null }[] };
    expect(e.mismatches.some((m) => m.expected === null && m.actual === '6 to do one more thing,' && m.line === lineOf(extra, '6\tto do one more thing'))).toBe(true);
  });

  it('annotates the consolidated file for GitHub Actions', () => {
    const file = tampered('gh.txt', (t) => t.replace('media literacy', 'media skills'));
    const r = redline(['check', BASE, RCC, CITEL, '--expect', file, '--format', 'github']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^::error file=${file.replace(/[/.]/gu, '\\$&')},line=${lineOf(file, '5\tto include')},title=redline check%3A invites Member States 5::invites Member States 5 differs from the base with the proposals applied\\. Expected "5 to include digital literacy, media literacy .*"; found "5 to include digital literacy, media skills .*"\\n$`, 'u'));
  });

  it('a file that still carries marks is not consolidated', () => {
    const marked = join(dir, 'marked.docx');
    expect(redline(['diff', BASE, good, '-o', marked, '--author', 'Secretariat']).status).toBe(0);
    const r = redline(['check', BASE, RCC, CITEL, '--expect', marked]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('still carries Word tracked changes: it is not a consolidated text');
    const critic = tampered('critic.md', (t) => t.replace('media literacy', 'media {--literacy--}{++skills++}'));
    expect(redline(['check', BASE, RCC, CITEL, '--expect', critic]).stdout).toContain('still carries CriticMarkup');
  });

  it('conflicting proposals are exit 1 as in apply; bad input is exit 2 with one line', () => {
    const r = redline(['check', BASE, fixture('merge/cept.md'), RCC, '--expect', good]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('redline: conflict: invites Sector Members 4');
    expect(redline(['check', BASE, RCC])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--expect/u) as unknown });
    expect(redline(['check', BASE, RCC, '--expect', good, '--format', 'xml'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--format/u) as unknown });
    expect(fixtureText('res179-dubai-2018.txt')).not.toBe(readFileSync(good, 'utf8'));
  });
});

describe('redline check on folders', () => {
  const F = (name: string): string => fixture(`folders/${name}`);

  it('checks each resolution with its proposal against its consolidated text, matched by name; JSON per file', () => {
    const r = redline(['check', F('2014'), F('proposals'), '--expect', F('consolidated')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('check passed: 3 files');
    const bad = redline(['check', F('2014'), F('proposals'), '--expect', F('2018'), '--format', 'json']);
    expect(bad.status).toBe(1);
    const j = JSON.parse(bad.stdout) as { ok: boolean; documents: { file: string; ok: boolean; mismatches: unknown[] }[] };
    expect(j.ok).toBe(false);
    expect(j.documents.map((d) => [d.file.split('/').at(-1), d.ok])).toEqual([['res179.txt', false], ['res900.txt', false], ['res901.txt', false]]);
    expect(j.documents.every((d) => d.mismatches.length > 0)).toBe(true);
    const github = redline(['check', F('2014'), F('proposals'), '--expect', F('2018'), '--format', 'github']);
    expect(new Set(github.stdout.trim().split('\n').map((l) => /file=([^,]+)/u.exec(l)?.[1]?.split('/').at(-1)))).toEqual(new Set(['res179.txt', 'res900.txt', 'res901.txt']));
  });

  it('refuses folders that do not match, in one line', () => {
    const lone = mkdtempSync(join(tmpdir(), 'redline-check-lone-'));
    writeFileSync(join(lone, 'res999.txt'), fixtureText('pairs/move/base.txt'));
    const r = redline(['check', F('2014'), F('proposals'), '--expect', lone]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/: has res999, which .*2014 does not; add its base text to .*2014, or take it out$/u)]);
    const file = redline(['check', F('2014'), F('proposals/res179.md'), '--expect', F('consolidated')]);
    expect(file.status).toBe(2);
    expect(file.stderr).toMatch(/2014: is a folder: give one folder of proposals, and --expect a folder of consolidated texts/u);
  });
});
