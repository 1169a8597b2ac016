/**
 * Pairing the clauses of two versions. Ids first, content always: blocks pair by id, then by the
 * words of their items (a renamed block); an item whose text is found once on each side, in
 * another block, is moved there; items pair within a block by an order-keeping alignment
 * on similarity, so that when a new `e)` is inserted the old `e)` pairs with the new `f)`; what is
 * left pairs across the document by similarity (moved items); leftovers next to a pair are checked
 * for splits and merges.
 */
import type { Clause } from '../model/clauses.js';
import { diffArrays } from 'diff';
import { Similarity, type Profile } from './similarity.js';

/** minimum similarity for items paired by the order-keeping alignment */
const ALIGN = 0.5;
/** a looser bar for the leftovers that sit in the same gap between two pairs (reworded in place) */
const IN_PLACE = 0.3;
/** a stricter bar for items that changed place */
const MOVED = 0.6;
/** how much of a leftover item must be found in its neighbour's partner to count as split or merged */
const CONTAINED = 0.6;
const BLOCK = 0.5;
/** Pairs of leftover items scored all against all up to this many; past it, by shared rare words */
const ALL_PAIRS = 250_000;
/** Cells of a gap aligned exactly up to this many; past it, within a band around its diagonal */
const GAP_CELLS = 250_000;
/** How far from the gap's diagonal a banded alignment looks, each way */
const BAND = 40;

export interface Alignment {
  /** base clause index -> revised clause index */
  pairs: Map<number, number>;
  /** base indexes of pairs found out of place */
  moved: Set<number>;
  /** revised index of a new item -> base index of the item it was split from */
  splitFrom: Map<number, number>;
  /** base index of a suppressed item -> revised index of the item it was merged into */
  mergedInto: Map<number, number>;
}

/** `sim`: the similarity to score with (a test passes its own to count the comparisons). */
export function align(base: readonly Clause[], revised: readonly Clause[], sim = new Similarity([...base, ...revised])): Alignment {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const pair = (b: number, r: number): void => {
    pairs.set(b, r);
    taken.add(r);
  };

  for (const kind of ['title', 'subtitle', 'formula'] as const) {
    const b = base.find((c) => c.kind === kind);
    const r = revised.find((c) => c.kind === kind);
    if (b && r) pair(b.index, r.index);
  }

  // Blocks: same id, then alike content. Each block's items, and their words as one text, are
  // gathered once: comparing every unpaired block with every other is then cheap.
  const byBlock = (cs: readonly Clause[]): Map<string, Clause[]> => {
    const out = new Map<string, Clause[]>();
    for (const c of cs) {
      if (c.kind !== 'item' || c.block === null) continue;
      const list = out.get(c.block);
      if (list) list.push(c);
      else out.set(c.block, [c]);
    }
    return out;
  };
  const baseItems = byBlock(base);
  const revisedItems = byBlock(revised);
  const groups = new Map<Clause, Profile>();
  const groupOf = (items: Map<string, Clause[]>, block: Clause): Profile => {
    let g = groups.get(block);
    if (!g) {
      g = sim.group(items.get(block.id) ?? []);
      groups.set(block, g);
    }
    return g;
  };
  const baseBlocks = base.filter((c) => c.kind === 'block');
  const revisedBlocks = revised.filter((c) => c.kind === 'block');
  const revisedById = new Map(revisedBlocks.map((c) => [c.id, c]));
  for (const b of baseBlocks) {
    const r = revisedById.get(b.id);
    if (r && r.part === b.part) pair(b.index, r.index);
  }
  const candidates: [number, Clause, Clause][] = [];
  for (const b of baseBlocks) {
    if (pairs.has(b.index)) continue;
    for (const r of revisedBlocks) {
      if (taken.has(r.index) || r.part !== b.part) continue;
      const score = sim.groupScore(groupOf(baseItems, b), groupOf(revisedItems, r));
      if (score >= BLOCK) candidates.push([score, b, r]);
    }
  }
  candidates.sort((x, y) => y[0] - x[0] || x[1].index - y[1].index);
  for (const [, b, r] of candidates) if (!pairs.has(b.index) && !taken.has(r.index)) pair(b.index, r.index);

  // Anchors: a text found once on each side, in blocks that are not each other's pair, moved
  // there whole. Paired first, so that a like item in its new place cannot take it.
  const moved = new Set<number>();
  const blockIndex = new Map(baseBlocks.map((c) => [c.id, c.index]));
  const revisedBlockIndex = new Map(revisedBlocks.map((c) => [c.id, c.index]));
  const revisedOnce = onceEach(revised);
  for (const [text, b] of onceEach(base)) {
    const r = revisedOnce.get(text);
    if (!b || !r || b.block === null || r.block === null) continue;
    const home = pairs.get(blockIndex.get(b.block) ?? -1);
    if (home !== undefined && home === revisedBlockIndex.get(r.block)) continue;
    pair(b.index, r.index);
    moved.add(b.index);
  }

  // Items within paired blocks, keeping order. Weak pairs (reworded in place) wait until the
  // moved items are found, so that an item that moved in does not take the place of one that
  // moved out.
  const weak: [number, number][] = [];
  for (const b of baseBlocks) {
    const r = pairs.get(b.index);
    if (r === undefined) continue;
    const bs = (baseItems.get(b.id) ?? []).filter((c) => !pairs.has(c.index));
    const rs = (revisedItems.get((revised[r] as Clause).id) ?? []).filter((c) => !taken.has(c.index));
    alignInOrder(bs, rs, sim, pair, (x, y) => weak.push([x, y]));
  }

  // What is left, anywhere: moved items.
  const leftB = base.filter((c) => c.kind === 'item' && !pairs.has(c.index));
  const leftR = revised.filter((c) => c.kind === 'item' && !taken.has(c.index));
  const found: [number, Clause, Clause][] = [];
  // every leftover against every other while that is cheap; past that, only those sharing a rare word
  const index = leftB.length * leftR.length > ALL_PAIRS ? sim.rareIndex(leftR) : null;
  for (const b of leftB) for (const r of index ? sim.candidates(b, index) : leftR) {
    const score = sim.score(b, r);
    if (score >= MOVED) found.push([score, b, r]);
  }
  found.sort((x, y) => y[0] - x[0] || x[1].index - y[1].index || x[2].index - y[2].index);
  for (const [, b, r] of found) {
    if (pairs.has(b.index) || taken.has(r.index)) continue;
    pair(b.index, r.index);
    moved.add(b.index);
  }
  for (const [b, r] of weak) if (!pairs.has(b) && !taken.has(r)) pair(b, r);

  // Splits and merges: a leftover whose words sit in the partner of its neighbour. A new item
  // beside a pair, found in that pair's base item, was split from it; a suppressed item beside
  // a pair, found in that pair's revised item, was merged into it.
  const partnerOfRevised = new Map([...pairs].map(([b, r]) => [r, b]));
  const splitFrom = besidePartners(revised, base, partnerOfRevised, sim);
  const mergedInto = besidePartners(base, revised, pairs, sim);
  return { pairs, moved, splitFrom, mergedInto };
}

/** Each item text that one item alone has on its side -> that item (null when several have it). */
function onceEach(side: readonly Clause[]): Map<string, Clause | null> {
  const out = new Map<string, Clause | null>();
  for (const c of side) if (c.kind === 'item' && c.text !== '') out.set(c.text, out.has(c.text) ? null : c);
  return out;
}

/** Unpaired items of `side` whose words are in the partner (on `other`) of a neighbouring item. */
function besidePartners(side: readonly Clause[], other: readonly Clause[], partner: Map<number, number>, sim: Similarity): Map<number, number> {
  const found = new Map<number, number>();
  for (const c of side) {
    if (c.kind !== 'item' || partner.has(c.index)) continue;
    for (const n of [c.index - 1, c.index + 1]) {
      const o = partner.get(n);
      const host = o === undefined ? undefined : other[o];
      if (host?.kind === 'item' && sim.containment(c, host) >= CONTAINED) {
        found.set(c.index, host.index);
        break;
      }
    }
  }
  return found;
}

/**
 * Order-keeping alignment of two item lists. Unchanged clauses are the most, so identical texts
 * are paired first (jsdiff over the texts, close to linear when little changed); the similarity
 * alignment, quadratic in its input, then runs only in the gaps between them.
 */
type Pairing = (b: number, r: number) => void;

function alignInOrder(bs: Clause[], rs: Clause[], sim: Similarity, pair: Pairing, weak: Pairing): void {
  const changes = diffArrays(
    bs.map((c) => c.text),
    rs.map((c) => c.text),
    // an edit length, not a time, bounds it: the same pairs on every machine
    { maxEditLength: 500 },
  );
  if (!changes) {
    alignGap(bs, rs, sim, pair, weak);
    return;
  }
  let i = 0;
  let j = 0;
  let gapB: Clause[] = [];
  let gapR: Clause[] = [];
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (c.removed) {
      gapB = gapB.concat(bs.slice(i, i + n));
      i += n;
    } else if (c.added) {
      gapR = gapR.concat(rs.slice(j, j + n));
      j += n;
    } else {
      alignGap(gapB, gapR, sim, pair, weak);
      gapB = [];
      gapR = [];
      for (let k = 0; k < n; k++) pair((bs[i + k] as Clause).index, (rs[j + k] as Clause).index);
      i += n;
      j += n;
    }
  }
  alignGap(gapB, gapR, sim, pair, weak);
}

/**
 * The alignment of one gap maximizing total similarity (each pair must reach ALIGN; equal labels
 * break ties), then leftovers between two pairs offered as weak pairs when they reach IN_PLACE.
 */
function alignGap(bs: Clause[], rs: Clause[], sim: Similarity, pair: Pairing, weak: Pairing): void {
  const n = bs.length;
  const m = rs.length;
  if (n === 0 || m === 0) return;
  if (n * m > GAP_CELLS) {
    alignBand(bs, rs, sim, pair, weak);
    return;
  }
  const score: number[][] = bs.map((b) => rs.map((r) => sim.score(b, r) + (b.label === r.label ? 0.001 : 0)));
  const f: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = score[i - 1]?.[j - 1] ?? 0;
      const diag = s >= ALIGN ? (f[i - 1]?.[j - 1] ?? 0) + s : -Infinity;
      (f[i] as number[])[j] = Math.max(f[i - 1]?.[j] ?? 0, f[i]?.[j - 1] ?? 0, diag);
    }
  }
  const matched: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const here = f[i]?.[j] ?? 0;
    if (here === (f[i - 1]?.[j] ?? 0)) i--;
    else if (here === (f[i]?.[j - 1] ?? 0)) j--;
    else {
      matched.push([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  matched.reverse();
  settle(bs, rs, matched, (i, j) => score[i]?.[j] ?? 0, pair, weak);
}

/**
 * A large gap (thousands of items, every one reworded), in time linear in its length: each base
 * item is scored only against the revised items near its place on the gap's diagonal; the best
 * of each that reaches ALIGN are kept in order (the longest run with rising positions), and what
 * is left between two pairs is offered as weak pairs, as in `alignGap`.
 */
function alignBand(bs: Clause[], rs: Clause[], sim: Similarity, pair: Pairing, weak: Pairing): void {
  const n = bs.length;
  const m = rs.length;
  const best: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < n; i++) {
    const centre = Math.round((i * (m - 1)) / Math.max(1, n - 1));
    let top: { j: number; score: number } | null = null;
    for (let j = Math.max(0, centre - BAND); j <= Math.min(m - 1, centre + BAND); j++) {
      const b = bs[i] as Clause;
      const r = rs[j] as Clause;
      const score = sim.score(b, r) + (b.label === r.label ? 0.001 : 0);
      if (score >= ALIGN && (top === null || score > top.score)) top = { j, score };
    }
    if (top) best.push({ i, ...top });
  }
  // the longest run of candidates whose revised positions rise (patience sorting, n log n)
  const tails: number[] = [];
  const before: number[] = new Array<number>(best.length).fill(-1);
  best.forEach((c, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((best[tails[mid] as number] as { j: number }).j < c.j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before[k] = tails[lo - 1] as number;
    tails[lo] = k;
  });
  const matched: [number, number][] = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = before[k] as number) {
    const c = best[k] as { i: number; j: number };
    matched.push([c.i, c.j]);
  }
  matched.reverse();
  settle(bs, rs, matched, (i, j) => sim.score(bs[i] as Clause, rs[j] as Clause), pair, weak);
}

/**
 * The pairs of a gap, in order, made; and in the gaps between two of them, leftovers that stayed
 * in place (reworded) offered as weak pairs when they reach IN_PLACE.
 */
function settle(bs: Clause[], rs: Clause[], matched: readonly [number, number][], score: (i: number, j: number) => number, pair: Pairing, weak: Pairing): void {
  const anchors: [number, number][] = [[-1, -1], ...matched, [bs.length, rs.length]];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [i0, j0] = anchors[k] as [number, number];
    const [i1, j1] = anchors[k + 1] as [number, number];
    let j = j0 + 1;
    for (let i = i0 + 1; i < i1 && j < j1; i++) {
      if (score(i, j) >= IN_PLACE) {
        weak((bs[i] as Clause).index, (rs[j] as Clause).index);
        j++;
      }
    }
  }
  for (const [i, j] of matched) pair((bs[i] as Clause).index, (rs[j] as Clause).index);
}
