/**
 * Citations of resolutions, decisions and recommendations in a text's clauses:
 * `Resolution 67 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference`.
 * A citation is a kind word of the language table, a number, and the bracket right after it as the
 * revision tag, or what the table's own `citation` pattern reads (Chinese puts the number first).
 */
import type { Citation } from '../model/catalogue.js';
import { clausesOf } from '../model/clauses.js';
import type { Language } from '../model/language.js';
import { escapeRegExp } from '../model/regexp.js';
import type { Resolution } from '../model/resolution.js';

/**
 * A kind word, a number (starting with a digit or capital, ending with a letter or digit, so that
 * the full stop of a sentence is left out), and an optional revision tag right after it. Matched
 * without case, as the title is: a number must still hold a digit (`this resolution and` is none).
 */
export function citationPattern(lang: Language): RegExp {
  if (lang.citation) return new RegExp(lang.citation, 'giu');
  const kinds = Object.keys(lang.kinds)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?<kind>${kinds})\\s+(?<number>[0-9A-Z](?:[0-9A-Za-z./-]*[0-9A-Za-z])?)(?![\\p{L}\\p{N}])(?:\\s*\\((?<revision>[^()]*)\\))?`, 'giu');
}

/** A number in the language's digits, read as one in Western digits. */
export function westernDigits(text: string, lang: Language): string {
  return [...text].map((ch) => {
    const i = lang.digits.indexOf(ch);
    return i >= 0 && lang.digits.length === 10 ? String(i) : ch;
  }).join('');
}

/**
 * The place and year of a revision tag (`Rev. Buenos Aires, 2017` -> Buenos Aires, 2017), by the
 * language's revision pattern; a tag that is a year alone (`Council Resolution 1306 (2009)`) has a
 * year and no place.
 */
export function tagParts(revision: string | null, lang: Language): { place: string | null; year: number | null } {
  if (revision === null) return { place: null, year: null };
  const tag = revision.trim();
  const g = lang.revisionPattern.exec(tag)?.groups;
  if (g) {
    const year = /^\d{4}$/u.test(westernDigits(g['year'] ?? '', lang)) ? Number(westernDigits(g['year'] ?? '', lang)) : null;
    return { place: g['place']?.trim() || null, year };
  }
  const alone = westernDigits(tag, lang);
  return { place: null, year: /^\d{4}$/u.test(alone) ? Number(alone) : null };
}

/** The citations in one text, with their offsets in it. */
export function citationsIn(text: string, clause: string, lang: Language): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(citationPattern(lang))) {
    const g = m.groups;
    if (!g) continue;
    const kind = lang.kinds[(g['kind'] ?? '').toLocaleUpperCase()];
    const number = g['number'] ?? '';
    if (!kind || !/\p{N}/u.test(number)) continue;
    const revision = g['revision']?.trim() || null;
    out.push({ kind, number, revision, ...tagParts(revision, lang), text: m[0], clause, index: m.index });
  }
  return out;
}

/** Where a citation's revision tag stands in its text, with its brackets: null when it has none. */
function tagSpan(text: string, lang: Language): [number, number] | null {
  const m = new RegExp(citationPattern(lang).source, 'iud').exec(text);
  const span = m?.indices?.groups?.['revision'];
  return span ? [span[0] - 1, span[1] + 1] : null;
}

/** A citation as written, without its revision tag: `Resolution 67`, `第67号决议`. */
export function citationName(citation: Pick<Citation, 'text'>, lang: Language): string {
  const span = tagSpan(citation.text, lang);
  return (span ? citation.text.slice(0, span[0]) : citation.text).trim();
}

/** A citation as written with another revision tag, in its own brackets (`（…）` in Chinese). */
export function citedWith(citation: Pick<Citation, 'text'>, tag: string, lang: Language): string {
  const span = tagSpan(citation.text, lang);
  if (span) return `${citation.text.slice(0, span[0] + 1)}${tag}${citation.text.slice(span[1] - 1)}`;
  return lang.script === 'Han' ? `${citation.text}（${tag}）` : `${citation.text} (${tag})`;
}

/**
 * Every citation in the text's items (annexes included) and footnotes, in reading order, the
 * footnotes last (clause `footnote/<marker>`). The title, subtitle, formula and block headings are
 * not read: the title and an annex heading name the document itself.
 */
export function citationsOf(res: Resolution, lang: Language): Citation[] {
  const items = clausesOf(res).filter((c) => c.kind === 'item').flatMap((c) => citationsIn(c.text, c.id, lang));
  const notes = res.footnotes.flatMap((n) => citationsIn(n.text, `footnote/${n.id}`, lang));
  return [...items, ...notes];
}
