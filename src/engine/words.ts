/**
 * The word-level edits of one clause. jsdiff over token arrays, bounded in edits (editBound):
 * when it gives up, the clause is shown as replaced whole and the caller counts a fallback.
 */
import { diffArrays } from 'diff';
import type { Segment } from '../model/redline.js';
import { editBound } from './edit-bound.js';
import { foldQuotes, tokenize } from './tokenize.js';

export interface WordDiffOptions {
  ignoreQuotes?: boolean;
  /** the most edits to look for before showing the clause replaced whole (default: editBound) */
  maxEdits?: number;
}

export interface WordDiff {
  segments: Segment[];
  /** true when the diff gave up and the clause is replaced whole */
  fallback: boolean;
}

function push(out: Segment[], op: Segment['op'], text: string): void {
  if (text === '') return;
  const last = out.at(-1);
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/**
 * Join changes that only a space separates (`{~~do~>make~~} {~~this~>that~~}` reads better as
 * one replacement), and put each deletion before its insertion.
 */
function commonSpace(a: string, b: string, at: 'start' | 'end'): string {
  const re = at === 'start' ? /^\s+/u : /\s+$/u;
  const x = re.exec(a)?.[0] ?? '';
  const y = re.exec(b)?.[0] ?? '';
  const n = Math.min(x.length, y.length);
  return at === 'start' ? x.slice(0, n) : x.slice(x.length - n);
}

function tidySegments(segments: Segment[]): Segment[] {
  const groups: { del: string; ins: string; eq: string | null }[] = [];
  let cur = { del: '', ins: '', eq: null as string | null };
  const flush = (): void => {
    if (cur.del || cur.ins || cur.eq !== null) groups.push(cur);
    cur = { del: '', ins: '', eq: null };
  };
  segments.forEach((s, k) => {
    if (s.op === 'equal') {
      const prevChange = k > 0 && segments[k - 1]?.op !== 'equal';
      const nextChange = k + 1 < segments.length && segments[k + 1]?.op !== 'equal';
      if (prevChange && nextChange && /^\s+$/u.test(s.text)) {
        cur.del += s.text;
        cur.ins += s.text;
        return;
      }
      flush();
      cur.eq = s.text;
      flush();
      return;
    }
    if (s.op === 'delete') cur.del += s.text;
    else cur.ins += s.text;
  });
  flush();
  const out: Segment[] = [];
  for (const g of groups) {
    if (g.eq !== null) push(out, 'equal', g.eq);
    else {
      // Spaces shared by both sides at either end stay outside the change.
      const lead = commonSpace(g.del, g.ins, 'start');
      const del = g.del.slice(lead.length);
      const ins = g.ins.slice(lead.length);
      const trail = commonSpace(del, ins, 'end');
      push(out, 'equal', lead);
      push(out, 'delete', del.slice(0, del.length - trail.length));
      push(out, 'insert', ins.slice(0, ins.length - trail.length));
      push(out, 'equal', trail);
    }
  }
  return out;
}

export function diffWords(base: string, revised: string, options: WordDiffOptions = {}): WordDiff {
  if (base === revised) return { segments: base ? [{ op: 'equal', text: base }] : [], fallback: false };
  const a = tokenize(base);
  const b = tokenize(revised);
  const ka = options.ignoreQuotes ? a.map(foldQuotes) : a;
  const kb = options.ignoreQuotes ? b.map(foldQuotes) : b;
  // the words both ends share are equal as they stand: only what lies between goes to the diff,
  // which is most of a clause when a few words changed
  let head = 0;
  while (head < ka.length && head < kb.length && ka[head] === kb[head]) head++;
  let tail = 0;
  while (tail < ka.length - head && tail < kb.length - head && ka[ka.length - 1 - tail] === kb[kb.length - 1 - tail]) tail++;
  // a space where the shared end begins stays with the diff, which puts it after an inserted or
  // deleted run of words (`countries {++and of others ++}in`), as it does when it sees the whole clause
  while (tail > 0 && /^\s+$/u.test(ka[ka.length - tail] ?? '')) tail--;
  const from = ka.slice(head, ka.length - tail);
  const to = kb.slice(head, kb.length - tail);
  const middle = diffArrays(from, to, { maxEditLength: options.maxEdits ?? editBound(from.length, to.length) });
  if (!middle) {
    const segments: Segment[] = [];
    push(segments, 'delete', base);
    push(segments, 'insert', revised);
    return { segments, fallback: true };
  }
  const shared = (count: number): (typeof middle)[number] => ({ count, value: [], added: false, removed: false });
  const changes = [shared(head), ...middle, shared(tail)];
  const out: Segment[] = [];
  let i = 0;
  let j = 0;
  for (const c of changes) {
    const n = c.count;
    if (c.added) {
      push(out, 'insert', b.slice(j, j + n).join(''));
      j += n;
    } else if (c.removed) {
      push(out, 'delete', a.slice(i, i + n).join(''));
      i += n;
    } else {
      // Equal under --ignore-quotes may still differ in quote style: show the revised text.
      push(out, 'equal', b.slice(j, j + n).join(''));
      i += n;
      j += n;
    }
  }
  return { segments: tidySegments(out), fallback: false };
}

/** The text of one side of a redline. */
export function sideOf(segments: readonly Segment[], side: 'base' | 'revised'): string {
  const skip = side === 'base' ? 'insert' : 'delete';
  return segments.filter((s) => s.op !== skip).map((s) => s.text).join('');
}
