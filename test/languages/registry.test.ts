/**
 * Languages are data: a table registered at run time with `dir: "rtl"` gives right-to-left output
 * in every writer, its locale and its fonts, with no code that names the language.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compare, parse, write } from '../../src/index.js';
import { fixtureText } from '../helpers/fixtures.js';
import { rightToLeftTable } from '../helpers/languages.js';

const table = rightToLeftTable();
const base = parse(fixtureText('pairs/reword/base.txt'), { lang: table.code });
const revised = parse(fixtureText('pairs/reword/revised.txt'), { lang: table.code });
const diffs = compare(base, revised, { author: 'Test', date: '2026-01-01T00:00:00Z' });

describe('a made-up right-to-left table', () => {
  it('is the language of what is read with it', () => {
    expect(base.lang).toBe('xa');
    expect(diffs[0]?.redline.lang).toBe('xa');
  });

  it('gives a right-to-left HTML page in its language and fonts', async () => {
    const html = (await write('html', { kind: 'redline', diffs })) as string;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="xa" dir="rtl">/u);
    expect(html).toContain('body{font-family:"Noto Naskh Arabic", serif}');
  });

  it('gives Word redlines and clean Word texts with right-to-left paragraphs and runs, its locale and fonts', async () => {
    for (const bytes of [await write('docx', { kind: 'redline', diffs }), await write('docx', { kind: 'resolution', parsed: base })]) {
      const files = unzipSync(bytes as Uint8Array);
      const document = strFromU8(files['word/document.xml'] ?? new Uint8Array());
      const styles = strFromU8(files['word/styles.xml'] ?? new Uint8Array());
      expect(document).toContain('<w:bidi/>');
      expect(document).toContain('<w:rtl/>');
      expect(styles).toContain('w:bidi="ar-SA"');
      expect(styles).toContain('w:cs="Traditional Arabic"');
      expect(styles).toContain('<w:szCs w:val="28"/>');
    }
  });

  it('while English output stays left to right', async () => {
    const html = (await write('html', { kind: 'redline', diffs: compare(parse(fixtureText('pairs/reword/base.txt')), parse(fixtureText('pairs/reword/revised.txt'))) })) as string;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en" dir="ltr">/u);
  });
});
