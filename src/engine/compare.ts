/**
 * Compare two versions of a resolution: align the clauses (align.ts), walk both texts in reading
 * order (order.ts), and from the same walk take the list of changes (changes.ts) and the redline
 * layout (layout.ts). Footnotes pair by their marker (footnotes.ts).
 */
import { clausesOf } from '../model/clauses.js';
import { summarize, type Comparison } from '../model/comparison.js';
import type { RedlineDocument } from '../model/redline.js';
import { documentsOf, type Parsed, type Resolution } from '../model/resolution.js';
import { align } from './align.js';
import { ChangeMaker } from './changes.js';
import { compareFootnotes } from './footnotes.js';
import { layout } from './layout.js';
import { readingOrder } from './order.js';
import type { WordDiffOptions } from './words.js';

export interface CompareOptions extends WordDiffOptions {
  author?: string;
  /** ISO date stamped on every revision */
  date?: string;
}

export interface Diff {
  comparison: Comparison;
  redline: RedlineDocument;
}

export function compareResolutions(base: Resolution, revised: Resolution, options: CompareOptions = {}): Diff {
  const bs = clausesOf(base);
  const rs = clausesOf(revised);
  const alignment = align(bs, rs);
  const steps = readingOrder(bs, rs, alignment);
  const maker = new ChangeMaker(bs, rs, alignment, options);
  const changes = steps.flatMap((s) => maker.changesOf(s));
  const notes = compareFootnotes(base, revised, options);
  changes.push(...notes.changes);
  return {
    comparison: { changes, summary: summarize(changes, maker.fallbacks + notes.fallbacks) },
    redline: {
      lang: revised.lang,
      author: options.author ?? 'redline',
      date: options.date ?? new Date(0).toISOString(),
      paragraphs: layout(steps, bs, rs, maker),
      footnotes: notes.footnotes,
    },
  };
}

export interface DocumentDiff extends Diff {
  /** which document of a collection: `RESOLUTION 179`, or the title */
  document: string;
}

function keyOf(res: Resolution): string {
  return res.number ? `${res.kind} ${res.number}` : (res.title ?? res.kind);
}

/** A document with nothing in it, shaped like `like`: what a document on one side only is compared with. */
export function emptyLike(like: Resolution): Resolution {
  return { ...like, title: null, subtitle: null, formula: null, blocks: [], footnotes: [], annexes: [] };
}

/**
 * Compare two parse results. Collections pair their documents by kind and number; a document
 * present on one side only is compared with nothing: all ADD or all SUP.
 */
export function compare(base: Parsed, revised: Parsed, options: CompareOptions = {}): DocumentDiff[] {
  return [...compareEach(base, revised, options)];
}

/**
 * The same, one document at a time: each comparison is made when it is asked for, and each pair
 * of documents is let go once compared, so that a writer going through a large collection holds
 * one comparison at a time and the texts shrink as it goes (when the caller keeps no hold on them).
 */
export function compareEach(base: Parsed, revised: Parsed, options: CompareOptions = {}): Generator<DocumentDiff> {
  const work = pairsOf(base, revised);
  return (function* (): Generator<DocumentDiff> {
    for (let i = 0; i < work.length; i++) {
      const [b, r, key] = work[i] as Pairing;
      work[i] = null;
      yield { document: key, ...compareResolutions(b, r, options) };
    }
  })();
}

type Pairing = [Resolution, Resolution, string];

/** The documents to compare, in order: by kind and number, a document on one side only against nothing. */
function pairsOf(base: Parsed, revised: Parsed): (Pairing | null)[] {
  const bd = documentsOf(base);
  const rd = documentsOf(revised);
  if (bd.length === 1 && rd.length === 1) return [[bd[0] as Resolution, rd[0] as Resolution, keyOf(rd[0] as Resolution)]];
  const byKey = new Map(bd.map((d) => [keyOf(d), d]));
  const seen = new Set<string>();
  const out: Pairing[] = rd.map((r) => {
    const key = keyOf(r);
    seen.add(key);
    return [byKey.get(key) ?? emptyLike(r), r, key];
  });
  for (const b of bd) if (!seen.has(keyOf(b))) out.push([b, emptyLike(b), keyOf(b)]);
  return out;
}
