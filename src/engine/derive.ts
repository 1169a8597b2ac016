/**
 * From two texts to a proposal: the changes of a comparison written as MOD / ADD / SUP against
 * the base. The same proposal comes out of a marked-up text, a clean revised text, or `draft`.
 * Applying it to the base gives the revised text: that is checked, and any clause that would
 * come out otherwise (a cross-reference the drafter chose not to renumber) is stated explicitly.
 */
import { clausesOf, type Clause } from '../model/clauses.js';
import type { Language } from '../model/language.js';
import type { Proposal, ProposalChange, ProposalMeta } from '../model/proposal.js';
import { formatReference } from '../model/reference.js';
import { findItem, type Item, type Resolution } from '../model/resolution.js';
import { applyProposal } from './apply.js';
import { compareResolutions } from './compare.js';

export function deriveProposal(base: Resolution, revised: Resolution, meta: ProposalMeta, lang: Language): Proposal {
  const { comparison } = compareResolutions(base, revised);
  const bs = new Map(clausesOf(base).map((c) => [c.id, c]));
  const rs = new Map(clausesOf(revised).map((c) => [c.id, c]));
  const revisedToBase = new Map(comparison.changes.filter((c) => c.base && c.revised && c.kind !== 'footnote').map((c) => [c.revised as string, c.base as string]));
  const words = lang.referenceWords;
  const changes: ProposalChange[] = [];
  const suppressed = new Set<string>();
  const added = new Set<string>();
  let lastBlock: string | null = null;

  const refOf = (id: string, side: Map<string, Clause>): string => {
    const c = side.get(id);
    return c ? refOfClause(c, side) : id;
  };
  const parentGone = (c: Clause | undefined, set: Set<string>): boolean => c?.parent !== null && c?.parent !== undefined && set.has(c.parent);

  const addItem = (rid: string): void => {
    if (added.has(rid)) return;
    const r = rs.get(rid);
    if (!r || parentGone(r, added) || !r.parent) {
      if (r) added.add(rid);
      return;
    }
    added.add(rid);
    const parentBase = revisedToBase.get(r.parent);
    const item = findItem(revised, rid);
    if (!parentBase || !item) return;
    const parentRef = bs.get(parentBase)?.kind === 'block' ? (bs.get(parentBase) as Clause).text : refOf(parentBase, bs);
    changes.push({
      op: 'ADD',
      reference: `${parentRef} ${r.labelText}`,
      target: `${parentBase}/${r.label}`,
      text: item.text,
      ...(item.items.length > 0 ? { items: structuredClone(item.items) } : {}),
    });
    for (const sub of descendants(item)) added.add(sub);
  };

  for (const c of comparison.changes) {
    if (c.kind === 'title' || c.kind === 'subtitle' || c.kind === 'formula') {
      if (c.op === 'NOC') continue;
      const text = revised[c.kind];
      changes.push({ op: c.op, reference: words[c.kind], target: c.kind, ...(text !== null && c.op !== 'SUP' ? { text } : {}) });
      continue;
    }
    if (c.kind === 'footnote') {
      if (c.op === 'NOC') continue;
      const id = (c.revised ?? c.base ?? '').replace(/^footnote\//u, '');
      const text = revised.footnotes.find((n) => n.id === id)?.text;
      changes.push({ op: c.op, reference: `${words.footnote} ${id}`, target: `footnote/${id}`, ...(text !== undefined && c.op !== 'SUP' ? { text } : {}) });
      continue;
    }
    if (c.kind === 'block') {
      if (c.op === 'ADD' || c.moved) {
        if (c.moved && c.base) {
          changes.push({ op: 'SUP', reference: bs.get(c.base)?.text ?? c.base, target: c.base });
          suppressed.add(c.base);
        }
        const block = [...revised.blocks, ...revised.annexes].find((b) => b.id === c.revised);
        if (block) {
          changes.push({ op: 'ADD', reference: block.heading, block: structuredClone(block), after: lastBlock });
          for (const it of block.items) for (const id of [it.id, ...descendants(it)]) added.add(id);
          lastBlock = block.heading;
        }
        continue;
      }
      if (c.op === 'SUP' && c.base) {
        changes.push({ op: 'SUP', reference: bs.get(c.base)?.text ?? c.base, target: c.base });
        suppressed.add(c.base);
        for (const id of c.items ?? []) suppressed.add(id);
        continue;
      }
      if (c.op === 'MOD' && c.base && c.revised) {
        changes.push({ op: 'MOD', reference: bs.get(c.base)?.text ?? c.base, target: c.base, text: rs.get(c.revised)?.text ?? '' });
      }
      lastBlock = c.base ? (bs.get(c.base)?.text ?? lastBlock) : lastBlock;
      continue;
    }
    // Items.
    const b = c.base ? bs.get(c.base) : undefined;
    if (b && (suppressed.has(b.block ?? '') || parentGone(b, suppressed))) {
      if (c.base) suppressed.add(c.base);
      if (c.revised && c.op !== 'SUP') addItem(c.revised);
      continue;
    }
    if (c.revised && (added.has(c.revised) || parentGone(rs.get(c.revised), added))) {
      added.add(c.revised);
      if (c.base && c.op !== 'ADD') {
        changes.push({ op: 'SUP', reference: refOf(c.base, bs), target: c.base });
        suppressed.add(c.base);
      }
      continue;
    }
    if (c.op === 'SUP' && c.base) {
      changes.push({ op: 'SUP', reference: refOf(c.base, bs), target: c.base });
      suppressed.add(c.base);
    } else if (c.op === 'ADD' && c.revised) {
      addItem(c.revised);
    } else if (c.moved && c.base && c.revised) {
      changes.push({ op: 'SUP', reference: refOf(c.base, bs), target: c.base });
      suppressed.add(c.base);
      addItem(c.revised);
    } else if (c.op === 'MOD' && c.base && c.revised) {
      const r = rs.get(c.revised);
      const restyled = r && b && !c.relabeled && r.labelText !== b.labelText;
      changes.push({ op: 'MOD', reference: refOf(c.base, bs), target: c.base, text: r?.text ?? '', ...(restyled ? { labelText: r.labelText } : {}) });
    }
  }

  if (changes.length === 0) {
    // Nothing to change: say so on purpose, so that the proposal is still a proposal.
    changes.push({ op: 'NOC', reference: base.title !== null ? words.title : (base.blocks[0]?.heading ?? words.title), target: base.title !== null ? 'title' : (base.blocks[0]?.id ?? 'title') });
  }
  const proposal: Proposal = { ...meta, revision: null, changes };
  return settle(base, revised, proposal, lang, bs);
}

/** State explicitly every clause that applying the changes would not give as the revised text has it. */
function settle(base: Resolution, revised: Resolution, proposal: Proposal, lang: Language, bs: Map<string, Clause>): Proposal {
  const { resolution, origins } = applyProposal(base, proposal, lang);
  const got = new Map(clausesOf(resolution).map((c) => [c.id, c]));
  const extra: ProposalChange[] = [];
  for (const want of clausesOf(revised)) {
    const have = got.get(want.id);
    const from = origins.get(want.id);
    if (want.kind !== 'item' || !have || !from || have.text === want.text) continue;
    const b = bs.get(from);
    if (!b) continue;
    extra.push({ op: 'MOD', reference: refOfClause(b, bs), target: from, text: want.text });
  }
  return extra.length > 0 ? { ...proposal, changes: [...proposal.changes, ...extra] } : proposal;
}

function refOfClause(c: Clause, side: Map<string, Clause>): string {
  const path: Clause[] = [];
  for (let x: Clause | undefined = c; x; x = x.parent ? side.get(x.parent) : undefined) path.unshift(x);
  const [block, ...items] = path;
  return formatReference(block?.text ?? c.id, items.map((i) => i.labelText));
}

function descendants(item: Item): string[] {
  return item.items.flatMap((i) => [i.id, ...descendants(i)]);
}
