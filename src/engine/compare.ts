/**
 * Compare two versions of a resolution: align the clauses, then diff the words of each aligned
 * clause. One walk over both texts in reading order gives the list of changes and the redline
 * layout (deleted clauses where they stood, moved clauses deleted at their old place and inserted
 * at the new one, so that accepting all gives the revised text and rejecting all the base).
 */
import { clausesOf, roleOf, type Clause } from '../model/clauses.js';
import { summarize, type Change, type Comparison } from '../model/comparison.js';
import type { RedlineDocument, RedlineParagraph, Segment } from '../model/redline.js';
import { documentsOf, type Parsed, type Resolution } from '../model/resolution.js';
import { align } from './align.js';
import { diffWords, type WordDiffOptions } from './words.js';

export interface CompareOptions extends WordDiffOptions {
  author?: string;
  /** ISO date stamped on every revision */
  date?: string;
}

export interface Diff {
  comparison: Comparison;
  redline: RedlineDocument;
}

const whole = (op: Segment['op'], text: string): Segment[] => (text ? [{ op, text }] : []);

/** The longest chain of pairs in the same order on both sides, blocks weighing by their size. */
function inPlace(pairs: Map<number, number>, base: readonly Clause[]): Set<number> {
  const list = [...pairs].sort((x, y) => x[0] - y[0]);
  const size = new Map<string, number>();
  for (const c of base) if (c.kind === 'item' && c.block) size.set(c.block, (size.get(c.block) ?? 0) + 1);
  const weights = list.map(([b]) => {
    const c = base[b] as Clause;
    return c.kind === 'block' ? 1 + (size.get(c.id) ?? 0) : 1;
  });
  const best: number[] = [];
  const prev: number[] = [];
  list.forEach(([, r], k) => {
    const w = weights[k] as number;
    best[k] = w;
    prev[k] = -1;
    for (let q = 0; q < k; q++) {
      const [, rq] = list[q] as [number, number];
      if (rq < r && (best[q] as number) + w > (best[k] as number)) {
        best[k] = (best[q] as number) + w;
        prev[k] = q;
      }
    }
  });
  const keep = new Set<number>();
  let k = best.reduce((bi, v, i) => (v > (best[bi] ?? -1) ? i : bi), 0);
  for (; k >= 0 && list[k]; k = prev[k] as number) keep.add((list[k] as [number, number])[0]);
  return keep;
}

export function compareResolutions(base: Resolution, revised: Resolution, options: CompareOptions = {}): Diff & { fallbacks: number } {
  const bs = clausesOf(base);
  const rs = clausesOf(revised);
  const { pairs, moved: alignedMoved, splitFrom, mergedInto } = align(bs, rs);
  const partnerOf = new Map([...pairs].map(([b, r]) => [r, b]));
  const steady = inPlace(pairs, bs);
  const changes: Change[] = [];
  const paragraphs: RedlineParagraph[] = [];
  let fallbacks = 0;
  const author = options.author;

  const baseBlocks = new Map(bs.filter((c) => c.kind === 'block').map((c) => [c.id, c]));
  const revisedBlocks = new Map(rs.filter((c) => c.kind === 'block').map((c) => [c.id, c]));
  const blockPartner = (b: Clause): string | null => {
    const bb = baseBlocks.get(b.block ?? '');
    const r = bb ? pairs.get(bb.index) : undefined;
    return r === undefined ? null : (rs[r] as Clause).id;
  };
  /** an item whose whole block was added or suppressed: the block's change speaks for it */
  const blockGone = (c: Clause, blocks: Map<string, Clause>, paired: (i: number) => boolean): boolean => {
    if (c.kind !== 'item') return false;
    const blk = blocks.get(c.block ?? '');
    return blk !== undefined && !paired(blk.index);
  };
  /** A clause on one side only: added or suppressed whole (a block with all its items). */
  const oneSided = (op: 'ADD' | 'SUP', c: Clause, side: readonly Clause[]): Change => {
    const change: Change = {
      op,
      kind: c.kind,
      base: op === 'SUP' ? c.id : null,
      revised: op === 'ADD' ? c.id : null,
      relabeled: false,
      moved: false,
      words: whole(op === 'ADD' ? 'insert' : 'delete', c.text),
    };
    if (c.kind === 'block') change.items = side.filter((x) => x.kind === 'item' && x.block === c.id).map((x) => x.id);
    if (author) change.author = author;
    return change;
  };

  const pairChange = (b: Clause, r: Clause, displaced: boolean): Change => {
    const words = diffWords(b.text, r.text, options);
    if (words.fallback) fallbacks++;
    const relabeled = b.label !== r.label;
    const movedBlock = b.kind === 'item' && blockPartner(b) !== r.block;
    const moved = displaced || alignedMoved.has(b.index) || movedBlock;
    // Under --ignore-quotes, texts that differ only in quote style have no edits.
    const textChanged = words.segments.some((s) => s.op !== 'equal');
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
    const splits = [...splitFrom].filter(([, bi]) => bi === b.index).map(([ri]) => (rs[ri] as Clause).id);
    if (splits.length > 0) change.splitInto = [r.id, ...splits];
    const merged = [...mergedInto].filter(([, ri]) => ri === r.index).map(([bi]) => (bs[bi] as Clause).id);
    if (merged.length > 0) change.mergedFrom = [b.id, ...merged];
    if (labelStyle) change.label = [{ op: 'delete', text: b.labelText }, { op: 'insert', text: r.labelText }].filter((s) => s.text) as Segment[];
    if (change.op !== 'NOC') change.words = words.segments;
    if (author && change.op !== 'NOC') change.author = author;
    return change;
  };

  const emit = (c: Clause, mark: RedlineParagraph['mark'], label: Segment[], text: Segment[]): void => {
    paragraphs.push({ role: roleOf(c), id: c.id, depth: c.depth, label, text, mark });
  };

  let i = 0;
  let j = 0;
  // The blocks of the last paragraph shown from each side: an insertion that continues the
  // current block is shown before deletions from another block, so new items stay with theirs.
  let baseBlock: string | null = null;
  let revisedBlock: string | null = null;
  while (i < bs.length || j < rs.length) {
    const b = bs[i];
    const next = rs[j];
    const inserting = next !== undefined && !steady.has(partnerOf.get(next.index) ?? -1);
    const staysInBlock = inserting && next.kind === 'item' && next.block === revisedBlock && b !== undefined && (b.kind === 'block' || b.block !== baseBlock);
    if (b && !steady.has(b.index) && !staysInBlock) {
      baseBlock = b.block;
      // Deleted here: suppressed, or moved elsewhere (its change is reported where it lands).
      emit(b, 'delete', whole('delete', b.labelText), whole('delete', b.text));
      if (!pairs.has(b.index) && !blockGone(b, baseBlocks, (x) => pairs.has(x))) {
        const change = oneSided('SUP', b, bs);
        const into = mergedInto.get(b.index);
        if (into !== undefined) change.mergedInto = (rs[into] as Clause).id;
        changes.push(change);
      }
      i++;
      continue;
    }
    const r = rs[j];
    if (r && inserting) {
      revisedBlock = r.block;
      emit(r, 'insert', whole('insert', r.labelText), whole('insert', r.text));
      const from = partnerOf.get(r.index);
      if (from !== undefined) {
        changes.push(pairChange(bs[from] as Clause, r, true));
      } else if (!blockGone(r, revisedBlocks, (x) => partnerOf.has(x))) {
        const change = oneSided('ADD', r, rs);
        const src = splitFrom.get(r.index);
        if (src !== undefined) change.splitFrom = (bs[src] as Clause).id;
        changes.push(change);
      }
      j++;
      continue;
    }
    if (!b || !r) break;
    baseBlock = b.block;
    revisedBlock = r.block;
    const change = pairChange(b, r, false);
    changes.push(change);
    const label = b.labelText === r.labelText ? whole('equal', r.labelText) : [...whole('delete', b.labelText), ...whole('insert', r.labelText)];
    emit(r, null, label, change.words ?? whole('equal', r.text));
    i++;
    j++;
  }

  const notes = compareFootnotes(base, revised, options);
  fallbacks += notes.fallbacks;
  changes.push(...notes.changes);
  const comparison = { changes, summary: summarize(changes, fallbacks) };
  const redline: RedlineDocument = {
    lang: revised.lang,
    dir: revised.lang === 'ar' ? 'rtl' : 'ltr',
    author: author ?? 'redline',
    date: options.date ?? new Date(0).toISOString(),
    paragraphs,
    footnotes: notes.footnotes,
  };
  return { comparison, redline, fallbacks };
}

/** Footnotes pair by their marker. */
function compareFootnotes(base: Resolution, revised: Resolution, options: CompareOptions): { changes: Change[]; footnotes: RedlineDocument['footnotes']; fallbacks: number } {
  const changes: Change[] = [];
  const footnotes: RedlineDocument['footnotes'] = [];
  let fallbacks = 0;
  const revisedById = new Map(revised.footnotes.map((n) => [n.id, n]));
  const baseIds = new Set(base.footnotes.map((n) => n.id));
  for (const n of base.footnotes) {
    const id = `footnote/${n.id}`;
    const r = revisedById.get(n.id);
    if (!r) {
      changes.push({ op: 'SUP', kind: 'footnote', base: id, revised: null, relabeled: false, moved: false, words: whole('delete', n.text) });
      footnotes.push({ id: n.id, text: whole('delete', n.text), mark: 'delete' });
      continue;
    }
    const words = diffWords(n.text, r.text, options);
    if (words.fallback) fallbacks++;
    const op = words.segments.every((s) => s.op === 'equal') ? 'NOC' : 'MOD';
    changes.push({ op, kind: 'footnote', base: id, revised: id, relabeled: false, moved: false, ...(op === 'MOD' ? { words: words.segments } : {}) });
    footnotes.push({ id: r.id, text: words.segments, mark: null });
  }
  for (const r of revised.footnotes) {
    if (baseIds.has(r.id)) continue;
    changes.push({ op: 'ADD', kind: 'footnote', base: null, revised: `footnote/${r.id}`, relabeled: false, moved: false, words: whole('insert', r.text) });
    footnotes.push({ id: r.id, text: whole('insert', r.text), mark: 'insert' });
  }
  if (options.author) for (const c of changes) if (c.op !== 'NOC') c.author = options.author;
  return { changes, footnotes, fallbacks };
}

export interface DocumentDiff extends Diff {
  /** which document of a collection: `RESOLUTION 179`, or the title */
  document: string;
}

function keyOf(res: Resolution): string {
  return res.number ? `${res.kind} ${res.number}` : (res.title ?? res.kind);
}

/**
 * Compare two parse results. Collections pair their documents by kind and number; a document
 * present on one side only is one ADD or SUP.
 */
export function compare(base: Parsed, revised: Parsed, options: CompareOptions = {}): DocumentDiff[] {
  const bd = documentsOf(base);
  const rd = documentsOf(revised);
  if (bd.length === 1 && rd.length === 1) {
    const d = compareResolutions(bd[0] as Resolution, rd[0] as Resolution, options);
    return [{ document: keyOf(rd[0] as Resolution), comparison: d.comparison, redline: d.redline }];
  }
  const byKey = new Map(bd.map((d) => [keyOf(d), d]));
  const seen = new Set<string>();
  const out: DocumentDiff[] = [];
  const empty = (like: Resolution): Resolution => ({ ...like, title: null, subtitle: null, formula: null, blocks: [], footnotes: [], annexes: [] });
  for (const r of rd) {
    const key = keyOf(r);
    const b = byKey.get(key);
    seen.add(key);
    const d = compareResolutions(b ?? empty(r), r, options);
    out.push({ document: key, comparison: d.comparison, redline: d.redline });
  }
  for (const b of bd) {
    if (seen.has(keyOf(b))) continue;
    const d = compareResolutions(b, empty(b), options);
    out.push({ document: keyOf(b), comparison: d.comparison, redline: d.redline });
  }
  return out;
}
