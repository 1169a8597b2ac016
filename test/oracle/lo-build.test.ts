/**
 * Word files that LibreOffice writes itself, so that our reader is tested on a producer other
 * than our own writer: ITU underline and strike-through marking, and tracked changes by a named
 * author. LibreOffice must accept and reject its own revisions as the spec says, and our reader
 * must give the same paragraphs; mutated, they are read as a tree or refused in one line.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedParagraphs, readDocx, rejectedParagraphs, viewParagraphs } from '../../src/readers/docx.js';
import {
  buildWithLibreOffice,
  oracleParagraphs,
  requireOracle,
  runOracle,
  type BuildOp,
  type BuildParagraph,
  type BuildResult,
  type BuildSpec,
  type OracleResult,
} from './libreoffice.js';
import { assertMutatedWord } from '../helpers/fuzz.js';

const AUTHOR = 'Russian Federation';

const equal = (text: string) => ({ text, op: 'equal' as const });
const ins = (text: string) => ({ text, op: 'insert' as const });
const del = (text: string) => ({ text, op: 'delete' as const });

const PARAGRAPHS: BuildParagraph[] = [
  { runs: [equal('RESOLUTION 900 (REV. '), del('DUBAI, 2018'), ins('BUCHAREST, 2022'), equal(')')] },
  { italic: true, runs: [equal('considering')] },
  { runs: [equal('a)\tthat satellites '), del('reach'), ins('serve'), equal(' remote villages;')] },
  { runs: [del('b)\tthat ground stations are costly;')] },
  { runs: [ins('b)\tthat small ground stations now cost little;')] },
  { runs: [equal('c)\tthat spectrum is a limited natural resource,')] },
];

interface Case {
  name: string;
  spec: BuildSpec;
  marks: 'formatting' | 'revisions';
}

const dir = mkdtempSync(join(tmpdir(), 'redline-lo-build-'));
const CASES: Case[] = [
  { name: 'formatting', spec: { out: join(dir, 'formatting.docx'), mode: 'formatting', paragraphs: PARAGRAPHS }, marks: 'formatting' },
  { name: 'tracked', spec: { out: join(dir, 'tracked.docx'), mode: 'tracked', author: AUTHOR, paragraphs: PARAGRAPHS }, marks: 'revisions' },
  {
    // after the last paragraph that keeps text, the revised mark is the one before each paragraph
    name: 'tracked, whole paragraphs at the end',
    spec: { out: join(dir, 'tracked-end.docx'), mode: 'tracked', author: AUTHOR, paragraphs: PARAGRAPHS.slice(0, 5) },
    marks: 'revisions',
  },
];
const TRACKED = CASES.filter((c) => c.spec.mode === 'tracked');

/** The paragraphs once the runs of `gone` are dropped, a paragraph made only of them with them. */
function view(paragraphs: BuildParagraph[], gone: BuildOp | null): BuildParagraph[] {
  return paragraphs
    .filter((p) => !p.runs.every((r) => r.op === gone))
    .map((p) => ({ ...p, runs: p.runs.filter((r) => r.op !== gone) }));
}

function texts(paragraphs: BuildParagraph[]): string[] {
  return paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
}

const available = requireOracle();
const built = new Map<string, BuildResult>();
const judged = new Map<string, OracleResult>();

beforeAll(async () => {
  if (!available) return;
  for (const r of await buildWithLibreOffice(CASES.map((c) => c.spec))) built.set(r.out, r);
  const files = CASES.map((c) => c.spec.out).filter((out) => built.get(out)?.ok);
  for (const r of await runOracle(files)) judged.set(r.file, r);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!available)('Word files written by LibreOffice', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: LibreOffice writes the file', (_name, c) => {
    expect(built.get(c.spec.out)).toEqual({ out: c.spec.out, ok: true, error: null });
  });

  it('formatting: no revisions, both views show the old and the new text', () => {
    const c = CASES[0] as Case;
    const r = judged.get(c.spec.out);
    expect(r?.error ?? null).toBeNull();
    expect(oracleParagraphs(r?.accepted ?? '', { keepEmpty: true })).toEqual(texts(c.spec.paragraphs));
    expect(r?.rejected).toBe(r?.accepted);
  });

  it.each(TRACKED.map((c) => [c.name, c] as const))('%s: Accept All gives the revised paragraphs, Reject All the base', (_name, c) => {
    const r = judged.get(c.spec.out);
    expect(r?.error ?? null).toBeNull();
    expect(oracleParagraphs(r?.accepted ?? '', { keepEmpty: true })).toEqual(texts(view(c.spec.paragraphs, 'delete')));
    expect(oracleParagraphs(r?.rejected ?? '', { keepEmpty: true })).toEqual(texts(view(c.spec.paragraphs, 'insert')));
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: our reader gives the revised and base paragraphs', (_name, c) => {
    const content = readDocx(readFileSync(c.spec.out), c.spec.out, { marks: c.marks });
    const revised = view(c.spec.paragraphs, 'delete');
    expect(acceptedParagraphs(content)).toEqual(texts(revised));
    expect(rejectedParagraphs(content)).toEqual(texts(view(c.spec.paragraphs, 'insert')));
    expect(viewParagraphs(content, 'accepted').map((p) => p.italic)).toEqual(revised.map((p) => p.italic ?? false));
    expect(content.hasRevisions).toBe(c.spec.mode === 'tracked');
  });

  it('their XML mutated, they are read as a tree or refused in one line, within a bound', () => {
    const files = CASES.map((c) => ({ name: c.spec.out, parts: unzipSync(readFileSync(c.spec.out)) }));
    assertMutatedWord(files, ['word/document.xml', 'word/styles.xml', 'word/settings.xml'], 200);
  });

  it.each(TRACKED.map((c) => [c.name, c] as const))('%s: every revision is by the spec author', (_name, c) => {
    const { revisions } = readDocx(readFileSync(c.spec.out), c.spec.out);
    expect(revisions.length).toBeGreaterThan(0);
    expect(new Set(revisions.map((r) => r.author))).toEqual(new Set([c.spec.author]));
  });
});
