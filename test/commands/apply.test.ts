import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-apply-'));
});
const DUBAI = fixture('res179-dubai-2018.txt');
const BUSAN = fixture('res179-busan-2014.txt');
const BUCHAREST = fixtureText('proposals/bucharest-2022/revised.txt');

describe('redline apply', () => {
  it.each([
    ['instructions.md', []],
    ['markup.md', []],
    // A clean text suppresses what it leaves out only when it is said to be the whole resolution.
    ['revised.txt', ['--form', 'whole']],
  ])('the three forms of one proposal give the same text: %s', (form, flags) => {
    const r = redline(['apply', DUBAI, fixture(`proposals/bucharest-2022/${form}`), ...flags]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(BUCHAREST);
  });

  it('a clean text that leaves out an item of a block it reproduces: refused with the choices, nothing written', () => {
    const out = join(dir, 'left-out.txt');
    const r = redline(['apply', DUBAI, fixture('proposals/bucharest-2022/revised.txt'), '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/revised\.txt:1: the clean text reproduces every block but leaves out "invites Sector Members 4": left out, or suppressed\?; .* --form whole .* --form revised/u);
    expect(existsSync(out)).toBe(false);
  });

  it('--form overrides detection (and --proposal-form, its earlier name, still works)', () => {
    const kept = redline(['apply', DUBAI, fixture('proposals/bucharest-2022/revised.txt'), '--form', 'revised']);
    expect(kept.status).toBe(0);
    expect(kept.stdout).toContain('4\tto cooperate with law enforcement authorities');
    expect(kept.stderr).toMatch(/note: .*revised\.txt:1: read as an excerpt; 1 provision it does not reproduce is left as it is/u);
    expect(redline(['apply', DUBAI, fixture('proposals/bucharest-2022/revised.txt'), '--proposal-form', 'whole']).stdout).toBe(BUCHAREST);
    expect(redline(['apply', DUBAI, fixture('proposals/bucharest-2022/revised.txt'), '--form', 'bogus']).stderr).toMatch(/unknown --form "bogus"; use instructions or markup or revised or whole/u);
  });

  it('writes Markdown by extension, and the Markdown parses to the same text', () => {
    const out = join(dir, 'consolidated.md');
    expect(redline(['apply', BUSAN, fixture('proposals/rcc-2017/instructions.md'), '-o', out]).status).toBe(0);
    const back = redline(['parse', out, '--format', 'text']);
    expect(back.stdout).toBe(fixtureText('proposals/rcc-2017/expected.txt'));
  });

  it('writes a clean Word document by extension', () => {
    const out = join(dir, 'consolidated.docx');
    expect(redline(['apply', BUSAN, fixture('proposals/rcc-2017/instructions.md'), '-o', out], undefined, { SOURCE_DATE_EPOCH: '0' }).status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(redline(['parse', out, '--format', 'text']).stdout).toBe(fixtureText('proposals/rcc-2017/expected.txt'));
    expect(redline(['diff', out, fixture('proposals/rcc-2017/expected.txt')]).status).toBe(0);
  });

  it('refuses a proposal drafted on another text, naming the clause, and writes nothing', () => {
    const out = join(dir, 'stale.txt');
    const r = redline(['apply', DUBAI, fixture('proposals/stale/markup.md'), '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^redline: .*stale\/markup\.md:1: drafted on another text than the base: considering\/c \(.*carers.*\); check the base, or use --rebase/u);
    expect(existsSync(out)).toBe(false);
  });

  it('--rebase applies the changes on untouched clauses and refuses the others', () => {
    const r = redline(['apply', DUBAI, fixture('proposals/stale/markup.md'), '--rebase']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/refused: .*MOD considering c\): the clause reads differently in the base; not applied/u);
    expect(r.stdout).toContain('under regular review, taking account of technological developments, of new services');
    expect(r.stdout).toContain('c)\tthat many parents, carers and educators lack the knowledge and the tools');
  });

  it('names a missing clause with the proposal file and line, and suggests the nearest', () => {
    const p = join(dir, 'bad.md');
    writeFileSync(p, '---\nproposer: X\n---\n\nMOD considering a)\n\na)\tthat a;\n\nMOD considering z)\n\nz)\tthat z;\n');
    const r = redline(['apply', DUBAI, p]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^redline: .*bad\.md:9: MOD considering z\): no clause "considering z\)" in the base; nearest: "considering [a-k]\)"/u);
  });

  it('reports references to suppressed items on stderr and still writes the text', () => {
    const p = join(dir, 'sup.md');
    writeFileSync(p, 'SUP considering d)\n');
    const r = redline(['apply', DUBAI, p]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('redline: warning: requests-the-itu-council/4: refers to considering d), which is suppressed; left as it was\n');
  });
});

describe('redline draft', () => {
  it('writes the instructions form with front matter, MOD/ADD/SUP lines and reasons', () => {
    const r = redline(['draft', DUBAI, fixture('proposals/bucharest-2022/revised.txt'), '--proposer', 'EUR', '--reference', 'EUR/12/3', '--date', '2022-06-01']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^---\nproposer: EUR\nreference: EUR\/12\/3\ndate: 2022-06-01\nbase: RESOLUTION 179 \(REV\. DUBAI, 2018\)\n---\n/u);
    expect(r.stdout).toContain('\n\nMOD considering c)\n\nc)\tthat many parents, carers, teachers');
    expect(r.stdout).toContain('\n\nADD resolves 1\n\n1\tto give priority');
    expect(r.stdout).toContain('\n\nSUP invites Sector Members 4\n\nReasons: [to be completed by the proposer]');
  });

  it('takes reasons from --reasons FILE', () => {
    const reasons = join(dir, 'reasons.txt');
    writeFileSync(reasons, 'considering c): Carers count too.\n*: See the cover note.\n');
    const r = redline(['draft', DUBAI, fixture('proposals/bucharest-2022/revised.txt'), '--reasons', reasons]);
    expect(r.stdout).toContain('MOD considering c)\n\nc)\tthat many parents, carers, teachers and social workers still lack the knowledge and the practical tools they need to guide children safely through the risks they may meet online;\n\nReasons: Carers count too.');
    expect(r.stdout).toContain('SUP invites Sector Members 4\n\nReasons: See the cover note.');
  });

  it.each(['md', 'txt'])('apply(base, draft(base, revised)) = revised, as .%s', (ext) => {
    const out = join(dir, `draft.${ext}`);
    expect(redline(['draft', BUSAN, DUBAI, '-o', out]).status).toBe(0);
    expect(redline(['apply', BUSAN, out]).stdout).toBe(fixtureText('res179-dubai-2018.txt'));
  });
});
