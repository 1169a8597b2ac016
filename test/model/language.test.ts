import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Language, type LanguageData } from '../../src/model/language.js';
import { language, languages, registerLanguage } from '../../src/languages/registry.js';
import { isLongNumber, normalizeLabel, parseLabel, relabelText } from '../../src/model/label.js';
import type { Resolution } from '../../src/model/resolution.js';
import { parseText } from '../../src/readers/read.js';

const en = JSON.parse(readFileSync(new URL('../../src/languages/en.json', import.meta.url), 'utf8')) as LanguageData;

describe('the language layer is data', () => {
  it('loads every table in src/languages, English first', () => {
    expect(languages()[0]?.code).toBe('en');
    expect(languages()[0]?.headings.find((h) => h.text === 'instructs the Secretary-General')).toMatchObject({ id: 'instructs-the-secretary-general', part: 'operative' });
  });

  it('a new table, with no code, gives the same ids in another script and its own letters and digits', () => {
    // A made-up table in Greek, a script no shipped table uses, with Arabic-Indic digits, to show that nothing else is needed.
    registerLanguage({
      ...en,
      code: 'xx',
      name: 'Test',
      script: 'Greek',
      title: '^(?<kind>ΨΗΦΙΣΜΑ)\\s+(?<number>\\S+)(?:\\s*\\((?<revision>[^()]*)\\))?$',
      kinds: { 'ΨΗΦΙΣΜΑ': 'resolution' },
      formula: '^Η Διάσκεψη.*,$',
      letters: ['α', 'β', 'γ', 'δ'],
      digits: '٠١٢٣٤٥٦٧٨٩',
      headings: [
        { text: 'λαμβάνοντας υπόψη', id: 'considering', part: 'preamble' },
        { text: 'αποφασίζει', id: 'resolves', part: 'operative' },
      ],
    });
    const text = 'ΨΗΦΙΣΜΑ 179 (ΑΝΑΘ. ΝΤΟΥΜΠΑΪ, 2018)\n\nΟ ρόλος της ΔΕΤ\n\nΗ Διάσκεψη των Πληρεξουσίων,\n\nλαμβάνοντας υπόψη\n\nα)\tότι πρώτον·\n\nβ)\tότι δεύτερον,\n\nαποφασίζει\n\n١\tνα κάνει ένα·\n\n٢\tνα κάνει άλλο.\n';
    const res = parseText(text, 'x.txt') as Resolution;
    expect(res.lang).toBe('xx');
    expect(res.blocks.map((b) => b.id)).toEqual(['considering', 'resolves']);
    expect(res.blocks.flatMap((b) => b.items.map((i) => i.id))).toEqual(['considering/a', 'considering/b', 'resolves/1', 'resolves/2']);
    expect(res.blocks[0]?.items[1]?.labelText).toBe('β)');
  });
});

describe('labels', () => {
  const lang = languages()[0] as NonNullable<ReturnType<typeof languages>[0]>;
  it.each([
    ['a)\ttext', 'a', 'a)'],
    ['(a) text', 'a', '(a)'],
    ['a. text', 'a', 'a.'],
    ['aa)\ttext', 'aa', 'aa)'],
    ['1\ttext', '1', '1'],
    ['1. text', '1', '1.'],
    ['1) text', '1', '1)'],
    ['ii)\ttext', 'ii', 'ii)'],
    ['(iv) text', 'iv', '(iv)'],
    ['1.1\ttext', '1.1', '1.1'],
    ['c bis)\ttext', 'c bis', 'c bis)'],
    ['3 ter\ttext', '3 ter', '3 ter'],
  ])('%j', (paragraph, label, labelText) => {
    expect(parseLabel(paragraph, lang)).toEqual({ label, labelText, rest: 'text' });
  });
  it.each(['i.e. something', 'A) capital letters are not labels', 'text without a label'])('not a label: %j', (p) => {
    expect(parseLabel(p, lang)).toBeNull();
  });
  it('takes a year at the start of a paragraph for a long number, which readers accept only where it continues a list', () => {
    const year = parseLabel('2030 Agenda for Sustainable Development', lang);
    expect(year?.label).toBe('2030');
    expect(isLongNumber(year?.label ?? '')).toBe(true);
    expect(isLongNumber('999')).toBe(false);
  });
  it('normalizes native letters and digits', () => {
    expect(normalizeLabel('(c)', lang)).toBe('c');
  });
});

describe('labels in the letters and digits of each language', () => {
  const ar = language('ar') as Language;
  const zh = language('zh') as Language;

  it.each([
    ['أ)\tنص', 'a', 'أ)'],
    ['هـ)\tنص', 'e', 'هـ)'],
    ['ه)\tنص', 'e', 'ه)'],
    ['ظ)\tنص', 'aa', 'ظ)'],
    ['غ)\tنص', 'bb', 'غ)'],
    ['١\tنص', '1', '١'],
    ['٢.١\tنص', '2.1', '٢.١'],
    ['3\tنص', '3', '3'],
  ])('Arabic %j', (paragraph, label, labelText) => {
    expect(parseLabel(paragraph, ar)).toEqual({ label, labelText, rest: 'نص' });
  });

  it.each([
    ['a）\t文字', 'a', 'a）'],
    ['（b）文字', 'b', '（b）'],
    ['1\t文字', '1', '1'],
  ])('Chinese, full-width brackets: %j', (paragraph, label, labelText) => {
    expect(parseLabel(paragraph, zh)).toEqual({ label, labelText, rest: '文字' });
  });

  it('re-labels in the letters and digits the label was written in', () => {
    expect(relabelText('ج)', 'd', ar)).toBe('د)');
    expect(relabelText('ح)', 'i', ar)).toBe('ط)');
    expect(relabelText('ض)', 'aa', ar)).toBe('ظ)');
    expect(relabelText('1', '2', ar)).toBe('2');
    expect(relabelText('١', '2', ar)).toBe('٢');
    expect(relabelText('ii)', 'iii', ar)).toBe('iii)');
    expect(relabelText('a）', 'b', zh)).toBe('b）');
  });
});
