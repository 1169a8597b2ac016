/**
 * A new revision tag (`Rev. Dubai, 2018`): it replaces the tag in the title, keeping the title's
 * capitals, and the place and year in the enacting formula.
 */
import type { Language } from '../../model/language.js';
import type { Resolution } from '../../model/resolution.js';

export function reviseTag(res: Resolution, revision: string, lang: Language): void {
  if (res.title) {
    const upper = res.title === res.title.toLocaleUpperCase();
    const tag = upper ? revision.toLocaleUpperCase() : revision;
    res.title = /\([^()]*\)\s*$/u.test(res.title) ? res.title.replace(/\([^()]*\)\s*$/u, `(${tag})`) : `${res.title} (${tag})`;
    res.revision = tag;
  }
  const m = lang.revisionPattern.exec(revision.trim());
  if (res.formula && m?.groups) {
    const placeYear = `${m.groups['place'] ?? ''}, ${m.groups['year'] ?? ''}`;
    res.formula = res.formula.replace(/\(([^()]*,\s*\d{4})\)(?=[^()]*$)/u, `(${placeYear})`);
  }
}
