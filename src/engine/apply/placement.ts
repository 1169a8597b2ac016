/**
 * Where each new item goes: each list rebuilt as the proposal meant it (its suppressions out, its
 * additions at the place their label gives), then every addition anchored after the base item
 * that precedes it there. A suffixed label (`c bis`) follows its base item.
 */
import { baseOf, isSuffixed, listKind, ordinal } from '../../model/label.js';
import type { Block, Item } from '../../model/resolution.js';
import { findItem, visits } from '../../model/visit.js';
import type { Planned, Run } from './types.js';

/**
 * The list as the base has it: proposals are drafted on the base, so an earlier proposal's
 * additions and suppressions in it do not move the places a later one's labels give. Null when
 * the list is not in the base (a block or item an earlier proposal added).
 */
function baseListOf(run: Run, list: Item[], block: Block): Item[] | null {
  const parent = list === block.items ? block : visits([block]).find((v) => v.item.items === list)?.item;
  const id = parent ? run.origins.get(parent) : undefined;
  if (id === undefined) return null;
  if (parent === block) return [...run.base.blocks, ...run.base.annexes].find((b) => b.id === id)?.items ?? null;
  return findItem(run.base, id)?.items ?? null;
}

/** The item of the working list that stands for a base item, or for the nearest base item before it still there. */
function standIn(run: Run, list: readonly Item[], baseList: readonly Item[], after: Item | null): Item | null {
  for (let k = after ? baseList.indexOf(after) : -1; k >= 0; k--) {
    const id = (baseList[k] as Item).id;
    const found = list.find((it) => run.origins.get(it) === id);
    if (found) return found;
  }
  return null;
}

export function placeAdditions(run: Run, planned: readonly Planned[]): void {
  const byList = new Map<Item[], Planned[]>();
  for (const p of planned) {
    if (p.change.op !== 'ADD' || !p.place?.label) continue;
    byList.set(p.place.list, [...(byList.get(p.place.list) ?? []), p]);
  }
  for (const [list, adds] of byList) {
    const block = (adds[0]?.place as NonNullable<Planned['place']>).block;
    const base = baseListOf(run, list, block);
    const suppressed = new Set(planned.filter((p) => p.change.op === 'SUP' && p.place?.item && p.place.list === list).map((p) => p.place?.item));
    const gone = new Set([...suppressed].map((it) => (it ? run.origins.get(it) : undefined)));
    const kept = base ? base.filter((it) => !gone.has(it.id)) : list.filter((it) => !suppressed.has(it));
    // from a base item to the working item that stands for it
    const anchor = (after: Item | null): Item | null => (base ? standIn(run, list, base, after) : after);
    const intended: (Item | null)[] = [...kept];
    const labelOf = (p: Planned): string => p.place?.label ?? '';
    const plain = adds.filter((a) => !isSuffixed(labelOf(a)));
    const kind = listKind(list.map((it) => it.label)) ?? listKind(plain.map(labelOf)) ?? 'letter';
    const position = (label: string): number => {
      const n = ordinal(label, kind);
      return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
    };
    plain.sort((a, b) => position(labelOf(a)) - position(labelOf(b)));
    for (const a of plain) {
      const place = a.place as NonNullable<Planned['place']>;
      const wanted = position(labelOf(a)) - 1;
      const at = Math.max(0, Math.min(intended.length, wanted));
      if (wanted > intended.length) {
        run.notes.push({ clause: a.change.reference, message: `there is no place ${place.labelText ?? ''} yet: added at the end of the list` });
      }
      intended.splice(at, 0, null);
      place.after = anchor(intended.slice(0, at).reverse().find((x): x is Item => x !== null) ?? null);
    }
    for (const a of adds.filter((x) => isSuffixed(labelOf(x)))) {
      // `c bis)` follows `c)` and leaves the others alone.
      const label = baseOf(labelOf(a));
      (a.place as NonNullable<Planned['place']>).after = anchor([...kept].reverse().find((it) => baseOf(it.label) === label) ?? kept.at(-1) ?? null);
    }
  }
}
