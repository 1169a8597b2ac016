/**
 * The Word redlines of every fixture pair, of random edit scripts and of drafted proposals,
 * judged by LibreOffice itself: Accept All gives the revised text and Reject All the base,
 * paragraph by paragraph, and the file opens without complaint. Our own reader must agree.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RedlineDocument } from '../../src/model/redline.js';
import { compare } from '../../src/engine/compare.js';
import { english } from '../../src/languages/registry.js';
import { documentsOf, type Parsed, type Resolution } from '../../src/model/resolution.js';
import { parseBytes, parseFile, parseText } from '../../src/readers/read.js';
import { writeDocx } from '../../src/writers/docx.js';
import { coverLines, proposalLayout } from '../../src/writers/proposal-layout.js';
import { resolutionParagraphs, writeText } from '../../src/writers/text.js';
import { applyEdits, edit, outlineOf, outlineText } from '../helpers/edits.js';
import { fixture, PAIRS } from '../helpers/fixtures.js';
import { oracleParagraphs, requireOracle, runOracle, type OracleResult } from './libreoffice.js';

interface Case {
  name: string;
  base: Parsed;
  revised: Parsed;
  file: string;
  /** a drafted proposal: cover, MOD, ADD and Reasons paragraphs around the text */
  proposal?: boolean;
}

const DATE = '2026-01-01T00:00:00Z';
const dir = mkdtempSync(join(tmpdir(), 'redline-oracle-'));
const cases: Case[] = [];

function addCase(name: string, base: Parsed, revised: Parsed, proposal = false): void {
  cases.push({ name, base, revised, file: join(dir, `${cases.length}-${name.replace(/\W+/gu, '-')}.docx`), proposal });
}

for (const pair of PAIRS) addCase(`pair ${pair}`, parseFile(fixture(`pairs/${pair}/base.txt`)), parseFile(fixture(`pairs/${pair}/revised.txt`)));
addCase('Busan 2014 -> Dubai 2018', parseFile(fixture('res179-busan-2014.txt')), parseFile(fixture('res179-dubai-2018.txt')));
addCase('Dubai 2018 -> Busan 2014', parseFile(fixture('res179-dubai-2018.txt')), parseFile(fixture('res179-busan-2014.txt')));
{
  // A collection with an annex: a word added in each resolution, an annex paragraph suppressed.
  const text = readFileSync(fixture('final-acts-excerpt.txt'), 'utf8');
  const paragraphs = text.replace(/(\n\na\)\t\S+ \S+)/gu, '$1 newly').split('\n\n');
  const annex = paragraphs.findIndex((p) => p.startsWith('ANNEX'));
  paragraphs.splice(annex + 2, 1);
  addCase('collection with an annex', parseText(text, 'base.txt'), parseText(paragraphs.join('\n\n'), 'revised.txt'));
}
addCase('draft RCC 2017', parseFile(fixture('res179-busan-2014.txt')), parseFile(fixture('proposals/rcc-2017/expected.txt')), true);
addCase('draft Busan -> Dubai', parseFile(fixture('res179-busan-2014.txt')), parseFile(fixture('res179-dubai-2018.txt')), true);
{
  const outline = outlineOf(parseFile(fixture('res179-dubai-2018.txt')) as Resolution);
  const scripts = fc.sample(fc.array(edit, { minLength: 1, maxLength: 6 }), { numRuns: 12, seed: 4242 });
  scripts.forEach((edits, k) => {
    addCase(`random script ${k}`, parseText(outlineText(outline), 'base.txt'), parseText(outlineText(applyEdits(outline, edits).outline), 'revised.txt'));
  });
}

/** Paragraphs as LibreOffice exports them: footnote references show as their number, notes apart. */
function expected(parsed: Parsed): { paragraphs: string[]; notes: string[] } {
  const docs = documentsOf(parsed);
  const notes = docs.flatMap((d) => d.footnotes.map((n) => n.text));
  const ids = new Set(docs.flatMap((d) => d.footnotes.map((n) => n.id)));
  const paragraphs = docs.flatMap((d) => resolutionParagraphs({ ...d, footnotes: [] }));
  return { paragraphs: paragraphs.flatMap((p) => p.split('\n')).map((p) => p.replace(/\[([^\]\s]{1,6})\]/gu, (m, id: string) => (ids.has(id) ? id : m))), notes };
}

const COVER = { proposer: 'Test Delegation', reference: 'TST/1/1', date: '2026-01-01', meeting: 'Test Meeting', document: 'TST-1/1-E', original: 'English', title: 'Proposals on revision of a test resolution' };
const COVER_LINES = new Set(coverLines(COVER, english()));
const isFurniture = (p: string): boolean => COVER_LINES.has(p) || /^(?:Reasons: |MOD\tTST\/1\/1$|ADD$|SUP$)/u.test(p);

const available = requireOracle();
let results = new Map<string, OracleResult>();

beforeAll(async () => {
  for (const c of cases) {
    const diffs = compare(c.base, c.revised, { author: c.proposal ? 'Test Delegation' : 'Oracle', date: DATE });
    const docs = diffs.map((d) => d.redline);
    // a collection is written as one document, resolution after resolution
    writeFileSync(c.file, await writeDocx(c.proposal ? proposalLayout(docs[0] as RedlineDocument, COVER, english()) : docs));
  }
  if (available) results = new Map((await runOracle(cases.map((c) => c.file))).map((r) => [r.file, r]));
});

describe.skipIf(!available)('LibreOffice accepts and rejects our revisions', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = results.get(c.file);
    expect(r?.opened, r?.error ?? '').toBe(true);
    expect(r?.error).toBeNull();
    const clean = (text: string | null | undefined): string[] => oracleParagraphs(text ?? '').filter((p) => !(c.proposal && isFurniture(p)));
    const revised = expected(c.revised);
    const base = expected(c.base);
    expect(clean(r?.accepted)).toEqual(revised.paragraphs);
    expect(clean(r?.rejected)).toEqual(base.paragraphs);
    expect(r?.acceptedFootnotes ?? []).toEqual(revised.notes);
  });
});

describe('our reader agrees with LibreOffice', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const bytes = readFileSync(c.file);
    expect(writeText(parseBytes(bytes, c.file, { view: 'accepted' }))).toBe(writeText(c.revised));
    expect(writeText(parseBytes(bytes, c.file, { view: 'rejected' }))).toBe(writeText(c.base));
  });
});
