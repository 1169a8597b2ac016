/**
 * Where the paragraph marks go in a Word redline, so that Accept All and Reject All each leave
 * exactly the paragraphs of their view, in Word and in LibreOffice (which resolves fewer shapes).
 */
import type { SegmentOp } from '../model/redline.js';

/** Which views keep something: `a` the revised text (accept all), `r` the base (reject all). */
export interface Presence {
  a: boolean;
  r: boolean;
}

export const BOTH: Presence = { a: true, r: true };

export function presenceOf(op: SegmentOp): Presence {
  return { a: op !== 'delete', r: op !== 'insert' };
}

export function opOf(p: Presence): SegmentOp | null {
  if (p.a && p.r) return 'equal';
  if (p.a) return 'insert';
  if (p.r) return 'delete';
  return null;
}

/** The order of a document's clauses in Word, and where each one's paragraph mark exists. */
export interface ClauseLayout {
  /** clause indexes in the order they are written */
  order: number[];
  /** the presence of the mark after each written clause, in that order */
  marks: Presence[];
}

export type View = keyof Presence;

/**
 * The marks of a run of added or suppressed clauses, and of the kept clause before it (`before`,
 * null at the start of the document). In each view, every paragraph that exists there needs
 * exactly one mark between its text and the next paragraph's: its own, or the mark of a clause
 * after it that the view drops. Its own is preferred (an added clause's mark is inserted, as
 * Word writes a paragraph typed before an existing one). At the end of the document the last
 * mark must stay: the paragraph before an appended or suppressed last clause gives up its mark.
 *
 * LibreOffice (not Word) also fails to remove a range that holds a footnote reference and ends
 * with a paragraph mark, to remove the mark of a paragraph that keeps a reference, and, when
 * accepting, the mark of a deleted paragraph with a reference; so among the marks a paragraph
 * may take, the first LibreOffice can resolve is chosen. `safe` says whether there was one.
 */
function runMarks(
  seq: readonly number[],
  before: number | null,
  atEnd: boolean,
  at: (i: number) => Presence,
  anchored: readonly boolean[],
): { marks: Presence[]; safe: boolean } {
  const elems = before === null ? [...seq] : [before, ...seq];
  const m = elems.length;
  const anchor = (k: number): boolean => anchored[elems[k] as number] === true;
  const chosen: Record<View, boolean[]> = { a: new Array<boolean>(m).fill(false), r: new Array<boolean>(m).fill(false) };
  const windows: Record<View, { from: number; to: number; forced: boolean }[]> = { a: [], r: [] };
  let safe = true;

  const allowed = (view: View, w: { from: number; to: number }, j: number): boolean => {
    for (let t = w.from; t <= w.to; t++) {
      if (t === w.from && j > w.from && anchor(t)) return false; // a kept paragraph loses its mark
      if (t > w.from && t < j && view === 'a' && anchor(t)) return false; // a deleted one loses its mark
      if (t > j && anchor(t)) return false; // the removed range would end with a mark
    }
    return true;
  };

  for (const view of ['a', 'r'] as const) {
    const survivors = elems.flatMap((e, k) => (at(e)[view] ? [k] : []));
    const first = survivors[0] ?? m;
    // clauses the view drops before its first paragraph go with their own marks
    for (let t = 0; t < first; t++) if (anchor(t)) safe = false;
    if (survivors.length === 0 && atEnd) chosen[view][m - 1] = true;
    survivors.forEach((from, k) => {
      const next = survivors[k + 1];
      const to = next === undefined ? m - 1 : next - 1;
      const forced = next === undefined && atEnd;
      const w = { from, to, forced };
      windows[view].push(w);
      const candidates = forced ? [to] : Array.from({ length: to - from + 1 }, (_, d) => from + d);
      const j = candidates.find((c) => allowed(view, w, c));
      if (j === undefined) safe = false;
      chosen[view][j ?? (candidates[0] as number)] = true;
    });
  }

  // A mark in neither view would merge two paragraphs: let it terminate one of its windows
  // instead, if the mark that did so keeps its place in the other view.
  for (let t = 0; t < m; t++) {
    if (chosen.a[t] || chosen.r[t]) continue;
    for (const view of ['a', 'r'] as const) {
      const other: View = view === 'a' ? 'r' : 'a';
      const w = windows[view].find((x) => x.from <= t && t <= x.to);
      if (!w || w.forced || !allowed(view, w, t)) continue;
      const current = chosen[view].findIndex((c, k) => c && k >= w.from && k <= w.to);
      if (current >= 0 && !chosen[other][current]) continue;
      if (current >= 0) chosen[view][current] = false;
      chosen[view][t] = true;
      break;
    }
  }
  return { marks: elems.map((_, k) => ({ a: chosen.a[k] === true, r: chosen.r[k] === true })), safe };
}

/**
 * Lays out the paragraph marks of a document's clauses, given where each clause exists and
 * which clauses' paragraphs hold a footnote reference (`anchored`). See `runMarks`. Where a run
 * of changes cannot be laid out for LibreOffice in reading order, its deletions are written
 * before its insertions, or after: that changes neither view. With no kept clause before a run,
 * a mark in neither view can remain: that clause then shares the next one's Word paragraph.
 */
export function layoutClauses(clauses: readonly Presence[], anchored: readonly boolean[] = []): ClauseLayout {
  const n = clauses.length;
  const at = (i: number): Presence => clauses[i] as Presence;
  const kept = (i: number): boolean => at(i).a && at(i).r;
  const order: number[] = [];
  const marks: Presence[] = [];
  for (let start = 0; start < n; start++) {
    if (kept(start)) {
      order.push(start);
      marks.push(BOTH);
      continue;
    }
    let end = start;
    while (end + 1 < n && !kept(end + 1)) end++;
    const run = Array.from({ length: end - start + 1 }, (_, k) => start + k);
    const before = start > 0 ? start - 1 : null;
    const atEnd = end === n - 1;
    const orders = [run, [...run.filter((i) => !at(i).a), ...run.filter((i) => at(i).a)], [...run.filter((i) => at(i).a), ...run.filter((i) => !at(i).a)]];
    const tries = orders.map((seq) => ({ seq, ...runMarks(seq, before, atEnd, at, anchored) }));
    const best = tries.find((t) => t.safe) ?? (tries[0] as (typeof tries)[number]);
    // the kept clause before the run is already written: only its mark changes
    if (before !== null) marks[marks.length - 1] = best.marks.shift() as Presence;
    order.push(...best.seq);
    marks.push(...best.marks);
    start = end;
  }
  return { order, marks };
}

/** A whole clause added or suppressed: every run takes the clause's mark. */
