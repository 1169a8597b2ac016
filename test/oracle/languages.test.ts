/**
 * Word redlines in the six languages, judged by LibreOffice: Accept All gives the revised text and
 * Reject All the base, paragraph by paragraph; and LibreOffice reads the direction, locales and
 * fonts the language table asks for (Arabic paragraphs right to left with Arabic as the complex
 * script, Chinese with the East Asian locale and font). And the other way round: LibreOffice writes
 * each language's revision as a Word proposal (tracked changes, or ITU underline and strike-through),
 * and applying that file to the base gives the revised text.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyInputs, compare, language, parse, readInput } from '../../src/index.js';
import type { Segment } from '../../src/model/redline.js';
import type { Resolution } from '../../src/model/resolution.js';
import { writeDocx } from '../../src/writers/docx.js';
import { resolutionParagraphs } from '../../src/writers/text.js';
import { writeText } from '../../src/writers/text.js';
import { buildWithLibreOffice, oracleParagraphs, requireOracle, runOracle, runSettings, type BuildParagraph, type BuildResult, type OracleResult, type SettingsResult } from './libreoffice.js';

const CODES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
const dir = mkdtempSync(join(tmpdir(), 'redline-languages-'));
const read = (code: string, name: string): Resolution => parse(readInput(`fixtures/${code}/parallel/${name}`)) as Resolution;
const cases = CODES.map((code) => ({ code, base: read(code, 'resolution.txt'), revised: read(code, 'revised.txt'), file: join(dir, `${code}.docx`) }));
const lines = (res: Resolution): string[] => resolutionParagraphs(res).flatMap((p) => p.split('\n'));

/** A redline as LibreOffice is asked to write it: each paragraph's label, a tab and its text, run by run. */
function buildParagraphs(c: (typeof cases)[number]): BuildParagraph[] {
  const redline = compare(c.base, c.revised)[0]?.redline;
  const runs = (segments: readonly Segment[]): BuildParagraph['runs'] => segments.map((s) => ({ text: s.text, op: s.op }));
  return (redline?.paragraphs ?? []).map((p) => {
    const whole = p.mark === 'insert' ? 'insert' : p.mark === 'delete' ? 'delete' : null;
    const all = [...runs(p.label), ...(p.label.length > 0 ? [{ text: '\t', op: 'equal' as const }] : []), ...runs(p.text)];
    return { italic: p.role === 'heading', runs: whole ? all.map((r) => ({ ...r, op: whole })) : all };
  });
}
const built = CODES.flatMap((code, k) => {
  const c = cases[k] as (typeof cases)[number];
  const paragraphs = buildParagraphs(c);
  return [
    { code, c, spec: { out: join(dir, `${code}-lo-tracked.docx`), mode: 'tracked' as const, author: 'Delegation', paragraphs } },
    { code, c, spec: { out: join(dir, `${code}-lo-formatting.docx`), mode: 'formatting' as const, paragraphs } },
  ];
});

const available = requireOracle();
let results = new Map<string, OracleResult>();
let settings = new Map<string, SettingsResult>();
let written = new Map<string, BuildResult>();

beforeAll(async () => {
  for (const c of cases) {
    const diffs = compare(c.base, c.revised, { author: 'Oracle', date: '2026-01-01T00:00:00Z' });
    writeFileSync(c.file, await writeDocx(diffs.map((d) => d.redline)));
  }
  if (!available) return;
  const files = cases.map((c) => c.file);
  results = new Map((await runOracle(files)).map((r) => [r.file, r]));
  settings = new Map((await runSettings(files)).map((r) => [r.file, r]));
  written = new Map((await buildWithLibreOffice(built.map((b) => b.spec))).map((r) => [r.out, r]));
});

describe.skipIf(!available)('LibreOffice reads our Word redlines in every language', () => {
  it.each(cases.map((c) => [c.code, c] as const))('%s: Accept All gives the revised text, Reject All the base', (_code, c) => {
    const r = results.get(c.file);
    expect(r?.error ?? null).toBeNull();
    expect(oracleParagraphs(r?.accepted ?? '')).toEqual(lines(c.revised));
    expect(oracleParagraphs(r?.rejected ?? '')).toEqual(lines(c.base));
  });

  it.each(cases.map((c) => [c.code, c] as const))('%s: direction, locales and fonts as the table asks', (code, c) => {
    const lang = language(code);
    const paragraphs = settings.get(c.file)?.paragraphs ?? [];
    expect(paragraphs.length).toBeGreaterThan(30);
    for (const p of paragraphs) {
      // WritingMode2: RL_TB = 1 for right-to-left paragraphs, LR_TB = 0
      expect(p.writingMode, p.text).toBe(lang?.dir === 'rtl' ? 1 : 0);
      expect(p.locale).toBe(lang?.locale);
      if (lang?.script === 'Han') expect([p.asianLocale, p.asianFont]).toEqual([lang.locale, lang.fonts.eastAsia]);
      if (lang?.script === 'Arabic') expect([p.complexLocale, p.complexFont]).toEqual([lang.locale, lang.fonts.complexScript]);
    }
  });
});

describe.skipIf(!available)('Word proposals written by LibreOffice in every language', () => {
  it.each(built.map((b) => [`${b.code} ${b.spec.mode}`, b] as const))('%s: applied to the base, the file gives the revised text', (_name, b) => {
    expect(written.get(b.spec.out)?.error ?? null).toBeNull();
    const bytes = new Uint8Array(readFileSync(b.spec.out));
    const applied = applyInputs(readInput(`fixtures/${b.code}/parallel/resolution.txt`), [{ file: b.spec.out, bytes }], b.spec.mode === 'formatting' ? { marks: 'formatting' } : {});
    expect(writeText(applied.resolution)).toBe(writeText(b.c.revised));
  });
});
