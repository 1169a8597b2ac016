/**
 * Checking a consolidated text: the expected text (the base with the proposals applied) against
 * the one a pipeline keeps, clause by clause, whitespace normalised. Every clause that differs,
 * is missing or is too many is a mismatch with its word diff.
 */
import { clausesOf, referenceOf, type Clause } from '../model/clauses.js';
import type { Mismatch } from '../model/check.js';
import type { Language } from '../model/language.js';
import type { Item, Resolution } from '../model/resolution.js';
import { compareResolutions } from './compare.js';
import { diffWords } from './words.js';

const squash = (text: string): string => text.replace(/[ \t\u00a0]+/gu, ' ').replace(/ ?\n ?/gu, '\n').trim();

/** The same tree with every run of spaces and tabs made one space: layout is no difference. */
function normalised(res: Resolution): Resolution {
  const item = (it: Item): Item => ({ ...it, text: squash(it.text), items: it.items.map(item) });
  const text = (t: string | null): string | null => (t === null ? null : squash(t));
  return {
    ...res,
    title: text(res.title),
    subtitle: text(res.subtitle),
    formula: text(res.formula),
    blocks: res.blocks.map((b) => ({ ...b, heading: squash(b.heading), items: b.items.map(item) })),
    annexes: res.annexes.map((b) => ({ ...b, heading: squash(b.heading), items: b.items.map(item) })),
    footnotes: res.footnotes.map((n) => ({ ...n, text: squash(n.text) })),
  };
}

const whole = (c: Clause | undefined): string | null => (c ? `${c.labelText ? `${c.labelText} ` : ''}${c.text}` : null);

export interface CheckOptions {
  ignoreQuotes?: boolean;
  /** how the language names the clauses without a heading (`titre`, `formule`); English ids by default */
  words?: Language['referenceWords'];
  /** the consolidated file's line of each of its clauses */
  lines?: ReadonlyMap<string, number>;
}

export function checkConsolidated(expected: Resolution, actual: Resolution, options: CheckOptions = {}): Mismatch[] {
  const a = normalised(expected);
  const b = normalised(actual);
  const { comparison } = compareResolutions(a, b, { ignoreQuotes: options.ignoreQuotes === true });
  const ours = new Map(clausesOf(a).map((c) => [c.id, c]));
  const theirs = new Map(clausesOf(b).map((c) => [c.id, c]));
  const notes = (res: Resolution, id: string): string | null => res.footnotes.find((n) => `footnote/${n.id}` === id || n.id === id)?.text ?? null;
  const words = options.words ?? { title: 'title', subtitle: 'subtitle', formula: 'formula', footnote: 'footnote', revision: 'revision' };
  const out: Mismatch[] = [];
  for (const change of comparison.changes) {
    if (change.op === 'NOC' && !change.relabeled && !change.moved) continue;
    const footnote = change.kind === 'footnote';
    const expectedText = change.base === null ? null : footnote ? notes(a, change.base) : whole(ours.get(change.base));
    const actualText = change.revised === null ? null : footnote ? notes(b, change.revised) : whole(theirs.get(change.revised));
    const clause = (change.base ? ours.get(change.base) : undefined) ?? (change.revised ? theirs.get(change.revised) : undefined);
    const id = change.base ?? change.revised ?? '';
    const reference = footnote ? `${words.footnote} ${id.replace(/^footnote\//u, '')}` : clause ? referenceOf(clause, change.base ? ours : theirs, words) : id;
    const line = (change.revised ? options.lines?.get(change.revised) : undefined) ?? null;
    out.push({ id, reference, expected: expectedText, actual: actualText, line, words: diffWords(expectedText ?? '', actualText ?? '', { ignoreQuotes: options.ignoreQuotes === true }).segments });
  }
  return out;
}
