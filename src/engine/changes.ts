/**
 * The changes of a comparison, one per step of the reading order: every clause of the base
 * appears once as `base` and every clause of the revised text once as `revised` (a moved clause
 * is reported at its destination; the items of a block added or suppressed whole are changes
 * of their own).
 */
import type { Clause } from '../model/clauses.js';
import type { Change } from '../model/comparison.js';
import type { Segment } from '../model/redline.js';
import type { Alignment } from './align.js';
import type { Step } from './order.js';
import { diffWords, type WordDiffOptions } from './words.js';

export const whole = (op: Segment['op'], text: string): Segment[] => (text ? [{ op, text }] : []);

export class ChangeMaker {
  /** clauses whose word diff gave up and are shown replaced whole */
  fallbacks = 0;
  private readonly words = new Map<Clause, Segment[]>();
  private readonly blockPartner: Map<string, string>;

  constructor(
    private readonly bs: readonly Clause[],
    private readonly rs: readonly Clause[],
    private readonly alignment: Alignment,
    private readonly options: WordDiffOptions & { author?: string },
  ) {
    this.blockPartner = new Map(
      [...alignment.pairs].filter(([b]) => bs[b]?.kind === 'block').map(([b, r]) => [(bs[b] as Clause).id, (rs[r] as Clause).id]),
    );
  }

  /** The word edits of a paired clause, computed once for the changes and the layout. */
  wordsOf(b: Clause, r: Clause): Segment[] {
    let segments = this.words.get(b);
    if (!segments) {
      const d = diffWords(b.text, r.text, this.options);
      if (d.fallback) this.fallbacks++;
      segments = d.segments;
      this.words.set(b, segments);
    }
    return segments;
  }

  changesOf(step: Step): Change[] {
    switch (step.kind) {
      case 'pair':
        return [this.paired(step.b, step.r, false)];
      case 'destination':
        return [this.paired(step.b, step.r, true)];
      case 'origin':
        return [];
      case 'sup': {
        const change = this.oneSided('SUP', step.b);
        const into = this.alignment.mergedInto.get(step.b.index);
        if (into !== undefined) change.mergedInto = (this.rs[into] as Clause).id;
        return [change];
      }
      case 'add': {
        const change = this.oneSided('ADD', step.r);
        const from = this.alignment.splitFrom.get(step.r.index);
        if (from !== undefined) change.splitFrom = (this.bs[from] as Clause).id;
        return [change];
      }
    }
  }

  /** A clause on one side only: added or suppressed whole. */
  private oneSided(op: 'ADD' | 'SUP', c: Clause): Change {
    const change: Change = {
      op,
      kind: c.kind,
      base: op === 'SUP' ? c.id : null,
      revised: op === 'ADD' ? c.id : null,
      relabeled: false,
      moved: false,
      words: whole(op === 'ADD' ? 'insert' : 'delete', c.text),
    };
    if (this.options.author) change.author = this.options.author;
    return change;
  }

  private paired(b: Clause, r: Clause, displaced: boolean): Change {
    const words = this.wordsOf(b, r);
    const relabeled = b.label !== r.label;
    const movedBlock = b.kind === 'item' && (this.blockPartner.get(b.block ?? '') ?? null) !== r.block;
    const moved = displaced || this.alignment.moved.has(b.index) || movedBlock;
    // Under --ignore-quotes, texts that differ only in quote style have no edits.
    const textChanged = words.some((s) => s.op !== 'equal');
    const labelStyle = b.labelText !== r.labelText;
    const change: Change = {
      op: textChanged || moved || (labelStyle && !relabeled) ? 'MOD' : 'NOC',
      kind: b.kind,
      base: b.id,
      revised: r.id,
      relabeled,
      moved,
    };
    if (b.kind === 'block' && textChanged) change.renamed = true;
    const splits = [...this.alignment.splitFrom].filter(([, bi]) => bi === b.index).map(([ri]) => (this.rs[ri] as Clause).id);
    if (splits.length > 0) change.splitInto = [r.id, ...splits];
    const merged = [...this.alignment.mergedInto].filter(([, ri]) => ri === r.index).map(([bi]) => (this.bs[bi] as Clause).id);
    if (merged.length > 0) change.mergedFrom = [b.id, ...merged];
    if (labelStyle) change.label = [...whole('delete', b.labelText), ...whole('insert', r.labelText)];
    if (change.op !== 'NOC') {
      change.words = words;
      if (this.options.author) change.author = this.options.author;
    }
    return change;
  }
}
