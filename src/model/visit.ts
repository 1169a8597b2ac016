/**
 * One walk over the items of a resolution, depth first in reading order (as unist-util-visit
 * walks a syntax tree): every reader, engine step and writer that needs the items uses it.
 */
import type { Block, Item, Resolution } from './resolution.js';

/** Returned by a visitor: do not descend into this item's sub-items. */
export const SKIP = 'skip';

export interface ItemVisit {
  item: Item;
  block: Block;
  /** the items above this one, outermost first */
  ancestors: readonly Item[];
  /** the list the item stands in (the block's items or its parent's) */
  siblings: Item[];
}

export type Visitor = (visit: ItemVisit) => void | typeof SKIP;

function blocksOf(target: Resolution | readonly Block[]): readonly Block[] {
  return Array.isArray(target) ? target : [...(target as Resolution).blocks, ...(target as Resolution).annexes];
}

/** Visit every item of a resolution (blocks, then annexes) or of some blocks. */
export function visit(target: Resolution | readonly Block[], visitor: Visitor): void {
  const walk = (block: Block, list: Item[], ancestors: Item[]): void => {
    for (const item of list) {
      if (visitor({ item, block, ancestors, siblings: list }) === SKIP) continue;
      walk(block, item.items, [...ancestors, item]);
    }
  };
  for (const block of blocksOf(target)) walk(block, block.items, []);
}

/** Every item, in reading order, with where it stands. */
export function visits(target: Resolution | readonly Block[]): ItemVisit[] {
  const out: ItemVisit[] = [];
  visit(target, (v) => void out.push(v));
  return out;
}

/** Every item, in reading order. */
export function itemsOf(target: Resolution | readonly Block[]): Item[] {
  return visits(target).map((v) => v.item);
}

/** The item with this id, at any depth. */
export function findItem(res: Resolution, id: string): Item | undefined {
  return itemsOf(res).find((it) => it.id === id);
}

/** Some items and all their sub-items, in reading order. */
export function flattenItems(items: readonly Item[]): Item[] {
  return items.flatMap((it) => [it, ...flattenItems(it.items)]);
}

/** The ids of an item's sub-items, at any depth. */
export function descendantIds(item: Item): string[] {
  return flattenItems(item.items).map((it) => it.id);
}
