/**
 * The catalogue of resolutions a user has: what each text is (kind, number, revision tag with its
 * place and year) and what it cites; which revision of each is the latest; which citations of a
 * text name a revision the catalogue knows to be superseded.
 */
import type { Catalogue, CatalogueEntry, Citation } from '../model/catalogue.js';
import type { Language } from '../model/language.js';
import type { Resolution } from '../model/resolution.js';
import { runningTitle } from '../model/title.js';
import { citationsOf, tagParts } from './citations.js';

const numbers = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

const sameNumber = (a: string, b: string): boolean => a.toLocaleUpperCase() === b.toLocaleUpperCase();

/** Kind (alphabetically), then number in numeric order (`2` < `67` < `130`), then year (none first), then file. */
function byKindNumberYear(a: CatalogueEntry, b: CatalogueEntry): number {
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  const n = numbers.compare(a.number, b.number);
  if (n !== 0) return n;
  const year = (a.year ?? -Infinity) - (b.year ?? -Infinity);
  if (year !== 0) return year;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * One entry per document with a kind and a number (a text without a title is none): its subtitle
 * as title, the revision tag of its title with place and year, and what it cites.
 */
export function catalogueOf(documents: readonly { file: string; resolution: Resolution }[], lang: Language): Catalogue {
  const entries: CatalogueEntry[] = [];
  for (const { file, resolution: res } of documents) {
    if (res.kind === 'document' || res.number === null) continue;
    const cites = citationsOf(res, lang).map(({ clause: _clause, index: _index, ...c }) => c);
    entries.push({ kind: res.kind, number: res.number, title: res.subtitle, revision: res.revision, ...tagParts(res.revision, lang), file, cites });
  }
  return { entries: entries.sort(byKindNumberYear) };
}

/** The revision of a resolution with the greatest year the catalogue knows; null when it knows none. */
export function latestRevision(catalogue: Catalogue, kind: string, number: string): CatalogueEntry | null {
  let latest: CatalogueEntry | null = null;
  for (const e of catalogue.entries) {
    if (e.kind !== kind || !sameNumber(e.number, number)) continue;
    if (latest === null || (e.year ?? -Infinity) > (latest.year ?? -Infinity)) latest = e;
  }
  return latest;
}

/** Is the citation of an older revision than `latest`? Only a citation with a year can tell. */
export function isSuperseded(citation: Pick<Citation, 'year'>, latest: CatalogueEntry): boolean {
  return citation.year !== null && latest.year !== null && citation.year < latest.year;
}

/** The citations of a text whose year is older than the latest revision the catalogue knows of what they cite. */
export function outdatedCitations(res: Resolution, catalogue: Catalogue, lang: Language): { citation: Citation; latest: CatalogueEntry }[] {
  const out: { citation: Citation; latest: CatalogueEntry }[] = [];
  for (const citation of citationsOf(res, lang)) {
    const latest = latestRevision(catalogue, citation.kind, citation.number);
    if (latest && isSuperseded(citation, latest)) out.push({ citation, latest });
  }
  return out;
}

const sameTag = (a: { place: string | null; year: number | null }, b: { place: string | null; year: number | null }): boolean =>
  a.year === b.year && (a.place ?? '').replace(/\s+/gu, ' ').toLocaleUpperCase() === (b.place ?? '').replace(/\s+/gu, ' ').toLocaleUpperCase();

/**
 * The revision tag of an entry as running text writes it: as another text of the catalogue cites
 * it when one does (`Rev. Kigali, 2022`), else the title's tag out of its capitals.
 */
export function citedRevision(entry: CatalogueEntry, catalogue: Catalogue): string | null {
  if (entry.revision === null) return null;
  for (const e of catalogue.entries) {
    const cited = e.cites.find((c) => c.revision !== null && c.kind === entry.kind && sameNumber(c.number, entry.number) && sameTag(c, entry));
    if (cited?.revision) return runningTitle(cited.revision);
  }
  return runningTitle(entry.revision);
}
