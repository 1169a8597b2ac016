/**
 * Two language versions of one resolution, clause by clause. Ids do not depend on the language
 * (`考虑到 a)` and `considering a)` are both `considering/a`), so the versions agree when they have
 * the same ids with the blocks in the same order; nothing is compared word by word.
 */
import { clausesOf, referenceOf, type Clause } from '../model/clauses.js';
import type { Language } from '../model/language.js';
import type { Resolution } from '../model/resolution.js';
import type { VersionGap, VersionOrder } from '../model/versions.js';

export interface Version {
  res: Resolution;
  lang: Language;
  /** the line of each clause in the version's file */
  lines?: ReadonlyMap<string, number>;
}

export interface VersionComparison {
  gaps: VersionGap[];
  order: VersionOrder[];
  numbers: { a: string | null; b: string | null } | null;
  clauses: { a: number; b: number };
}

/** Clauses and footnotes under their ids, with how the version names each. */
function named(v: Version): { ids: string[]; reference: Map<string, string> } {
  const clauses = clausesOf(v.res);
  const byId = new Map<string, Clause>(clauses.map((c) => [c.id, c]));
  // a block without a heading (`body`) has no name but its id
  const reference = new Map(clauses.map((c) => [c.id, referenceOf(c, byId, v.lang.referenceWords).trim() || c.id]));
  for (const n of v.res.footnotes) reference.set(`footnote/${n.id}`, `${v.lang.referenceWords.footnote} ${n.id}`);
  return { ids: [...reference.keys()], reference };
}

export function compareVersions(a: Version, b: Version): VersionComparison {
  const na = named(a);
  const nb = named(b);
  const gaps: VersionGap[] = [];
  const missing = (from: typeof na, to: typeof nb, side: 'a' | 'b', v: Version): void => {
    for (const id of from.ids) {
      if (!to.reference.has(id)) gaps.push({ id, in: side, reference: from.reference.get(id) ?? id, line: v.lines?.get(id) ?? null });
    }
  };
  missing(na, nb, 'a', a);
  missing(nb, na, 'b', b);
  // blocks both have, in another order: compared among the shared ones, so one missing block moves nothing
  const blocksA = a.res.blocks.map((x) => x.id).filter((id) => b.res.blocks.some((y) => y.id === id));
  const blocksB = b.res.blocks.map((x) => x.id).filter((id) => blocksA.includes(id));
  const order: VersionOrder[] = blocksA.flatMap((id, k) => {
    const there = blocksB.indexOf(id);
    return there === k ? [] : [{ id, a: k + 1, b: there + 1, reference: nb.reference.get(id) ?? id, line: b.lines?.get(id) ?? null }];
  });
  const numbers = a.res.number !== b.res.number ? { a: a.res.number, b: b.res.number } : null;
  return { gaps, order, numbers, clauses: { a: na.ids.length, b: nb.ids.length } };
}
