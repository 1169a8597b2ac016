/**
 * From two texts to a proposal: the changes of a comparison written as MOD / ADD / SUP against
 * the base, one handler per kind of clause. The same proposal comes out of a marked-up text, a
 * clean revised text, or `draft`. Applying it to the base gives the revised text: that is
 * checked, and any clause that would come out otherwise (a cross-reference the drafter chose not
 * to renumber) is stated explicitly.
 */
import { clausesOf, referenceOf, type Clause } from '../model/clauses.js';
import type { Change } from '../model/comparison.js';
import type { Language } from '../model/language.js';
import type { Proposal, ProposalChange, ProposalMeta } from '../model/proposal.js';
import type { Resolution } from '../model/resolution.js';
import { descendantIds, findItem } from '../model/visit.js';
import { applyProposal } from './apply.js';
import { compareResolutions } from './compare.js';

/**
 * `select` may drop or rewrite changes before the result is settled: an excerpt drops the
 * suppressions of what it did not reproduce. It is given the base ids that pair with a clause of
 * the revised text.
 */
export type Selection = (changes: ProposalChange[], paired: ReadonlySet<string>) => ProposalChange[];

export interface Derivation {
  proposal: Proposal;
  /** clauses of the revised text that keep a cross-reference applying renumbers, one line each */
  warnings: string[];
}

export function deriveProposal(base: Resolution, revised: Resolution, meta: ProposalMeta, lang: Language, select?: Selection): Proposal {
  return derive(base, revised, meta, lang, select).proposal;
}

export function derive(base: Resolution, revised: Resolution, meta: ProposalMeta, lang: Language, select?: Selection): Derivation {
  const { comparison } = compareResolutions(base, revised);
  const drafting = new Drafting(base, revised, comparison.changes, lang);
  for (const c of comparison.changes) drafting.take(c);
  const paired = new Set(comparison.changes.flatMap((c) => (c.base && c.revised ? [c.base] : [])));
  const changes = select ? select(drafting.changes, paired) : drafting.changes;
  if (changes.length === 0) {
    // Nothing to change: say so on purpose, so that the proposal is still a proposal.
    const first = base.title !== null ? null : base.blocks[0];
    changes.push({ op: 'NOC', reference: first ? first.heading : lang.referenceWords.title, target: first ? first.id : 'title' });
  }
  const partners = new Map(comparison.changes.flatMap((c) => (c.base && c.revised && c.kind === 'item' ? [[c.revised, c.base] as const] : [])));
  return settle(base, revised, { ...meta, revision: null, changes }, lang, drafting.bs, partners);
}

class Drafting {
  readonly changes: ProposalChange[] = [];
  readonly bs: Map<string, Clause>;
  private readonly rs: Map<string, Clause>;
  private readonly revisedToBase: Map<string, string>;
  /** base clauses this proposal suppresses, and revised clauses it adds, with what they hold */
  private readonly suppressed = new Set<string>();
  private readonly added = new Set<string>();
  /** the heading of the last block the proposal passed: a new block goes after it */
  private lastBlock: string | null = null;

  constructor(
    private readonly base: Resolution,
    private readonly revised: Resolution,
    compared: readonly Change[],
    private readonly lang: Language,
  ) {
    this.bs = new Map(clausesOf(base).map((c) => [c.id, c]));
    this.rs = new Map(clausesOf(revised).map((c) => [c.id, c]));
    this.revisedToBase = new Map(compared.filter((c) => c.base && c.revised && c.kind !== 'footnote').map((c) => [c.revised as string, c.base as string]));
  }

  take(c: Change): void {
    switch (c.kind) {
      case 'title':
      case 'subtitle':
      case 'formula':
        return this.head(c, c.kind);
      case 'footnote':
        return this.footnote(c);
      case 'block':
        return this.block(c);
      case 'item':
        return this.item(c);
      case 'document':
        return;
    }
  }

  private refOf(id: string): string {
    const c = this.bs.get(id);
    return c ? referenceOf(c, this.bs) : id;
  }

  private suppress(id: string): void {
    this.changes.push({ op: 'SUP', reference: this.refOf(id), target: id });
    this.suppressed.add(id);
  }

  private head(c: Change, kind: 'title' | 'subtitle' | 'formula'): void {
    if (c.op === 'NOC') return;
    const text = this.revised[kind];
    this.changes.push({ op: c.op, reference: this.lang.referenceWords[kind], target: kind, ...(text !== null && c.op !== 'SUP' ? { text } : {}) });
  }

  private footnote(c: Change): void {
    if (c.op === 'NOC') return;
    const id = (c.revised ?? c.base ?? '').replace(/^footnote\//u, '');
    const text = this.revised.footnotes.find((n) => n.id === id)?.text;
    this.changes.push({ op: c.op, reference: `${this.lang.referenceWords.footnote} ${id}`, target: `footnote/${id}`, ...(text !== undefined && c.op !== 'SUP' ? { text } : {}) });
  }

  /** A block: added (or moved, which is suppressed and added again), suppressed, or renamed. */
  private block(c: Change): void {
    if (c.op === 'ADD' || c.moved) {
      if (c.moved && c.base) this.suppress(c.base);
      const block = [...this.revised.blocks, ...this.revised.annexes].find((b) => b.id === c.revised);
      if (!block) return;
      this.changes.push({ op: 'ADD', reference: block.heading, block: structuredClone(block), after: this.lastBlock });
      for (const it of block.items) for (const id of [it.id, ...descendantIds(it)]) this.added.add(id);
      this.lastBlock = block.heading;
      return;
    }
    if (c.op === 'SUP' && c.base) {
      this.suppress(c.base);
      return;
    }
    if (c.op === 'MOD' && c.base && c.revised) {
      this.changes.push({ op: 'MOD', reference: this.refOf(c.base), target: c.base, text: this.rs.get(c.revised)?.text ?? '' });
    }
    if (c.base) this.lastBlock = this.bs.get(c.base)?.text ?? this.lastBlock;
  }

  /** An item: what its block or parent already says for it is not said again. */
  private item(c: Change): void {
    const b = c.base ? this.bs.get(c.base) : undefined;
    if (b && c.base && (this.suppressed.has(b.block ?? '') || this.parentIn(b, this.suppressed))) {
      this.suppressed.add(c.base);
      if (c.revised && c.op !== 'SUP') this.addItem(c.revised);
      return;
    }
    if (c.revised && (this.added.has(c.revised) || this.parentIn(this.rs.get(c.revised), this.added))) {
      this.added.add(c.revised);
      if (c.base && c.op !== 'ADD') this.suppress(c.base);
      return;
    }
    if (c.op === 'SUP' && c.base) this.suppress(c.base);
    else if (c.op === 'ADD' && c.revised) this.addItem(c.revised);
    else if (c.moved && c.base && c.revised) {
      this.suppress(c.base);
      this.addItem(c.revised);
    } else if (c.op === 'MOD' && c.base && c.revised) {
      const r = this.rs.get(c.revised);
      const restyled = r && b && !c.relabeled && r.labelText !== b.labelText;
      this.changes.push({ op: 'MOD', reference: this.refOf(c.base), target: c.base, text: r?.text ?? '', ...(restyled ? { labelText: r.labelText } : {}) });
    }
  }

  private parentIn(c: Clause | undefined, set: Set<string>): boolean {
    return c?.parent !== null && c?.parent !== undefined && set.has(c.parent);
  }

  /** ADD of a new item, with its sub-items, at its place under its (base) parent. */
  private addItem(rid: string): void {
    if (this.added.has(rid)) return;
    this.added.add(rid);
    const r = this.rs.get(rid);
    if (!r?.parent || this.parentIn(r, this.added)) return;
    const parentBase = this.revisedToBase.get(r.parent);
    const item = findItem(this.revised, rid);
    const parent = parentBase ? this.bs.get(parentBase) : undefined;
    if (!parentBase || !parent || !item) return;
    this.changes.push({
      op: 'ADD',
      reference: `${parent.kind === 'block' ? parent.text : this.refOf(parentBase)} ${r.labelText}`,
      target: `${parentBase}/${r.label}`,
      text: item.text,
      ...(item.items.length > 0 ? { items: structuredClone(item.items) } : {}),
    });
    for (const sub of descendantIds(item)) this.added.add(sub);
  }
}

/**
 * Check each revised item against what applying the changes makes of its partner in the base. A
 * clause the revised text left as it was, but whose cross-reference applying renumbers, keeps a
 * stale reference: a warning, never a change of its own (applying corrects it). Any other
 * difference is stated explicitly as a MOD.
 */
function settle(base: Resolution, revised: Resolution, proposal: Proposal, lang: Language, bs: Map<string, Clause>, partners: ReadonlyMap<string, string>): Derivation {
  const { resolution, origins } = applyProposal(base, proposal, lang);
  const got = new Map(clausesOf(resolution).map((c) => [c.id, c]));
  const becameOf = new Map([...origins].map(([now, from]) => [from, now]));
  const extra: ProposalChange[] = [];
  const warnings: string[] = [];
  for (const want of clausesOf(revised)) {
    const from = partners.get(want.id);
    const have = from ? got.get(becameOf.get(from) ?? '') : undefined;
    if (want.kind !== 'item' || !have || !from || have.text === want.text) continue;
    const b = bs.get(from);
    if (!b) continue;
    if (want.text === b.text) {
      warnings.push(`${referenceOf(b, bs)} keeps a stale cross-reference; applying the proposal makes it read "${have.text}"`);
      continue;
    }
    extra.push({ op: 'MOD', reference: referenceOf(b, bs), target: from, text: want.text });
  }
  return { proposal: extra.length > 0 ? { ...proposal, changes: [...proposal.changes, ...extra] } : proposal, warnings };
}
