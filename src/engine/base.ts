/**
 * The text a proposal says it was drafted on (`base: Resolution 179 (Rev. Busan, 2014)`, a
 * contribution's title, the title of its rejected view), against the base it is applied to:
 * the same resolution number, and the same place and year in the revision tag.
 */
import type { Language } from '../model/language.js';
import { citationPattern } from './citations.js';
import type { Resolution } from '../model/resolution.js';

export interface DeclaredBase {
  /** as written: `Resolution 179 (Rev. Busan, 2014)` */
  text: string;
  number: string;
  revision: string | null;
}

/** The resolution a text names: the first citation in it (a kind word, number and revision tag). */
export function declaredBase(text: string, lang: Language): DeclaredBase | null {
  const m = citationPattern(lang).exec(text);
  if (!m?.groups) return null;
  return { text: m[0], number: m.groups['number'] ?? '', revision: m.groups['revision']?.trim() || null };
}

/** Place and year of a revision tag, upper case; the tag itself when it has neither. */
function tagKey(revision: string | null, lang: Language): string {
  if (revision === null) return '';
  const m = lang.revisionPattern.exec(revision.trim());
  const key = m?.groups ? `${m.groups['place'] ?? ''} ${m.groups['year'] ?? ''}` : revision;
  return key.replace(/\s+/gu, ' ').trim().toLocaleUpperCase();
}

export function sameBase(declared: DeclaredBase, base: Resolution, lang: Language): boolean {
  if (base.number === null) return true;
  if (declared.number.toLocaleUpperCase() !== base.number.toLocaleUpperCase()) return false;
  return declared.revision === null || base.revision === null || tagKey(declared.revision, lang) === tagKey(base.revision, lang);
}
