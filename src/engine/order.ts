/**
 * The reading order of a redline: one walk over both texts that puts each clause where a reader
 * expects it. Clauses in place are paired; a suppressed clause stands where it was, an added one
 * where it is; a moved clause has two ends, its origin in the base and its destination in the
 * revised text.
 */
import type { Clause } from '../model/clauses.js';
import type { Alignment } from './align.js';

export type Step =
  | { kind: 'pair'; b: Clause; r: Clause }
  | { kind: 'sup'; b: Clause }
  | { kind: 'add'; r: Clause }
  | { kind: 'origin'; b: Clause; r: Clause }
  | { kind: 'destination'; b: Clause; r: Clause };

/** The longest chain of pairs in the same order on both sides, blocks weighing by their size. */
function inPlace(pairs: Map<number, number>, base: readonly Clause[]): Set<number> {
  const list = [...pairs].sort((x, y) => x[0] - y[0]);
  const size = new Map<string, number>();
  for (const c of base) if (c.kind === 'item' && c.block) size.set(c.block, (size.get(c.block) ?? 0) + 1);
  const weights = list.map(([b]) => {
    const c = base[b] as Clause;
    return c.kind === 'block' ? 1 + (size.get(c.id) ?? 0) : 1;
  });
  const best: number[] = [];
  const prev: number[] = [];
  list.forEach(([, r], k) => {
    const w = weights[k] as number;
    best[k] = w;
    prev[k] = -1;
    for (let q = 0; q < k; q++) {
      const [, rq] = list[q] as [number, number];
      if (rq < r && (best[q] as number) + w > (best[k] as number)) {
        best[k] = (best[q] as number) + w;
        prev[k] = q;
      }
    }
  });
  const keep = new Set<number>();
  let k = best.reduce((bi, v, i) => (v > (best[bi] ?? -1) ? i : bi), 0);
  for (; k >= 0 && list[k]; k = prev[k] as number) keep.add((list[k] as [number, number])[0]);
  return keep;
}

export function readingOrder(bs: readonly Clause[], rs: readonly Clause[], alignment: Alignment): Step[] {
  const { pairs } = alignment;
  const partnerOf = new Map([...pairs].map(([b, r]) => [r, b]));
  const steady = inPlace(pairs, bs);
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  // The blocks of the last clause shown from each side: an insertion that continues the
  // current block is shown before deletions from another block, so new items stay with theirs.
  let baseBlock: string | null = null;
  let revisedBlock: string | null = null;
  while (i < bs.length || j < rs.length) {
    const b = bs[i];
    const r = rs[j];
    const inserting = r !== undefined && !steady.has(partnerOf.get(r.index) ?? -1);
    const staysInBlock = inserting && r.kind === 'item' && r.block === revisedBlock && b !== undefined && (b.kind === 'block' || b.block !== baseBlock);
    if (b && !steady.has(b.index) && !staysInBlock) {
      baseBlock = b.block;
      const to = pairs.get(b.index);
      steps.push(to === undefined ? { kind: 'sup', b } : { kind: 'origin', b, r: rs[to] as Clause });
      i++;
      continue;
    }
    if (r && inserting) {
      revisedBlock = r.block;
      const from = partnerOf.get(r.index);
      steps.push(from === undefined ? { kind: 'add', r } : { kind: 'destination', b: bs[from] as Clause, r });
      j++;
      continue;
    }
    if (!b || !r) break;
    baseBlock = b.block;
    revisedBlock = r.block;
    steps.push({ kind: 'pair', b, r });
    i++;
    j++;
  }
  return steps;
}
