/**
 * Applying proposals to a resolution. References name clauses of the text the proposal was
 * drafted on (for ADD, the label of the new item's place in the proposed text); several proposals
 * apply in order, each resolved against the original labels. ADD re-letters the items after it
 * (a suffixed `c bis` leaves them alone), SUP closes the gap, and cross-references in the clauses
 * the proposal did not rewrite follow the new labels. The steps live in engine/apply/.
 */
import type { Language } from '../model/language.js';
import type { Proposal } from '../model/proposal.js';
import type { Block, Item, Resolution } from '../model/resolution.js';
import { visits } from '../model/visit.js';
import { ProposalRun } from './apply/run.js';
import type { ApplyNote, Origins } from './apply/types.js';

export { ApplyError, type ApplyNote } from './apply/types.js';

export interface Applied {
  resolution: Resolution;
  /** warnings: references to suppressed items, additions past the end of a list */
  notes: ApplyNote[];
  /** id in the result -> id in the base, for every item that came from the base */
  origins: Map<string, string>;
}

function clone(res: Resolution, origins: Origins, previous?: Origins): Resolution {
  const copyItem = (it: Item): Item => {
    const c: Item = { ...it, items: it.items.map(copyItem) };
    origins.set(c, previous?.get(it) ?? it.id);
    return c;
  };
  const copyBlock = (b: Block): Block => {
    const c: Block = { ...b, items: b.items.map(copyItem) };
    origins.set(c, previous?.get(b) ?? b.id);
    return c;
  };
  return { ...res, blocks: res.blocks.map(copyBlock), annexes: res.annexes.map(copyBlock), footnotes: res.footnotes.map((n) => ({ ...n })) };
}

/** Apply proposals in order. A change that cannot be applied throws an ApplyError (an InputError). */
export function applyProposals(base: Resolution, proposals: readonly Proposal[], lang: Language): Applied {
  let origins: Origins = new WeakMap();
  let current = clone(base, origins);
  const notes: ApplyNote[] = [];
  for (const proposal of proposals) {
    const next: Origins = new WeakMap();
    current = clone(current, next, origins);
    origins = next;
    new ProposalRun({ res: current, origins, lang, proposal, notes, touched: new Map(), rewritten: new Set(), goneHeadings: new Set() }).apply();
  }
  const ids = new Map<string, string>();
  for (const { item } of visits(current)) {
    const from = origins.get(item);
    if (from) ids.set(item.id, from);
  }
  return { resolution: current, notes, origins: ids };
}

export function applyProposal(base: Resolution, proposal: Proposal, lang: Language): Applied {
  return applyProposals(base, [proposal], lang);
}
