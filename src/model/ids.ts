/** Ids follow labels: after items are added, suppressed or re-lettered, ids are laid anew. */
import type { Block, Item, Resolution } from './resolution.js';

export function assignItemIds(parentId: string, items: Item[]): void {
  const taken = new Set<string>();
  let unlabelled = 0;
  for (const it of items) {
    let id = it.label ? `${parentId}/${it.label}` : `${parentId}/p${++unlabelled}`;
    for (let n = 2; taken.has(id); n++) id = `${parentId}/${it.label}-${n}`;
    taken.add(id);
    it.id = id;
    assignItemIds(id, it.items);
  }
}

export function assignIds(res: Resolution): void {
  for (const b of [...res.blocks, ...res.annexes] as Block[]) assignItemIds(b.id, b.items);
}
