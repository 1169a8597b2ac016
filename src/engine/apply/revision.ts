/**
 * A new revision tag (`Rev. Dubai, 2018`): it replaces the tag in the title's brackets, keeping
 * the title's capitals and its brackets (`（2018年，迪拜，修订版）`), and the place and year in the
 * enacting formula's last bracket, written as the language writes them there (`formulaTag`).
 */
import type { Language } from '../../model/language.js';
import type { Resolution } from '../../model/resolution.js';
import { capitalsLike } from '../../model/title.js';

/** The last bracket of a text, ASCII or full-width. */
const LAST_BRACKET = /([(（])[^()（）]*([)）])(?=[^()（）]*$)/u;
/** The formula's bracket that holds a year. */
const FORMULA_BRACKET = /([(（])[^()（）]*\p{N}{4}[^()（）]*([)）])(?=[^()（）]*$)/u;

export function reviseTag(res: Resolution, revision: string, lang: Language): void {
  if (res.title) {
    const tag = capitalsLike(revision, res.title);
    const full = /[（]/u.test(res.title) || lang.script === 'Han';
    res.title = LAST_BRACKET.test(res.title)
      ? res.title.replace(LAST_BRACKET, (_, open: string, close: string) => `${open}${tag}${close}`)
      : full ? `${res.title}（${tag}）` : `${res.title} (${tag})`;
    res.revision = tag;
  }
  const m = lang.revisionPattern.exec(revision.trim());
  if (res.formula && m?.groups) {
    const placeYear = (lang.formulaTag ?? '{place}, {year}').replace('{place}', m.groups['place'] ?? '').replace('{year}', m.groups['year'] ?? '');
    res.formula = res.formula.replace(FORMULA_BRACKET, (_, open: string, close: string) => `${open}${placeYear}${close}`);
  }
}
