/**
 * Applying proposals to a resolution. References name clauses of the text the proposal was
 * drafted on (for ADD, the label of the new item's place in the proposed text); several proposals
 * apply in order, each resolved against the original labels. ADD re-letters the items after it
 * (a suffixed `c bis` leaves them alone), SUP closes the gap, and cross-references in the clauses
 * the proposal did not rewrite follow the new labels. The steps live in engine/apply/.
 */
import { knownHeading, type Language } from '../model/language.js';
import type { Proposal, ProposalChange } from '../model/proposal.js';
import type { Block, Item, Resolution } from '../model/resolution.js';
import { slug } from '../model/slug.js';
import { visits } from '../model/visit.js';
import { References } from './apply/references.js';
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
  // an item or block an earlier proposal added has no origin in the base
  const origin = (x: Item | Block): string | undefined => (previous ? previous.get(x) : x.id);
  const copyItem = (it: Item): Item => {
    const c: Item = { ...it, items: it.items.map(copyItem) };
    const from = origin(it);
    if (from !== undefined) origins.set(c, from);
    return c;
  };
  const copyBlock = (b: Block): Block => {
    const c: Block = { ...b, items: b.items.map(copyItem) };
    const from = origin(b);
    if (from !== undefined) origins.set(c, from);
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
    new ProposalRun({ base, res: current, origins, lang, proposal, notes, touched: new Map(), rewritten: new Set(), goneHeadings: new Map() }).apply();
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

/** Where a change lands in the base: a clause id, or the place of a new item or block. */
export interface Target {
  change: ProposalChange;
  /** `considering/c`, `title`, `footnote/1`; `considering+c` for a new item at c); `+noting` for a new block; null for a NOC that only places a block */
  key: string | null;
}

/** The targets of a proposal's changes, resolved against the base as apply resolves them. */
export function targetsOf(base: Resolution, proposal: Proposal, lang: Language): Target[] {
  const origins: Origins = new WeakMap();
  const res = clone(base, origins);
  const run = { base, res, origins, lang, proposal, notes: [], touched: new Map(), rewritten: new Set<Item>(), goneHeadings: new Map<string, ProposalChange>() };
  const refs = new References(run);
  const parentOf = (list: Item[], block: Block): string => {
    if (list === block.items) return origins.get(block) ?? block.id;
    const parent = visits([block]).find((v) => v.item.items === list)?.item;
    return parent ? (origins.get(parent) ?? parent.id) : block.id;
  };
  return refs.plan().map(({ change, place }): Target => {
    const ref = refs.referenceOf(change);
    if (ref.kind === 'title' || ref.kind === 'subtitle' || ref.kind === 'formula') return { change, key: ref.kind };
    if (ref.kind === 'footnote') return { change, key: `footnote/${ref.heading}` };
    if (!place) {
      if (change.op !== 'ADD') return { change, key: null };
      const heading = change.block?.heading ?? ref.heading;
      return { change, key: `+${knownHeading(heading, lang)?.id ?? slug(heading)}` };
    }
    if (place.item) return { change, key: origins.get(place.item) ?? place.item.id };
    if (place.label !== undefined) return { change, key: `${parentOf(place.list, place.block)}+${place.label}` };
    return { change, key: origins.get(place.block) ?? place.block.id };
  });
}
