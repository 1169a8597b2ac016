/**
 * Ids are paths that follow labels: `<block>/<label>[/<sublabel>]`, `<block>/p<n>` for an
 * unlabelled paragraph, and `-2`, `-3` for a repeated one. Readers lay them when they build a
 * tree; the engine lays them anew after items are added, suppressed or re-lettered.
 */
import type { Block, Item, Resolution } from './resolution.js';

/** For each set of ids, the suffix to try next for each id: the sets only grow, so none below it is free. */
const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/**
 * `id`, or `id-2`, `id-3` … when it is taken; the result is marked as taken. Where to go on
 * counting is remembered, so a label written thousands of times costs linear time, not quadratic.
 */
export function uniqueId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) {
    taken.add(id);
    return id;
  }
  let counters = nextSuffix.get(taken);
  if (!counters) {
    counters = new Map();
    nextSuffix.set(taken, counters);
  }
  let n = counters.get(id) ?? 2;
  while (taken.has(`${id}-${n}`)) n++;
  counters.set(id, n + 1);
  const unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}

/** The id of an item under `parentId`: its label, or `p<n>` for the n-th unlabelled one. */
export function itemId(parentId: string, label: string, unlabelled: number): string {
  return label ? `${parentId}/${label}` : `${parentId}/p${unlabelled}`;
}

export function assignItemIds(parentId: string, items: Item[]): void {
  const taken = new Set<string>();
  let unlabelled = 0;
  for (const it of items) {
    it.id = uniqueId(itemId(parentId, it.label, it.label ? 0 : ++unlabelled), taken);
    assignItemIds(it.id, it.items);
  }
}

export function assignIds(res: Resolution): void {
  for (const b of [...res.blocks, ...res.annexes] as Block[]) assignItemIds(b.id, b.items);
}
