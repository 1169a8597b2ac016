/**
 * The merge judged by LibreOffice. The merged draft as a Word file: Accept All gives the
 * bracketed draft our own reader gives, Reject All the base, and every revision is credited to
 * the proposers it comes from. And contributions LibreOffice wrote itself (CEPT's with tracked
 * changes, RCC's marked the ITU way) merge to the same clauses as their text forms.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../src/readers/docx.js';
import { redline, type Run } from '../helpers/cli.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';
import { wordSpec } from '../helpers/marked.js';
import {
  buildWithLibreOffice,
  oracleParagraphs,
  requireOracle,
  runAuthors,
  runOracle,
  type AuthorsResult,
  type BuildResult,
  type BuildSpec,
  type OracleResult,
  type OracleRevision,
} from './libreoffice.js';

const BASE = fixture('res179-dubai-2018.txt');
const merge = (name: string): string => fixture(`merge/${name}`);
const TEXTS = ['apt.md', 'cept.md', 'citel.txt', 'rcc.md'].map(merge);
const DATE = '2022-09-01';
/** the proposer symbols of the four contributions */
const TAGS = ['ACP', 'EUR', 'IAP', 'RCC'];
/** the plain paragraphs that end the draft, in both views */
const SUMMARY = 'Summary of the proposals';

const dir = mkdtempSync(join(tmpdir(), 'redline-lo-merge-'));
const DRAFT = join(dir, 'draft.docx');
const OURS = { accepted: join(dir, 'accepted.txt'), rejected: join(dir, 'rejected.txt') };

/**
 * A Markdown fixture as the plain text a Word file would hold: no italics around headings (the
 * spec makes them italic again), footnote references as `[1]`, notes after a separator line.
 */
function plain(markdown: string): string {
  return markdown
    .replace(/^\*([^*\n]+)\*$/gmu, '$1')
    .replace(/^\[\^([^\]\s]+)\]: /gmu, '____________________\n\n[$1] ')
    .replace(/\[\^([^\]\s]+)\]/gu, '[$1]');
}

const SPECS = {
  cept: wordSpec(plain(fixtureText('merge/cept.md')), join(dir, 'cept.docx'), 'tracked', 'CEPT') as BuildSpec,
  rcc: wordSpec(plain(fixtureText('merge/rcc.md')), join(dir, 'rcc.docx'), 'formatting', 'RCC') as BuildSpec,
};

/**
 * The paragraphs of a text export without the summary, as LibreOffice exports them: a footnote
 * reference as the note's number, the notes (after the separator line of our text) apart.
 */
function views(text: string): { paragraphs: string[]; notes: string[] } {
  let lines = oracleParagraphs(text);
  const summary = lines.indexOf(SUMMARY);
  if (summary >= 0) lines = lines.slice(0, summary);
  const separator = lines.findIndex((l) => /^_{5,}$/u.test(l));
  const notes = separator >= 0 ? lines.slice(separator + 1).map((l) => /^\[([^\]\s]{1,6})\] (.*)$/u.exec(l)) : [];
  const ids = new Set(notes.map((m) => m?.[1]));
  const body = separator >= 0 ? lines.slice(0, separator) : lines;
  return {
    paragraphs: body.map((p) => p.replace(/\[([^\]\s]{1,6})\]/gu, (m, id: string) => (ids.has(id) ? id : m))),
    notes: notes.map((m) => m?.[2] ?? '(not a note)'),
  };
}

/** The JSON merge without the `source` of each proposal (file and line differ between forms). */
function clauses(run: Run): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'source').map(([k, v]) => [k, strip(v)]));
    return value;
  };
  return strip((JSON.parse(run.stdout) as { clauses: unknown }).clauses);
}

/** A proposer symbol, or several joined by ", ", each once. */
function isProposers(author: string): boolean {
  const parts = author.split(', ');
  return parts.every((p) => TAGS.includes(p)) && new Set(parts).size === parts.length;
}

const available = requireOracle();
let drafted: Run;
let judged: OracleResult | undefined;
/** the synoptic table and the compilation as Word files: no tracked changes, text in cells */
const TABLES = { synoptic: join(dir, 'synoptic.docx'), compilation: join(dir, 'compilation.docx') };
let tables: OracleResult[] = [];
let authored: AuthorsResult | undefined;
const built = new Map<string, BuildResult>();
const builtRevisions = new Map<string, AuthorsResult>();
let fromTexts: Run;
let fromWord: Run;

beforeAll(async () => {
  if (!available) return;
  drafted = redline(['merge', BASE, ...TEXTS, '--view', 'draft', '--date', DATE, '-o', DRAFT]);
  for (const view of ['accept', 'reject'] as const) {
    const r = redline([view, DRAFT, '-o', OURS[`${view}ed`]]);
    if (r.status !== 0) throw new Error(`redline ${view} failed: ${r.stderr}`);
  }
  for (const [view, out] of Object.entries(TABLES)) expect(redline(['merge', BASE, ...TEXTS, '--view', view, '-o', out]).status).toBe(1);
  [judged, ...tables] = await runOracle([DRAFT, ...Object.values(TABLES)]);
  [authored] = await runAuthors([DRAFT]);
  for (const r of await buildWithLibreOffice([SPECS.cept, SPECS.rcc])) built.set(r.out, r);
  for (const r of await runAuthors([SPECS.cept.out, SPECS.rcc.out])) builtRevisions.set(r.file, r);
  fromTexts = redline(['merge', BASE, ...TEXTS, '--format', 'json', '--date', DATE]);
  fromWord = redline(['merge', BASE, merge('apt.md'), SPECS.cept.out, merge('citel.txt'), SPECS.rcc.out, '--format', 'json', '--date', DATE]);
}, 600_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!available)('the merged draft as a Word file, judged by LibreOffice', () => {
  it('is written, with exit 1 for the conflicts', () => {
    expect(drafted.status, drafted.stderr).toBe(1);
    expect(drafted.stderr).toMatch(/3 provisions in conflict/u);
    expect(judged?.error ?? null).toBeNull();
    expect(judged?.opened).toBe(true);
  });

  it('Accept All gives the bracketed draft our reader gives', () => {
    const ours = views(readFileSync(OURS.accepted, 'utf8'));
    // the bracketed draft, not the base: the conflicts are there
    expect(ours.paragraphs).toContain('4\t[SUP (RCC)] [to cooperate closely with law enforcement authorities and with hotlines in detecting and removing material that depicts the abuse of children; (EUR)]');
    expect(oracleParagraphs(judged?.accepted ?? '')).toContain(SUMMARY);
    const lo = views(judged?.accepted ?? '');
    expect(lo.paragraphs).toEqual(ours.paragraphs);
    expect(judged?.acceptedFootnotes).toEqual(ours.notes);
    expect(ours.notes).toHaveLength(1);
  });

  it('Reject All gives the base', () => {
    const base = readFileSync(BASE, 'utf8');
    expect(readFileSync(OURS.rejected, 'utf8')).toBe(base);
    expect(oracleParagraphs(judged?.rejected ?? '')).toContain(SUMMARY);
    const lo = views(judged?.rejected ?? '');
    expect(lo.paragraphs).toEqual(views(base).paragraphs);
    expect(judged?.rejectedFootnotes).toEqual(views(base).notes);
  });

  it('every revision is by proposers, never by the tool or nobody', () => {
    expect(authored?.error ?? null).toBeNull();
    const revisions = authored?.revisions ?? [];
    expect(revisions.length).toBeGreaterThan(20);
    for (const r of revisions) {
      expect(['Insert', 'Delete'], JSON.stringify(r)).toContain(r.type);
      expect(isProposers(r.author), JSON.stringify(r)).toBe(true);
    }
    // each of the four has changes of its own in the draft
    for (const tag of TAGS) expect(revisions.some((r) => r.author === tag), tag).toBe(true);
  });

  it.each([
    ['legal guardians', 'IAP'],
    ['encounter', 'RCC'],
    ['regular ', 'ACP, EUR'],
    ['[SUP (RCC)]', 'RCC'],
  ])('the insertion of %j is by %s', (text, author) => {
    const found = (authored?.revisions ?? []).filter((r) => r.type === 'Insert' && r.text?.includes(text));
    expect(found).toEqual([{ type: 'Insert', author, text }]);
  });

  it('new paragraphs are credited to the proposers that add them', () => {
    const revisions = authored?.revisions ?? [];
    const inserting = (text: string): OracleRevision[] => revisions.filter((r) => r.type === 'Insert' && r.text?.includes(text));
    // RCC/14/3 alone adds the noting block, its heading and its items
    expect(inserting('noting').map((r) => r.author)).toEqual(['RCC']);
    expect(inserting('that children now own connected devices').map((r) => r.author)).toEqual(['RCC']);
    expect(inserting('that harm done to children online').map((r) => r.author)).toEqual(['RCC']);
    // recognizing f): ACP/31/2 and IAP/40/2 in conflict, each alternative by its own proposer
    expect(inserting('immersive virtual environments').map((r) => r.author)).toEqual(['ACP']);
    expect(inserting('families and local communities').map((r) => r.author)).toEqual(['IAP']);
    // and its label, the one both give, by both
    expect(revisions.filter((r) => r.type === 'Insert' && r.text?.startsWith('f)\t')).map((r) => r.author)).toEqual(['ACP, IAP']);
  });

  it('our reader finds the same authors', () => {
    const ours = readDocx(readFileSync(DRAFT), DRAFT).revisions;
    expect(new Set(ours.map((r) => r.author))).toEqual(new Set((authored?.revisions ?? []).map((r) => r.author)));
  });
});

describe.skipIf(!available)('the synoptic table and the compilation in Word, opened by LibreOffice', () => {
  it('open, with every proposer and every proposal in them, and no tracked change', () => {
    expect(tables.map((t) => [t.opened, t.error])).toEqual([[true, null], [true, null]]);
    for (const t of tables) {
      expect(t.accepted).toBe(t.rejected);
      for (const text of ['RCC/14/2', 'EUR/25/1', 'IAP/40/1', 'ACP/31/3', 'legal guardians', 'Summary of the proposals']) expect(t.accepted, text).toContain(text);
    }
    expect(tables[1]?.accepted).toContain('Order for consideration (advisory)');
  });
});

describe.skipIf(!available)('contributions LibreOffice wrote merge as their text forms do', () => {
  it.each(Object.entries(SPECS))('%s: LibreOffice writes the file', (_name, spec) => {
    expect(built.get(spec.out)).toEqual({ out: spec.out, ok: true, error: null });
  });

  it('cept: real tracked changes, all by CEPT; rcc: none, only underline and strike-through', () => {
    const cept = builtRevisions.get(SPECS.cept.out);
    expect(cept?.error ?? null).toBeNull();
    expect(cept?.revisions?.length).toBeGreaterThan(0);
    expect(new Set(cept?.revisions?.map((r) => r.author))).toEqual(new Set(['CEPT']));
    expect(cept?.revisions?.filter((r) => r.type === 'Insert').map((r) => r.text)).toContain('detecting and ');
    const rcc = builtRevisions.get(SPECS.rcc.out);
    expect(rcc?.error ?? null).toBeNull();
    expect(rcc?.revisions).toEqual([]);
  });

  it('the same clauses, statuses, proposers and numbers', () => {
    expect(fromTexts.status, fromTexts.stderr).toBe(1);
    expect(fromWord.status, fromWord.stderr).toBe(1);
    const expected = clauses(fromTexts);
    expect(JSON.stringify(expected)).toContain('EUR/25/1');
    expect(clauses(fromWord)).toEqual(expected);
  });
});
