/**
 * Made-up language tables, registered at run time: they show that direction, locale and fonts
 * come from data alone. `xa` is written right to left (like Arabic), `xz` in Han characters.
 */
import { readFileSync } from 'node:fs';
import { registerLanguage } from '../../src/languages/registry.js';
import type { Language, LanguageData } from '../../src/model/language.js';

const en = JSON.parse(readFileSync(new URL('../../src/languages/en.json', import.meta.url), 'utf8')) as LanguageData;

export function englishData(): LanguageData {
  return structuredClone(en);
}

export function rightToLeftTable(): Language {
  return registerLanguage({
    ...englishData(),
    code: 'xa',
    name: 'Test right-to-left',
    script: 'Arabic',
    dir: 'rtl',
    locale: 'ar-SA',
    fonts: { body: 'Times New Roman', complexScript: 'Traditional Arabic', eastAsia: 'Times New Roman', size: 12, complexScriptSize: 14, html: '"Noto Naskh Arabic", serif' },
  });
}

export function hanTable(): Language {
  return registerLanguage({
    ...englishData(),
    code: 'xz',
    name: 'Test Han',
    script: 'Han',
    locale: 'zh-CN',
    fonts: { body: 'Times New Roman', complexScript: 'Times New Roman', eastAsia: 'SimSun', size: 12, complexScriptSize: 12, html: '"Noto Serif CJK SC", serif' },
  });
}
