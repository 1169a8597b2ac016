/**
 * What changed between two versions of a resolution, clause by clause. Produced by the engine,
 * written as JSON by `redline diff --format json` and laid out as a redline by the other writers.
 */
import type { Segment } from './redline.js';

export type Op = 'MOD' | 'ADD' | 'SUP' | 'NOC';

export type ClauseKind = 'title' | 'subtitle' | 'formula' | 'block' | 'item' | 'footnote' | 'document';

export interface Change {
  op: Op;
  kind: ClauseKind;
  /** clause id in the base, or null for an addition */
  base: string | null;
  /** clause id in the revised text, or null for a suppression */
  revised: string | null;
  /** the label changed (`e)` became `f)`) */
  relabeled: boolean;
  /** the clause changed place (within its block or to another block) */
  moved: boolean;
  /** a block whose heading changed */
  renamed?: boolean;
  /** revised ids of the items this base item was split into */
  splitInto?: string[];
  /** the base item a new item was split from */
  splitFrom?: string;
  /** base ids of the items merged into this revised item */
  mergedFrom?: string[];
  /** the revised item a suppressed item was merged into */
  mergedInto?: string;
  /** label edits, when the label changed */
  label?: Segment[];
  /** word edits of the clause text (heading for a block); the whole text for ADD and SUP */
  words?: Segment[];
  /** who made the change (a proposer, or the redline's author) */
  author?: string;
}

export interface Summary {
  MOD: number;
  ADD: number;
  SUP: number;
  NOC: number;
  relabeled: number;
  moved: number;
  /** clauses whose word diff passed its edit bound and were shown replaced whole */
  fallbacks: number;
}

export interface Comparison {
  changes: Change[];
  summary: Summary;
}

/** True when the comparison shows any difference at all (exit status 1). */
export function differs(c: Comparison): boolean {
  return c.changes.some((ch) => ch.op !== 'NOC' || ch.relabeled || ch.moved);
}

export function summarize(changes: readonly Change[], fallbacks: number): Summary {
  const s: Summary = { MOD: 0, ADD: 0, SUP: 0, NOC: 0, relabeled: 0, moved: 0, fallbacks };
  for (const c of changes) {
    s[c.op]++;
    if (c.relabeled) s.relabeled++;
    if (c.moved) s.moved++;
  }
  return s;
}
