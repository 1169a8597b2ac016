/**
 * The six official languages end to end, on parallel fixtures written for this project: one
 * Res. 179-shaped text per language, its revision, the same changes as instructions and as a
 * marked-up contribution, a numbered meeting report, and a text with shapes the tables do not know.
 * Ids are the same in every language, so English is the yardstick.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { alignInputs, applyInputs, checkInputs, compare, diffPaths, draftInputs, language, lint, mergeInputs, parse, readInput, write } from '../../src/index.js';
import { normalizeHeading } from '../../src/model/language.js';
import type { Change } from '../../src/model/comparison.js';
import { clausesOf } from '../../src/model/clauses.js';
import type { Resolution } from '../../src/model/resolution.js';
import { writeText } from '../../src/writers/text.js';
import { redline } from '../helpers/cli.js';

const DATE = '2026-01-01T00:00:00Z';
const at = (lang: string, name: string): string => `fixtures/${lang}/parallel/${name}`;
const read = (lang: string, name: string): string => readFileSync(at(lang, name), 'utf8');
const tree = (lang: string, name: string): Resolution => parse(readInput(at(lang, name))) as Resolution;
const ids = (res: Resolution): string[] => clausesOf(res).map((c) => c.id);

/**
 * Per language: the tag of the base; the one word considering b) trades for another; and the
 * cross-reference to resolves 1 and 2 in instructs the Secretary-General 1, before and after a new
 * resolves 1 re-numbers them.
 */
const LANGUAGES = {
  en: { revision: 'REV. BUSAN, 2014', word: ['encounter', 'meet'], reference: ['resolves 1 and 2', 'resolves 2 and 3'] },
  fr: { revision: 'RÉV. BUSAN, 2014', word: ['rencontrer', 'croiser'], reference: ['points 1 et 2 du décide', 'points 2 et 3 du décide'] },
  es: { revision: 'REV. BUSÁN, 2014', word: ['toparse', 'encontrarse'], reference: ['resuelve 1 y 2', 'resuelve 2 y 3'] },
  ru: { revision: 'ПЕРЕСМ. ПУСАН, 2014 г.', word: ['вредоносным', 'вредным'], reference: ['решает 1 и 2', 'решает 2 и 3'] },
  zh: { revision: '2014年，釜山，修订版', word: ['遭遇', '遇到'], reference: ['做出决议第1和第2段', '做出决议第2和第3段'] },
  ar: { revision: 'المراجَع في بوسان، 2014', word: ['يصادفون', 'يواجهون'], reference: ['الفقرتين 1 و2 من "يقرر"', 'الفقرتين 2 و3 من "يقرر"'] },
} as const;
const CODES = Object.keys(LANGUAGES) as (keyof typeof LANGUAGES)[];

const english = tree('en', 'resolution.txt');
const structure = (changes: readonly Change[]): unknown[] => changes.map((c) => ({ op: c.op, kind: c.kind, base: c.base, revised: c.revised, relabeled: c.relabeled ?? false, moved: c.moved ?? false }));
const englishDiff = diffPaths(at('en', 'resolution.txt'), at('en', 'revised.txt'), { date: DATE, author: 'Test' }).diffs[0];

describe.each(CODES)('%s', (code) => {
  const expected = LANGUAGES[code];
  const lang = language(code);
  const base = tree(code, 'resolution.txt');

  it('ships a table, and the text is detected as written in it', () => {
    expect(lang?.code).toBe(code);
    expect(base.lang).toBe(code);
    expect(tree(code, 'revised.txt').lang).toBe(code);
    expect(tree(code, 'meeting-report.txt').lang).toBe(code);
  });

  it('parses to the tree of the English text: the same ids, the number, the revision tag, subtitle and formula', () => {
    expect(ids(base)).toEqual(ids(english));
    expect(base.blocks.map((b) => b.part)).toEqual(english.blocks.map((b) => b.part));
    expect(base).toMatchObject({ kind: 'resolution', number: '179', revision: expected.revision });
    expect(base.subtitle).not.toBeNull();
    expect(base.formula).not.toBeNull();
    expect(base.blocks.filter((b) => lang?.headingIndex.has(normalizeHeading(b.heading)) !== true)).toEqual([]);
    expect(ids(tree(code, 'revised.txt'))).toEqual(ids(tree('en', 'revised.txt')));
  });

  it('diffs to the changes of the English diff, and to the JSON kept with the fixtures', async () => {
    const diff = diffPaths(at(code, 'resolution.txt'), at(code, 'revised.txt'), { date: DATE, author: 'Test' }).diffs[0];
    expect(structure(diff?.comparison.changes ?? [])).toEqual(structure(englishDiff?.comparison.changes ?? []));
    expect(diff?.comparison.summary).toEqual(englishDiff?.comparison.summary);
    const json = (await write('json', { kind: 'redline', diffs: diff ? [diff] : [] })) as string;
    expect(json).toBe(read(code, 'diff.json'));
  });

  it('shows the one word changed in considering b) as that whole word', async () => {
    const diff = diffPaths(at(code, 'resolution.txt'), at(code, 'revised.txt'), { date: DATE, author: 'Test' }).diffs;
    const md = (await write('md', { kind: 'redline', diffs: diff })) as string;
    expect(md).toContain(`{~~${expected.word[0]}~>${expected.word[1]}~~}`);
    const html = (await write('html', { kind: 'redline', diffs: diff })) as string;
    expect(html).toContain(`<html lang="${code}" dir="${lang?.dir ?? '?'}">`);
  });

  it('writes Word files with the direction, language and fonts of its table', async () => {
    const diffs = diffPaths(at(code, 'resolution.txt'), at(code, 'revised.txt'), { date: DATE, author: 'Test' }).diffs;
    const files = unzipSync((await write('docx', { kind: 'redline', diffs })) as Uint8Array);
    const document = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const styles = strFromU8(files['word/styles.xml'] ?? new Uint8Array());
    expect(styles).toContain(`w:val="${lang?.locale ?? '?'}"`);
    expect(document.includes('<w:bidi/>') && document.includes('<w:rtl/>')).toBe(lang?.dir === 'rtl');
    if (lang?.dir === 'rtl') expect(styles).toContain(`w:bidi="${lang.locale}"`);
    expect(styles.includes(`w:eastAsia="${lang?.locale ?? '?'}"`)).toBe(lang?.script === 'Han');
    expect(styles).toContain(`w:eastAsia="${lang?.fonts.eastAsia ?? '?'}"`);
  });

  it('applies the instructions and the marked-up contribution to the revised text, and a drafted proposal (Markdown, Word) back to it', async () => {
    const revised = read(code, 'revised.txt');
    const applied = (file: string, bytes: Uint8Array): string => writeText(applyInputs(readInput(at(code, 'resolution.txt')), [{ file, bytes }]).resolution);
    for (const proposal of ['instructions.md', 'contribution.txt']) expect(applied(proposal, readFileSync(at(code, proposal)))).toBe(revised);
    const { draft } = draftInputs(readInput(at(code, 'resolution.txt')), readInput(at(code, 'revised.txt')), { date: '2026-01-01', revisionDate: DATE });
    const md = (await write('md', { kind: 'proposal', draft })) as string;
    expect(md).toContain(lang?.reasons ?? '?');
    expect(applied('draft.md', new TextEncoder().encode(md))).toBe(revised);
    expect(applied('draft.docx', (await write('docx', { kind: 'proposal', draft })) as Uint8Array)).toBe(revised);
  });

  it('re-numbers the cross-references of the language after a new item, and lint finds one to an item that does not exist', () => {
    const [before, after] = expected.reference;
    const reference = (res: Resolution): string => res.blocks.find((b) => b.id === 'instructs-the-secretary-general')?.items[0]?.text ?? '';
    expect(reference(base)).toContain(before);
    const resolves = base.blocks.find((b) => b.id === 'resolves')?.heading ?? '';
    const add = `---\nproposer: Test\n---\n\nADD ${resolves} 1\n\n1\t${expected.word[1]};\n`;
    const applied = applyInputs(readInput(at(code, 'resolution.txt')), [{ file: 'add.md', bytes: new TextEncoder().encode(add) }]).resolution;
    expect(reference(applied)).toContain(after);
    const wrong = read(code, 'resolution.txt').replace(before, before.replace(/2/u, '7'));
    expect(lint(wrong, { file: 'wrong.txt' }).map((f) => [f.rule, f.line])).toEqual([['cross-references', 41]]);
  });

  it('merges, checks and lints in the language', async () => {
    const merged = mergeInputs(readInput(at(code, 'resolution.txt')), [readInput(at(code, 'instructions.md'))]);
    expect(merged.merge.conflicts).toBe(0);
    const md = (await write('md', { kind: 'merge', merge: merged.merge, view: 'compilation', changedOnly: false })) as string;
    const words = lang?.words.merge;
    expect(md).toContain((words?.compilation ?? '').split('{title}')[0]?.trim() ?? '');
    expect(md).toContain(lang?.referenceWords.revision ?? '');
    expect(md).toContain(lang?.reasons ?? '');
    expect(merged.merge.documents[0]?.clauses.find((c) => c.id === 'revision')?.reference).toBe(lang?.referenceWords.revision);
    const checked = checkInputs(readInput(at(code, 'resolution.txt')), [readInput(at(code, 'contribution.txt'))], readInput(at(code, 'revised.txt')));
    expect(checked.report).toMatchObject({ ok: true, mismatches: [] });
    for (const name of ['resolution.txt', 'revised.txt']) expect(lint(readInput(at(code, name)))).toEqual([]);
  });

  it('aligns with the English version, and names what a revised version has that the base has not', () => {
    expect(alignInputs(readInput(at('en', 'resolution.txt')), readInput(at(code, 'resolution.txt')))).toMatchObject({ ok: true, gaps: [], order: [], numbers: null, a: { lang: 'en' }, b: { lang: code } });
    const report = alignInputs(readInput(at('en', 'resolution.txt')), readInput(at(code, 'revised.txt')));
    expect(report.ok).toBe(false);
    expect(report.gaps.map((g) => [g.in, g.id])).toEqual([
      ['a', 'considering/d'],
      ['b', 'recognizing/d'],
    ]);
    expect(report.gaps[1]?.reference.startsWith(tree(code, 'revised.txt').blocks[1]?.heading ?? '?')).toBe(true);
  });

  it('parses the numbered meeting report with the ids of the English one, enumerations kept in their paragraph', () => {
    const report = tree(code, 'meeting-report.txt');
    expect(report.kind).toBe('document');
    expect(ids(report)).toEqual(ids(tree('en', 'meeting-report.txt')));
    const enumeration = report.blocks[0]?.items[1]?.items[0]?.text ?? '';
    expect(enumeration.match(/[1-3１-３١-٣][)）]/gu)).toHaveLength(3);
    // the bullet lines stay with the paragraph that introduces them
    expect(report.blocks[0]?.items[1]?.items[1]?.text.split('\n').filter((l) => l.startsWith('·'))).toHaveLength(2);
    // paragraph 1.2 taken out (`1.2` or `١.٢`) and a word of 2.1 changed: one SUP, one MOD
    const edited = read(code, 'meeting-report.txt')
      .replace(/\n\n(?:1\.2|١\.٢)\t[^\n]*\n/u, '\n')
      .replace(/\n((?:2\.1|٢\.١)\t)/u, '\n$1X ');
    const changes = compare(report, parse(edited, { file: 'report.txt' }))[0]?.comparison.changes.filter((c) => c.op !== 'NOC') ?? [];
    expect(changes.map((c) => `${c.op} ${c.base ?? ''}`).sort()).toEqual(['MOD body/2/2.1', 'SUP body/1/1.2']);
  });

  it('reads a heading the table does not know by its shape, and a formula without its comma; lint names both', () => {
    const shapes = tree(code, 'shapes.txt');
    expect(shapes.formula).not.toBeNull();
    expect(shapes.blocks.map((b) => b.items.length)).toEqual([2, 1, 1, 1]);
    const unknown = shapes.blocks[2];
    expect(lang?.headingIndex.has((unknown?.heading ?? '').toLocaleLowerCase())).toBe(false);
    expect(unknown?.items[0]?.label).toBe('');
    const findings = lint(readInput(at(code, 'shapes.txt')));
    expect(findings.map((f) => [f.rule, f.clause])).toEqual([
      ['punctuation', lang?.referenceWords.formula],
      ['headings', unknown?.heading],
    ]);
  });
});

describe('the command line in every language', () => {
  it('aligns two language versions (exit 0) and names the clauses on either side when they differ (exit 1)', () => {
    const same = redline(['align', at('zh', 'resolution.txt'), at('ar', 'resolution.txt')]);
    expect(same.stdout).toMatch(/^aligned: .* \(zh\) and .* \(ar\) have the same 31 clauses\n$/u);
    expect(same.status).toBe(0);
    const differ = redline(['align', at('en', 'resolution.txt'), at('ru', 'revised.txt'), '--format', 'json']);
    expect(differ.status).toBe(1);
    const json = JSON.parse(differ.stdout) as { ok: boolean; gaps: { in: string; id: string; reference: string; line: number }[] };
    expect(json.ok).toBe(false);
    expect(json.gaps).toEqual([
      { id: 'considering/d', in: 'a', reference: 'considering d)', line: 15 },
      { id: 'recognizing/d', in: 'b', reference: 'признавая d)', line: 23 },
    ]);
  });

  it('names blocks in another order and a different number; refuses a collection in one line', () => {
    const text = read('en', 'resolution.txt');
    const recalling = text.slice(text.indexOf('recalling\n'), text.indexOf('resolves\n'));
    const moved = text.replace(recalling, '').replace('considering\n', `${recalling}considering\n`).replace('RESOLUTION 179', 'RESOLUTION 180');
    const report = alignInputs(readInput(at('fr', 'resolution.txt')), { file: 'moved.txt', bytes: new TextEncoder().encode(moved) });
    expect(report).toMatchObject({ ok: false, gaps: [], numbers: { a: '179', b: '180' } });
    expect(report.order.map((o) => [o.id, o.a, o.b])).toEqual([
      ['considering', 1, 2],
      ['recognizing', 2, 3],
      ['recalling', 3, 1],
    ]);
    const r = redline(['align', 'fixtures/en/final-acts-excerpt.txt', at('en', 'resolution.txt')]);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'redline: fixtures/en/final-acts-excerpt.txt: holds 3 resolutions; give the one resolution to align\n']);
  });

  it('refuses a language it does not ship, listing the six it does', () => {
    const r = redline(['parse', at('en', 'resolution.txt'), '--lang', 'de']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('redline: unknown language "de"; use one of en, ar, es, fr, ru, zh\n');
  });
});
