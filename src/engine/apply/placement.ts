/**
 * Where each new item goes: each list rebuilt as the proposal meant it (its suppressions out, its
 * additions at the place their label gives), then every addition anchored after the base item
 * that precedes it there. A suffixed label (`c bis`) follows its base item.
 */
import { baseOf, isSuffixed, listKind, ordinal } from '../../model/label.js';
import type { Item } from '../../model/resolution.js';
import type { Planned, Run } from './types.js';

export function placeAdditions(run: Run, planned: readonly Planned[]): void {
  const byList = new Map<Item[], Planned[]>();
  for (const p of planned) {
    if (p.change.op !== 'ADD' || !p.place?.label) continue;
    byList.set(p.place.list, [...(byList.get(p.place.list) ?? []), p]);
  }
  for (const [list, adds] of byList) {
    const suppressed = new Set(planned.filter((p) => p.change.op === 'SUP' && p.place?.item && p.place.list === list).map((p) => p.place?.item));
    const kept = list.filter((it) => !suppressed.has(it));
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
      place.after = intended.slice(0, at).reverse().find((x): x is Item => x !== null) ?? null;
    }
    for (const a of adds.filter((x) => isSuffixed(labelOf(x)))) {
      // `c bis)` follows `c)` and leaves the others alone.
      const base = baseOf(labelOf(a));
      (a.place as NonNullable<Planned['place']>).after = [...kept].reverse().find((it) => baseOf(it.label) === base) ?? kept.at(-1) ?? null;
    }
  }
}
