/**
 * What each paragraph of a review page shows: the kinds of change (modified, added, suppressed,
 * moved, re-lettered) and, in a merged draft, its proposers and status. The page's filters,
 * counts and navigation work from these marks. For a diff they come from the comparison, so the
 * page counts what the JSON counts; for a merged draft, from the draft's own paragraphs.
 */
import type { Change, Comparison } from '../model/comparison.js';
import type { RedlineDocument, RedlineParagraph, Segment } from '../model/redline.js';

export const KINDS = ['modified', 'added', 'suppressed', 'moved', 'relettered'] as const;
export type Kind = (typeof KINDS)[number];

export const STATUSES = ['agreed', 'compatible', 'conflict'] as const;
export type Status = (typeof STATUSES)[number];

export interface Mark {
  kinds: Kind[];
  /** who proposes the change (a merged draft) */
  proposers: string[];
  status?: Status;
  /** false for the place a moved clause left: the change is counted once, at its destination */
  counted: boolean;
}

export interface Marks {
  /** one per paragraph of the redline, null for a paragraph that shows no change */
  paragraphs: (Mark | null)[];
  /** one per footnote */
  footnotes: (Mark | null)[];
}

export type Counts = Record<Kind, number>;

export function noCounts(): Counts {
  return { modified: 0, added: 0, suppressed: 0, moved: 0, relettered: 0 };
}

function kindsOf(c: Pick<Change, 'op' | 'moved' | 'relabeled'>): Kind[] {
  const kinds: Kind[] = [];
  if (c.op === 'MOD') kinds.push('modified');
  if (c.op === 'ADD') kinds.push('added');
  if (c.op === 'SUP') kinds.push('suppressed');
  if (c.moved) kinds.push('moved');
  if (c.relabeled) kinds.push('relettered');
  return kinds;
}

/** Counts by kind, from the comparison's summary: the numbers the JSON gives. */
export function countsOf(c: Comparison): Counts {
  return { modified: c.summary.MOD, added: c.summary.ADD, suppressed: c.summary.SUP, moved: c.summary.moved, relettered: c.summary.relabeled };
}

/** A diff's marks: each change of the comparison on the paragraph (or note) that shows it. */
export function diffMarks(doc: RedlineDocument, comparison: Comparison): Marks {
  const paragraphs: (Mark | null)[] = doc.paragraphs.map(() => null);
  const footnotes: (Mark | null)[] = doc.footnotes.map(() => null);
  const shown = new Map<string, number>();
  const suppressed = new Map<string, number>();
  const origins = new Map<string, number>();
  doc.paragraphs.forEach((p, k) => {
    if (p.move?.end === 'origin') origins.set(p.move.id, k);
    else if (p.mark === 'delete') suppressed.set(p.id, k);
    else shown.set(p.id, k);
  });
  const notes = new Map(doc.footnotes.map((n, k) => [n.id, k]));
  for (const c of comparison.changes) {
    const kinds = kindsOf(c);
    if (kinds.length === 0) continue;
    const mark: Mark = { kinds, proposers: [], counted: true };
    if (c.kind === 'footnote') {
      const k = notes.get((c.revised ?? c.base ?? '').replace(/^footnote\//u, ''));
      if (k !== undefined) footnotes[k] = mark;
      continue;
    }
    const k = c.op === 'SUP' ? suppressed.get(c.base ?? '') : shown.get(c.revised ?? '');
    if (k === undefined) continue;
    paragraphs[k] = mark;
    const origin = c.moved ? origins.get(c.revised ?? '') : undefined;
    if (origin !== undefined) paragraphs[origin] = { ...mark, counted: false };
  }
  return { paragraphs, footnotes };
}

function changed(segments: readonly Segment[]): boolean {
  return segments.some((s) => s.op !== 'equal');
}

/** Proposers named by a paragraph's changes (`RCC, EUR` as the draft writes them). */
function proposersOf(p: Pick<RedlineParagraph, 'label' | 'text' | 'author' | 'mark'>): string[] {
  const names = new Set<string>();
  const add = (who: string | undefined): void => {
    for (const name of (who ?? '').split(',')) if (name.trim()) names.add(name.trim());
  };
  if (p.mark) add(p.author);
  for (const s of [...p.label, ...p.text]) if (s.op !== 'equal') add(s.author);
  return [...names].sort();
}

function shapeMark(p: RedlineParagraph): Mark | null {
  const kinds: Kind[] = [];
  if (p.mark === 'insert') kinds.push('added');
  else if (p.mark === 'delete') kinds.push('suppressed');
  else if (changed(p.text)) kinds.push('modified');
  if (p.mark === null && changed(p.label)) kinds.push('relettered');
  if (kinds.length === 0) return null;
  return { kinds, proposers: proposersOf(p), ...(p.status ? { status: p.status } : {}), counted: true };
}

/** A merged draft's marks: each changed paragraph with its proposers and its status. */
export function draftMarks(doc: RedlineDocument): Marks {
  return {
    paragraphs: doc.paragraphs.map(shapeMark),
    footnotes: doc.footnotes.map((n) => {
      const kinds: Kind[] = n.mark === 'insert' ? ['added'] : n.mark === 'delete' ? ['suppressed'] : changed(n.text) ? ['modified'] : [];
      return kinds.length > 0 ? { kinds, proposers: proposersOf({ label: [], text: n.text, mark: null }), counted: true } : null;
    }),
  };
}

/** Counts by kind of the changes a page shows. */
export function countMarks(marks: Marks): Counts {
  const counts = noCounts();
  for (const m of [...marks.paragraphs, ...marks.footnotes]) if (m?.counted) for (const k of m.kinds) counts[k]++;
  return counts;
}
