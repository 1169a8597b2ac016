/**
 * A three-way merge of words: two texts changed from the same base combine when their changes
 * touch different words. Each side's edits are hunks over the base's words; hunks that overlap
 * (or insert at the same place) and differ make a conflict.
 */
import { diffArrays } from 'diff';
import { editBound } from './edit-bound.js';
import { tokenize } from './tokenize.js';

interface Hunk {
  /** the base words replaced: [from, to) */
  from: number;
  to: number;
  words: string[];
}

function hunks(base: string[], other: string[]): Hunk[] | null {
  const changes = diffArrays(base, other, { maxEditLength: editBound(base.length, other.length) });
  if (!changes) return null;
  const out: Hunk[] = [];
  let i = 0;
  let open: Hunk | null = null;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (!c.added && !c.removed) {
      open = null;
      i += n;
      continue;
    }
    if (!open) {
      open = { from: i, to: i, words: [] };
      out.push(open);
    }
    if (c.removed) {
      open.to += n;
      i += n;
    } else open.words.push(...c.value);
  }
  return out;
}

const same = (a: Hunk, b: Hunk): boolean => a.from === b.from && a.to === b.to && a.words.join('') === b.words.join('');

function overlap(a: Hunk, b: Hunk): boolean {
  if (a.from === b.from) return true;
  return a.from < b.to && b.from < a.to;
}

/** A change's edits as ranges of the base's characters: [from, to) replaced (from = to: an insertion there). */
export function editRanges(base: string, text: string): { from: number; to: number }[] | null {
  const words = tokenize(base);
  const hs = hunks(words, tokenize(text));
  if (!hs) return null;
  const offsets = [0];
  for (const w of words) offsets.push((offsets[offsets.length - 1] as number) + w.length);
  return hs.map((h) => ({ from: offsets[h.from] as number, to: offsets[h.to] as number }));
}

/** The merged text, or null when the two changes touch the same words differently. */
export function mergeWords(base: string, a: string, b: string): string | null {
  if (a === b || b === base) return a;
  if (a === base) return b;
  const words = tokenize(base);
  const ha = hunks(words, tokenize(a));
  const hb = hunks(words, tokenize(b));
  if (!ha || !hb) return null;
  const all: Hunk[] = [...ha];
  for (const h of hb) {
    const clash = ha.find((x) => overlap(x, h));
    if (clash && !same(clash, h)) return null;
    if (!clash) all.push(h);
  }
  all.sort((x, y) => x.from - y.from || x.to - y.to);
  const out: string[] = [];
  let i = 0;
  for (const h of all) {
    out.push(...words.slice(i, h.from), ...h.words);
    i = h.to;
  }
  out.push(...words.slice(i));
  return out.join('');
}
