import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(r.stderr).toMatch(/^redline: .*stale\/markup\.md:1: drafted on another text than the base: considering c\) \(".*carers.*"\); check the base, or use --rebase/u);
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

  it('a suppressed item leaves a list of references, with a warning on stderr; referred to alone, it is exit 2 with the line', () => {
    const list = join(dir, 'sup-list.md');
    writeFileSync(list, 'SUP resolves 2\n');
    const r = redline(['apply', DUBAI, list]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('redline: warning: instructs the Secretary-General 1: resolves 2 is suppressed and left the reference: now "resolves 1 and 2"\n');
    const alone = join(dir, 'sup-alone.md');
    writeFileSync(alone, 'SUP considering d)\n');
    const out = join(dir, 'sup-alone.txt');
    const e = redline(['apply', DUBAI, alone, '-o', out]);
    expect(e.status).toBe(2);
    expect(e.stderr).toMatch(/sup-alone\.md:1: SUP considering d\): requests the ITU Council 4 refers to considering d\), which is suppressed/u);
    expect(existsSync(out)).toBe(false);
  });
});

describe('redline apply with several proposals', () => {
  const C = 'that many parents, carers and educators lack the knowledge and the tools they need to guide children safely through the risks they may meet online;';
  const write = (name: string, body: string): string => {
    const f = join(dir, name);
    writeFileSync(f, body);
    return f;
  };
  it('conflicting proposals: exit 1, each conflict on stderr with both proposals and the clause, nothing written', () => {
    const a = write('conf-a.md', `MOD EUR/1/1 considering c)\n\nc)\t${C.replace('educators', 'teachers')}\n`);
    const b = write('conf-b.md', 'SUP ACP/2/1 considering c)\n');
    const out = join(dir, 'conflicting.txt');
    const r = redline(['apply', DUBAI, a, b, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `redline: conflict: considering c): ${a}:1 (EUR/1/1) and ${b}:1 (ACP/2/1): one modifies it, the other suppresses it`,
      'redline: nothing written; settle the conflicts, or give --order to apply the proposals in the order given, the later one winning',
    ]);
    expect(existsSync(out)).toBe(false);
    const ordered = redline(['apply', DUBAI, a, b, '--order', '-o', out]);
    expect(ordered.status).toBe(0);
    expect(ordered.stderr).toMatch(/note: --order: considering c\): .* one modifies it, the other suppresses it; the later one applies/u);
    expect(readFileSync(out, 'utf8')).not.toContain('lack the knowledge and the tools');
  });

  it('the same file twice is a conflict', () => {
    const a = write('twice.md', 'ADD considering c)\n\nc)\tthat schools matter;\n');
    const r = redline(['apply', DUBAI, a, a]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`conflict: ${a} and ${a}: are the same proposal`);
  });

  it('changes to different words of one clause combine', () => {
    const a = write('words-a.md', `MOD considering c)\n\nc)\t${C.replace('educators', 'teachers')}\n`);
    const b = write('words-b.md', `MOD considering c)\n\nc)\t${C.replace('the tools', 'the practical tools')}\n`);
    const r = redline(['apply', DUBAI, a, b]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('carers and teachers lack the knowledge and the practical tools');
    expect(r.stderr).toMatch(/note: considering c\): the changes by .* touch different words, combined/u);
  });
});

describe('redline draft', () => {
  it('writes what a delegation sends: the cover, then each change with its proposal number, its text and its Reasons', () => {
    const out = join(dir, 'eur.md');
    const args = ['--proposer', 'EUR', '--reference', 'EUR/12/3', '--date', '2022-06-01', '--meeting', 'Plenipotentiary Conference (PP-22)', '--document', '12-E'];
    const r = redline(['draft', DUBAI, fixture('proposals/bucharest-2022/revised.txt'), ...args, '-o', out]);
    expect(r.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^Plenipotentiary Conference \(PP-22\)\n\nDocument 12-E\n\n2022-06-01\n\nOriginal: English\n\nEUR\n\nProposals on revision of Resolution 179 \(Rev\. Dubai, 2018\)\n\nMOD EUR\/12\/3 title\n/u);
    expect(text).toContain('\n\nMOD EUR/12/3 considering c)\n\nc)\tthat many parents, carers, teachers');
    expect(text).toContain('\n\nADD EUR/12/3 resolves 1\n\n1\tto give priority');
    expect(text).toContain('\n\nSUP EUR/12/3 invites Sector Members 4\n\n**Reasons:** [to be completed by the proposer]');
    // Read back: the cover is the proposal's metadata, and it applies to its base.
    const parsed = JSON.parse(redline(['parse', out]).stdout) as { proposer: string; reference: string; contribution: Record<string, unknown> };
    expect(parsed).toMatchObject({ proposer: 'EUR', reference: 'EUR/12/3', contribution: { meeting: 'Plenipotentiary Conference (PP-22)', document: '12-E', date: '2022-06-01', original: 'English' } });
    expect(redline(['apply', DUBAI, out]).stdout).toBe(BUCHAREST);
    expect(redline(['apply', BUSAN, out]).stderr).toMatch(/drafted on Resolution 179 \(Rev\. Dubai, 2018\), and the base is RESOLUTION 179 \(REV\. BUSAN, 2014\)/u);
  });

  it('takes reasons from --reasons FILE', () => {
    const reasons = join(dir, 'reasons.txt');
    writeFileSync(reasons, 'considering c): Carers count too.\n*: See the cover note.\n');
    const r = redline(['draft', DUBAI, fixture('proposals/bucharest-2022/revised.txt'), '--reasons', reasons]);
    expect(r.stdout).toContain('MOD considering c)\n\nc)\tthat many parents, carers, teachers and social workers still lack the knowledge and the practical tools they need to guide children safely through the risks they may meet online;\n\n**Reasons:** Carers count too.');
    expect(r.stdout).toContain('SUP invites Sector Members 4\n\n**Reasons:** See the cover note.');
  });

  it.each(['md', 'txt'])('apply(base, draft(base, revised)) = revised, as .%s', (ext) => {
    const out = join(dir, `draft.${ext}`);
    expect(redline(['draft', BUSAN, DUBAI, '-o', out]).status).toBe(0);
    expect(redline(['apply', BUSAN, out]).stdout).toBe(fixtureText('res179-dubai-2018.txt'));
  });
});

describe('redline apply and merge on folders', () => {
  const F = (name: string): string => fixture(`folders/${name}`);

  it('consolidates each resolution of a folder with its proposal, into a folder, under its own name', () => {
    const out = join(dir, 'consolidated');
    const r = redline(['apply', F('2014'), F('proposals'), '-o', `${out}/`]);
    expect(r.status, r.stderr).toBe(0);
    for (const name of ['res179.txt', 'res900.txt', 'res901.txt']) expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(F(`consolidated/${name}`), 'utf8'));
    const file = redline(['apply', F('2014'), F('proposals'), '-o', join(dir, 'one.txt')]);
    expect(file.status).toBe(2);
    expect(file.stderr).toMatch(/2014: is a folder: give one folder of proposals and -o a folder \(ending in \/\) for the consolidated texts/u);
    expect(existsSync(join(dir, 'one.txt'))).toBe(false);
  });

  it('takes a folder of proposals as its files, in name order', () => {
    const folder = join(dir, 'proposal-folder');
    mkdirSync(folder);
    copyFileSync(fixture('proposals/rcc-2017/instructions.md'), join(folder, 'rcc.md'));
    expect(redline(['apply', BUSAN, folder]).stdout).toBe(fixtureText('proposals/rcc-2017/expected.txt'));
    const merged = JSON.parse(redline(['merge', BUSAN, folder, '--format', 'json']).stdout) as { proposers: { proposer: string }[] };
    expect(merged.proposers.length).toBe(1);
  });
});
