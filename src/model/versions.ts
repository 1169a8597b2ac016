/**
 * What `redline align` answers: do two language versions of one text have the same clauses? The
 * same blocks in the same order, the same items under each, the same footnotes: clause ids are the
 * same in every language, so two versions agree when their ids do.
 */

/** One of the two versions. */
export interface VersionSide {
  file: string;
  /** the language it was read in */
  lang: string;
  /** how many clauses it has (title, subtitle, formula, blocks, items, footnotes) */
  clauses: number;
}

/** A clause one version has and the other lacks. */
export interface VersionGap {
  /** the clause id, the same in every language: `considering/e` */
  id: string;
  /** the version that has it */
  in: 'a' | 'b';
  /** how that version names it: `considérant e)` */
  reference: string;
  /** its line in that version's file, null when unknown */
  line: number | null;
}

/** A block both versions have, at different places. */
export interface VersionOrder {
  id: string;
  /** its place among the blocks of each version, from 1 */
  a: number;
  b: number;
  reference: string;
  line: number | null;
}

export interface VersionReport {
  ok: boolean;
  a: VersionSide;
  b: VersionSide;
  /** clauses missing from one side, in the reading order of the side that has them (A's first) */
  gaps: VersionGap[];
  order: VersionOrder[];
  /** the resolution numbers, when they differ (two different texts, not two versions of one) */
  numbers: { a: string | null; b: string | null } | null;
}
