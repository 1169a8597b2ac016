/**
 * A resolution as a flat list of clauses in reading order: the unit the engine aligns and the
 * writers lay out, one paragraph each.
 */
import type { Language } from './language.js';
import type { ParagraphRole, RedlineDocument } from './redline.js';
import { formatReference, paragraphMark } from './reference.js';
import type { Block, Resolution } from './resolution.js';
import { visit } from './visit.js';

export interface Clause {
  id: string;
  kind: 'title' | 'subtitle' | 'formula' | 'block' | 'item';
  /** the block a clause belongs to (its own id for a block) */
  block: string | null;
  part: Block['part'] | null;
  /** nesting depth of an item, 0 at the top */
  depth: number;
  label: string;
  labelText: string;
  /** item text, heading of a block, or the title/subtitle/formula itself */
  text: string;
  /** the id of the parent item, or the block for a top-level item */
  parent: string | null;
  /** position in reading order */
  index: number;
}

export function clausesOf(res: Resolution): Clause[] {
  const out: Clause[] = [];
  const add = (c: Omit<Clause, 'index'>): void => {
    out.push({ ...c, index: out.length });
  };
  for (const kind of ['title', 'subtitle', 'formula'] as const) {
    const text = res[kind];
    if (text !== null) add({ id: kind, kind, block: null, part: null, depth: 0, label: '', labelText: '', text, parent: null });
  }
  for (const block of [...res.blocks, ...res.annexes]) {
    add({ id: block.id, kind: 'block', block: block.id, part: block.part, depth: 0, label: '', labelText: '', text: block.heading, parent: null });
    visit([block], ({ item, ancestors }) => {
      const parent = ancestors.at(-1)?.id ?? block.id;
      add({ id: item.id, kind: 'item', block: block.id, part: block.part, depth: ancestors.length, label: item.label, labelText: item.labelText, text: item.text, parent });
    });
  }
  return out;
}

/** The paragraph style a clause takes in every writer. */
export function roleOf(c: Clause): ParagraphRole {
  if (c.kind === 'block') return c.part === 'annex' ? 'annex-heading' : 'heading';
  return c.kind;
}

/** A clean resolution laid out as a redline with nothing changed, for the writers. */
export function cleanLayout(res: Resolution, author = '', date = ''): RedlineDocument {
  const equal = (text: string): { op: 'equal'; text: string }[] => (text ? [{ op: 'equal', text }] : []);
  return {
    lang: res.lang,
    author,
    date,
    paragraphs: clausesOf(res).map((c) => ({ role: roleOf(c), id: c.id, depth: c.depth, label: equal(c.labelText), text: equal(c.text), mark: null })),
    footnotes: res.footnotes.map((n) => ({ id: n.id, text: equal(n.text), mark: null })),
  };
}

/**
 * How people name a clause: its block heading and labels (`considering c)`, `resolves 3 ii)`), the
 * heading alone for a block, the id for the clauses without a heading.
 */
/**
 * How a clause is named for people: a block heading and labels (`considering c)`); the title,
 * subtitle and formula by the language's words for them when given (`titre`), else by their ids.
 */
export function referenceOf(c: Clause, byId: ReadonlyMap<string, Clause>, words?: Language['referenceWords']): string {
  if (words && c.kind !== 'block' && c.kind !== 'item') return words[c.kind];
  const path: Clause[] = [];
  for (let x: Clause | undefined = c; x; x = x.parent ? byId.get(x.parent) : undefined) path.unshift(x);
  const [block, ...items] = path;
  return block?.kind === 'block' ? formatReference(block.text, items.map((i) => i.labelText || paragraphMark(i.id))) : c.id;
}
