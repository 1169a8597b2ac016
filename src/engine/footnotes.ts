/** Footnotes of two versions, paired by their marker. */
import type { Change } from '../model/comparison.js';
import type { RedlineDocument } from '../model/redline.js';
import type { Resolution } from '../model/resolution.js';
import { whole } from './changes.js';
import { diffWords, type WordDiffOptions } from './words.js';

export function compareFootnotes(
  base: Resolution,
  revised: Resolution,
  options: WordDiffOptions & { author?: string },
): { changes: Change[]; footnotes: RedlineDocument['footnotes']; fallbacks: number } {
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
