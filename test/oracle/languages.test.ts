/**
 * Word redlines in the six languages, judged by LibreOffice: Accept All gives the revised text and
 * Reject All the base, paragraph by paragraph; and LibreOffice reads the direction, locales and
 * fonts the language table asks for (Arabic paragraphs right to left with Arabic as the complex
 * script, Chinese with the East Asian locale and font).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, language, parse, readInput } from '../../src/index.js';
import type { Resolution } from '../../src/model/resolution.js';
import { joinDocuments } from '../../src/writers/docx-product.js';
import { writeDocx } from '../../src/writers/docx.js';
import { resolutionParagraphs } from '../../src/writers/text.js';
import { oracleParagraphs, requireOracle, runOracle, runSettings, type OracleResult, type SettingsResult } from './libreoffice.js';

const CODES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
const dir = mkdtempSync(join(tmpdir(), 'redline-languages-'));
const read = (code: string, name: string): Resolution => parse(readInput(`fixtures/${code}/parallel/${name}`)) as Resolution;
const cases = CODES.map((code) => ({ code, base: read(code, 'resolution.txt'), revised: read(code, 'revised.txt'), file: join(dir, `${code}.docx`) }));
const lines = (res: Resolution): string[] => resolutionParagraphs(res).flatMap((p) => p.split('\n'));

const available = requireOracle();
let results = new Map<string, OracleResult>();
let settings = new Map<string, SettingsResult>();

beforeAll(async () => {
  for (const c of cases) {
    const diffs = compare(c.base, c.revised, { author: 'Oracle', date: '2026-01-01T00:00:00Z' });
    writeFileSync(c.file, await writeDocx(joinDocuments(diffs.map((d) => d.redline))));
  }
  if (!available) return;
  const files = cases.map((c) => c.file);
  results = new Map((await runOracle(files)).map((r) => [r.file, r]));
  settings = new Map((await runSettings(files)).map((r) => [r.file, r]));
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
