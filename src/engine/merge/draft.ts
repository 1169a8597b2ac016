/**
 * The merged draft: every proposal's changes applied once, agreed ones as they are, compatible
 * ones combined word by word, and each conflict as its alternatives in square brackets, each
 * tagged with its proposers (`[text A (RCC)] [text B (EUR)]`), in the advisory order. The redline
 * of the draft against the base carries, on every change, the proposers it comes from, so a Word
 * file colours each proposer and Accept All gives the bracketed draft, Reject All the base.
 */
import { cleanLayout } from '../../model/clauses.js';
import type { Language } from '../../model/language.js';
import type { MergeStatus } from '../../model/merge.js';
import type { Proposal, ProposalChange } from '../../model/proposal.js';
import type { RedlineDocument, RedlineParagraph, Segment } from '../../model/redline.js';
import type { Item, Resolution } from '../../model/resolution.js';
import { flattenItems } from '../../model/visit.js';
import { applyProposals } from '../apply.js';
import { compareResolutions } from '../compare.js';
import { editRanges } from '../merge3.js';
import type { Assessed, Entry, Group } from './clauses.js';

export interface Drafted {
  draft: Resolution;
  redline: RedlineDocument;
  /** warnings from applying: stale cross-references */
  warnings: string[];
}

/** Who is credited with the changes of one clause. */
interface Credit {
  authors: string;
  /** the status of the clause the credit is for */
  status?: Exclude<MergeStatus, 'unchanged'>;
  /** compatible changes: which base characters each proposer's edits replace */
  ranges?: { from: number; to: number; authors: string }[];
  /** a conflict: its alternatives as written in the draft */
  alternatives?: { keep: boolean; text: string; authors: string }[];
}

/** Proposers as a tag, in a fixed order so the draft does not depend on the order of the inputs. */
const tags = (entries: readonly Entry[]): string => [...new Set(entries.map((e) => e.who.proposer))].sort().join(', ');

/** One alternative as the draft writes it. */
function bracket(g: Group, base: string | null, text: string | null): string {
  const body = g.op === 'SUP' ? 'SUP' : g.op === 'NOC' ? (base ?? '') : (text ?? '');
  return `[${body} (${tags(g.entries)})]`;
}

/**
 * The text a group gives a clause in the draft: the change's own text, with the sub-items it
 * gives, one per line, so that no alternative loses any of its words.
 */
const textOf = (g: Group, base: string | null): string | null => {
  const change = g.entries[0]?.change;
  if (g.op === 'NOC') return base;
  return change?.items && change.items.length > 0 ? g.text : (change?.text ?? g.text);
};

export interface DraftOptions {
  /** the proposals in the order they apply: a fixed order, so the draft does not depend on how they were given */
  order: readonly number[];
  date?: string;
}

export function mergedDraft(base: Resolution, proposals: readonly Proposal[], assessed: readonly Assessed[], lang: Language, options: DraftOptions): Drafted {
  // a resolution no proposal changes is its own draft (a collection holds many)
  if (assessed.every((a) => a.status === 'unchanged')) return { draft: base, redline: cleanLayout(base, 'redline', options.date ?? new Date(0).toISOString()), warnings: [] };
  const rank = new Map(options.order.map((k, i) => [k, i]));
  const canonical = (entries: readonly Entry[]): Entry[] => [...entries].sort((a, b) => (rank.get(a.proposal) ?? 0) - (rank.get(b.proposal) ?? 0));
  const dropped = new Set<ProposalChange>();
  const rewritten = new Map<ProposalChange, ProposalChange>();
  const revisions = new Map<number, string | null>();
  const byBase = new Map<string, Credit>();
  const byText = new Map<string, Credit>();
  const lists = new Map<string, Set<string>>();
  const all = new Set<string>();

  const credit = (a: Assessed, given: Credit): void => {
    const c: Credit = a.status === 'unchanged' ? given : { ...given, status: a.status };
    if (a.id === 'revision') {
      for (const id of ['title', 'formula']) byBase.set(id, { ...c, authors: [byBase.get(id)?.authors, c.authors].filter(Boolean).join(', ') });
    } else if (!a.added) byBase.set(a.id, c);
  };

  for (const a of assessed) {
    const own = canonical(a.own);
    const changing = a.groups.filter((g) => g.op !== 'NOC');
    for (const g of a.groups) for (const e of g.entries) if (e.op !== 'NOC') all.add(e.who.proposer);
    if (a.status === 'unchanged') {
      for (const e of own) dropped.add(e.change);
      continue;
    }
    const rep = (a.status === 'conflict' ? own : own.filter((e) => e.op !== 'NOC'))[0] as Entry;
    for (const e of own) if (e !== rep) dropped.add(e.change);
    const authors = tags(changing.flatMap((g) => g.entries));

    if (a.id === 'revision') {
      for (const e of own) revisions.set(e.proposal, null);
      revisions.set(rep.proposal, a.status === 'conflict' ? a.groups.map((g) => `[${g.text ?? ''} (${tags(g.entries)})]`).join(' ') : (rep.change.text ?? null));
      credit(a, { authors });
      continue;
    }
    if (a.status === 'agreed') {
      credit(a, { authors });
      if (a.added) for (const line of addedTexts(rep.change)) byText.set(line, { authors, status: a.status });
    } else if (a.status === 'compatible') {
      rewritten.set(rep.change, { ...rep.change, text: a.merged ?? '' });
      const ranges = changing.flatMap((g) => (editRanges(a.base ?? '', g.text ?? '') ?? []).map((r) => ({ ...r, authors: tags(g.entries) })));
      credit(a, { authors, ranges });
    } else {
      const change = conflicted(a, rep.change);
      rewritten.set(rep.change, change);
      const alternatives = a.groups.map((g) => ({ keep: g.op === 'NOC', text: bracket(g, a.base, textOf(g, a.base)), authors: tags(g.entries) }));
      credit(a, { authors, alternatives });
      const everyoneHere = tags(a.groups.flatMap((g) => g.entries));
      byText.set(change.text ?? '', { authors: everyoneHere, alternatives, status: a.status });
      for (const line of addedTexts(change).slice(1)) byText.set(line, { authors: everyoneHere, status: a.status });
    }
    // re-lettering after an ADD or a SUP is credited to whoever added or suppressed
    const op = a.status === 'conflict' ? null : (changing[0]?.op ?? null);
    if (op === 'ADD' || op === 'SUP') {
      const parent = a.id.includes('+') ? a.id.slice(0, a.id.lastIndexOf('+')) : a.id.slice(0, a.id.lastIndexOf('/'));
      const set = lists.get(parent) ?? new Set<string>();
      for (const g of changing) for (const e of g.entries) set.add(e.who.proposer);
      lists.set(parent, set);
    }
  }

  const ordered = [...options.order].map((k) => {
    const p = proposals[k] as Proposal;
    return { ...p, revision: revisions.has(k) ? (revisions.get(k) ?? null) : p.revision, changes: p.changes.filter((c) => !dropped.has(c)).map((c) => rewritten.get(c) ?? c) };
  });
  const applied = applyProposals(base, ordered, lang);
  const everyone = [...all].join(', ') || 'redline';
  const diff = compareResolutions(base, applied.resolution, { author: everyone, ...(options.date ? { date: options.date } : {}) });
  const paragraphs = diff.redline.paragraphs.map((p) => attribute(p, { byBase, byText, lists, origins: applied.origins, everyone }));
  return {
    draft: applied.resolution,
    redline: { ...diff.redline, paragraphs, footnotes: diff.redline.footnotes.map((n) => ({ ...n, text: authored(n.text, everyone) })) },
    warnings: applied.notes.map((n) => `${n.clause}: ${n.message}`),
  };
}

/** A conflict's representative change, rewritten to give the clause its bracketed alternatives. */
function conflicted(a: Assessed, change: ProposalChange): ProposalChange {
  const { labelText: _label, items: _items, block, ...rest } = change;
  if (a.added && block) {
    // different new blocks at one place: one block, each proposer's items bracketed in turn
    const items: Item[] = a.groups.flatMap((g) => (g.entries[0]?.change.block?.items ?? []).map((it) => ({ ...it, text: `[${it.text} (${tags(g.entries)})]`, items: [] })));
    const headings = [...new Set(a.groups.map((g) => g.entries[0]?.change.block?.heading ?? ''))];
    return { ...rest, op: 'ADD', block: { ...block, heading: headings.length === 1 ? (headings[0] as string) : headings.join(' / '), items } };
  }
  const text = a.groups.map((g) => bracket(g, a.base, textOf(g, a.base))).join(' ');
  return a.added ? { ...rest, op: 'ADD', text, ...(change.labelText ? { labelText: change.labelText } : {}) } : { ...rest, op: 'MOD', text };
}

/** The texts an addition puts in the draft: an item's text, or a block's heading and items. */
function addedTexts(c: ProposalChange): string[] {
  if (c.block) return [c.block.heading, ...flattenItems(c.block.items).map((it) => it.text)];
  return [c.text ?? '', ...flattenItems(c.items ?? []).map((it) => it.text)];
}

function authored(segments: readonly Segment[], author: string): Segment[] {
  return segments.map((s) => (s.op === 'equal' || s.author ? s : { ...s, author }));
}

interface Credits {
  byBase: ReadonlyMap<string, Credit>;
  byText: ReadonlyMap<string, Credit>;
  lists: ReadonlyMap<string, Set<string>>;
  origins: ReadonlyMap<string, string>;
  everyone: string;
}

const HEAD = new Set(['title', 'subtitle', 'formula']);

/** A paragraph of the draft with its proposers, and the status of its clause when it shows a proposal. */
function attribute(p: RedlineParagraph, c: Credits): RedlineParagraph {
  const q = attributed(p, c);
  const status = credited(p, c)?.status;
  const shown = q.mark !== null || [...q.label, ...q.text].some((s) => s.op !== 'equal');
  return status && shown ? { ...q, status } : q;
}

/** The credit a paragraph of the draft takes: by its base clause, or by its text when it is new. */
function credited(p: RedlineParagraph, c: Credits): Credit | undefined {
  const baseId = p.mark === 'delete' || HEAD.has(p.id) ? p.id : (c.origins.get(p.id) ?? null);
  return baseId ? c.byBase.get(baseId) : c.byText.get(p.text.filter((s) => s.op !== 'delete').map((s) => s.text).join(''));
}

function attributed(p: RedlineParagraph, c: Credits): RedlineParagraph {
  const baseId = p.mark === 'delete' || HEAD.has(p.id) ? p.id : (c.origins.get(p.id) ?? null);
  const found = credited(p, c);
  const authors = found?.authors ?? c.everyone;
  const parent = baseId?.includes('/') ? baseId.slice(0, baseId.lastIndexOf('/')) : null;
  const listAuthors = parent ? [...(c.lists.get(parent) ?? [])].join(', ') : '';
  const label = authored(p.label, listAuthors || authors);
  if (p.mark === 'insert' && found?.alternatives) {
    // a conflict between additions: each alternative credited to its own proposers
    const text = found.alternatives.map((a, k): Segment => ({ op: 'insert', text: `${k > 0 ? ' ' : ''}${a.text}`, author: a.authors }));
    return { ...p, label, text, author: authors };
  }
  if (p.mark) return { ...p, label, text: authored(p.text, authors), author: authors };
  const changed = p.text.some((s) => s.op !== 'equal');
  if (!changed || !found) return { ...p, label, text: authored(p.text, authors) };
  if (found.alternatives) {
    const baseText = p.text.filter((s) => s.op !== 'insert').map((s) => s.text).join('');
    return { ...p, label, text: alternativeSegments(baseText, found.alternatives, found.authors) };
  }
  if (found.ranges) return { ...p, label, text: byRange(p.text, found.ranges, authors) };
  return { ...p, label, text: authored(p.text, authors) };
}

/** A conflict written as its alternatives; an explicit NOC keeps the base text in its brackets. */
function alternativeSegments(base: string, alternatives: NonNullable<Credit['alternatives']>, authors: string): Segment[] {
  const out: Segment[] = [];
  const keeps = alternatives.some((a) => a.keep);
  if (!keeps) out.push({ op: 'delete', text: base, author: authors });
  alternatives.forEach((a, k) => {
    const sep = k > 0 ? ' ' : '';
    if (!a.keep || !a.text.startsWith(`[${base} (`)) {
      out.push({ op: 'insert', text: `${sep}${a.text}`, author: a.authors });
      return;
    }
    out.push({ op: 'insert', text: `${sep}[`, author: a.authors }, { op: 'equal', text: base }, { op: 'insert', text: a.text.slice(base.length + 1), author: a.authors });
  });
  return out.filter((s) => s.text !== '');
}

/** Combined changes: each word edit credited to the proposer whose edit covers its place in the base. */
function byRange(segments: readonly Segment[], ranges: NonNullable<Credit['ranges']>, fallback: string): Segment[] {
  let at = 0;
  return segments.map((s) => {
    if (s.op === 'equal') {
      at += s.text.length;
      return s;
    }
    const from = at;
    const to = s.op === 'delete' ? at + s.text.length : at;
    if (s.op === 'delete') at = to;
    const hit = ranges.find((r) => (s.op === 'delete' ? r.from < to && from < r.to : r.from <= from && from <= r.to));
    return { ...s, author: hit?.authors ?? fallback };
  });
}
