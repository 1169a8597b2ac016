/**
 * Every proposal on every clause, and what they come to: unchanged, agreed, compatible or in
 * conflict. A SUP or NOC of a block (or of an item with sub-items) stands for everything in it,
 * so a MOD inside a block someone suppresses, or keeps as it is, is a conflict too. In a
 * conflict the alternatives are put in the advisory order for consideration: a SUP first, then
 * the text that changes the most words, ties by date of submission, then by proposal number.
 */
import { diffArrays } from 'diff';
import { editBound } from '../edit-bound.js';
import { clausesOf, referenceOf, type Clause } from '../../model/clauses.js';
import type { Op } from '../../model/comparison.js';
import { knownHeading, type Language } from '../../model/language.js';
import type { Alternative, ClauseProposal, MergeStatus } from '../../model/merge.js';
import type { Segment } from '../../model/redline.js';
import type { Proposal, ProposalChange } from '../../model/proposal.js';
import type { Item, Resolution } from '../../model/resolution.js';
import { capitalsLike } from '../../model/title.js';
import { baseOf, isSuffixed } from '../../model/label.js';
import { targetsOf } from '../apply.js';
import { signature } from '../combine.js';
import { mergeWords } from '../merge3.js';
import { tokenize } from '../tokenize.js';
import { diffWords } from '../words.js';
import type { Identity } from './identity.js';

/** One proposal's change on one clause (or on the revision tag: key `revision`). */
export interface Entry {
  proposal: number;
  change: ProposalChange;
  key: string;
  op: Op;
  /** equal signatures: the same change */
  sig: string;
  who: ClauseProposal;
}

/** A distinct option for a clause, with everyone proposing it. */
export interface Group {
  op: Op;
  sig: string;
  text: string | null;
  entries: Entry[];
  departure: number;
  /** from a SUP or NOC of a clause that holds this one */
  covering: boolean;
}

export interface Assessed {
  id: string;
  reference: string;
  base: string | null;
  label: string | null;
  /** a provision that is not in the base (an ADD's place) */
  added: boolean;
  position: number;
  status: MergeStatus;
  /** the proposals on the clause itself */
  own: Entry[];
  /** the options: for a conflict in advisory order, else in proposer order */
  groups: Group[];
  /** agreed or compatible: the text the draft gives it */
  merged: string | null;
}

const meaningful = (text: string): string[] => tokenize(text).filter((t) => /[\p{L}\p{N}]/u.test(t));

function departure(base: string | null, op: Op, text: string | null): number {
  if (op === 'NOC') return 0;
  const before = meaningful(base ?? '');
  if (op === 'SUP') return before.length;
  const after = meaningful(text ?? '');
  const parts = diffArrays(before, after, { maxEditLength: editBound(before.length, after.length) });
  if (!parts) return before.length + after.length;
  return parts.reduce((n, p) => n + (p.added || p.removed ? (p.count ?? p.value.length) : 0), 0);
}

function itemLines(items: readonly Item[], depth = 0): string[] {
  return items.flatMap((it) => [`${'\t'.repeat(depth)}${it.labelText ? `${it.labelText}\t` : ''}${it.text}`, ...itemLines(it.items, depth + 1)]);
}

/** The proposed text of a change, as people read it: a block as its heading and items, one per line. */
function proposedText(c: ProposalChange, op: Op, base: string | null): string | null {
  if (op === 'SUP' || op === 'NOC') return null;
  if (c.block) return [c.block.heading, ...itemLines(c.block.items)].join('\n');
  const text = c.text ?? base ?? '';
  return c.items && c.items.length > 0 ? [text, ...itemLines(c.items)].join('\n') : text;
}

/** A proposal against the base text, word by word. */
function wordsOf(op: Op, base: string | null, text: string | null): Segment[] | null {
  if (op === 'NOC') return null;
  if (op === 'SUP') return base ? [{ op: 'delete', text: base }] : [];
  if (base === null) return text ? [{ op: 'insert', text }] : [];
  return diffWords(base, text ?? base).segments;
}

const opOf = (c: ProposalChange): Op => (c.op === '(MOD)' ? 'MOD' : c.op);

/** The keys that hold a key: `resolves/3/ii` is held by `resolves/3` and `resolves`. */
function holders(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) if (key[i] === '/' || key[i] === '+') out.push(key.slice(0, i));
  return out.filter(Boolean);
}

interface Place {
  reference: string;
  base: string | null;
  label: string | null;
  position: number;
  added: boolean;
}

class Places {
  private readonly clauses: Clause[];
  private readonly byId: Map<string, Clause>;

  constructor(
    private readonly base: Resolution,
    private readonly lang: Language,
  ) {
    this.clauses = clausesOf(base);
    this.byId = new Map(this.clauses.map((c) => [c.id, c]));
  }

  /** The index of the last clause a clause holds (itself when it holds none). */
  private end(id: string): number {
    const c = this.byId.get(id);
    if (!c) return this.clauses.length;
    let last = c.index;
    for (const x of this.clauses.slice(c.index + 1)) {
      if (x.id.startsWith(`${id}/`)) last = x.index;
      else if (c.kind === 'item' || x.kind === 'block') break;
    }
    return last;
  }

  of(key: string, first: Entry): Place {
    const clause = this.byId.get(key);
    const words = this.lang.referenceWords;
    if (clause) return { reference: referenceOf(clause, this.byId, words), base: clause.text, label: clause.labelText || null, position: clause.index, added: false };
    if (key === 'revision') return { reference: words.revision, base: this.base.revision, label: null, position: -0.5, added: false };
    if (key.startsWith('footnote/')) {
      const id = key.slice('footnote/'.length);
      const k = this.base.footnotes.findIndex((n) => n.id === id);
      return { reference: `${words.footnote} ${id}`, base: this.base.footnotes[k]?.text ?? null, label: null, position: this.clauses.length + k, added: false };
    }
    const change = first.change;
    if (key.startsWith('+')) {
      // a new block: after the block it follows, else at the end of its part
      const heading = change.block?.heading ?? change.reference;
      const after = change.after;
      const part = knownHeading(heading, this.lang)?.part ?? 'operative';
      const blocks = this.clauses.filter((c) => c.kind === 'block');
      const anchor = after === null ? undefined : after !== undefined ? this.byId.get(after) : blocks.filter((b) => b.part === part).pop();
      const position = anchor ? this.end(anchor.id) + 0.5 : after === null ? (blocks.find((b) => b.part === part)?.index ?? 0) - 0.5 : this.clauses.length - 0.5;
      return { reference: heading, base: null, label: null, position, added: true };
    }
    const plus = key.lastIndexOf('+');
    const parent = key.slice(0, plus);
    const label = key.slice(plus + 1);
    const parentClause = this.byId.get(parent);
    const labelText = change.labelText ?? change.items?.[0]?.labelText ?? label;
    const reference = `${parentClause ? referenceOf(parentClause, this.byId) : parent} ${labelText}`;
    // before the item it pushes down, after the one a suffixed label follows, else at the end of the list
    const displaced = this.byId.get(`${parent}/${label}`);
    const followed = isSuffixed(label) ? this.byId.get(`${parent}/${baseOf(label)}`) : undefined;
    const position = followed ? this.end(followed.id) + 0.5 : displaced ? displaced.index - 0.5 : this.end(parent) + 0.5;
    return { reference, base: null, label: labelText, position, added: true };
  }
}

/** Every change of every proposal, by the clause it lands on. */
export function entriesOf(base: Resolution, proposals: readonly Proposal[], ids: readonly Identity[], lang: Language): Map<string, Entry[]> {
  const byKey = new Map<string, Entry[]>();
  const clauses = clausesOf(base);
  const baseText = new Map([...clauses.map((c) => [c.id, c.text] as const), ...base.footnotes.map((n) => [`footnote/${n.id}`, n.text] as const)]);
  const baseLabel = new Map(clauses.map((c) => [c.id, c.labelText]));
  const add = (e: Entry): void => {
    byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  };
  proposals.forEach((p, k) => {
    const id = ids[k] as Identity;
    const who = (c: ProposalChange, op: Op, text: string | null, base: string | null): ClauseProposal => ({
      proposer: id.proposer,
      number: id.numberOf(c),
      op,
      text,
      reasons: c.reasons ?? null,
      date: id.date,
      source: id.sourceOf(c),
      words: wordsOf(op, base, text),
    });
    if (p.revision) {
      // the tag as the base's title writes it, so that its capitals are no change of the proposal's
      const revision = capitalsLike(p.revision, base.title);
      const change: ProposalChange = { op: 'MOD', reference: lang.referenceWords.revision, text: revision, ...(p.reference ? { number: p.reference } : {}) };
      add({ proposal: k, change, key: 'revision', op: 'MOD', sig: `revision:${revision.toLocaleUpperCase()}`, who: who(change, 'MOD', revision, base.revision) });
    }
    for (const { change, key } of targetsOf(base, p, lang)) {
      if (key === null) continue;
      const op = opOf(change);
      add({ proposal: k, change, key, op, sig: signature(change, baseLabel.get(key)), who: who(change, op, proposedText(change, op, baseText.get(key) ?? null), baseText.get(key) ?? null) });
    }
  });
  return byKey;
}

function groupsOf(entries: readonly Entry[], base: string | null, covering: boolean): Group[] {
  const groups: Group[] = [];
  for (const e of entries) {
    const sig = e.op === 'NOC' ? 'NOC' : e.sig;
    const g = groups.find((x) => x.sig === sig);
    if (g) g.entries.push(e);
    else groups.push({ op: e.op, sig, text: e.op === 'NOC' ? base : e.who.text, entries: [e], departure: departure(base, e.op, e.who.text), covering });
  }
  return groups;
}

const earliest = (g: Group): string => g.entries.map((e) => e.who.date ?? '9999').sort()[0] ?? '9999';
const firstNumber = (g: Group): string => g.entries.map((e) => e.who.number).sort()[0] ?? '';

/** The advisory order: SUP first, then the most words changed, then the earliest date, then the number. */
function advisory(groups: Group[]): Group[] {
  return [...groups].sort((a, b) => Number(b.op === 'SUP') - Number(a.op === 'SUP') || b.departure - a.departure || earliest(a).localeCompare(earliest(b), 'en') || firstNumber(a).localeCompare(firstNumber(b), 'en'));
}

/** Texts that change different words of one clause, combined; null when they touch the same words. */
function combineWords(base: string, groups: readonly Group[]): string | null {
  const texts = groups.map((g) => g.text ?? '').sort();
  let merged: string | null = texts[0] ?? base;
  for (const t of texts.slice(1)) {
    merged = merged === null ? null : mergeWords(base, merged, t);
  }
  return merged;
}

/** Each clause any proposal touches, with its status, in provision order. */
export function assess(base: Resolution, byKey: ReadonlyMap<string, Entry[]>, lang: Language): Assessed[] {
  const places = new Places(base, lang);
  const out: Assessed[] = [];
  for (const [key, own] of byKey) {
    const place = places.of(key, own[0] as Entry);
    const mine = new Set(own.map((e) => e.proposal));
    // a SUP or NOC of what holds this clause, by a proposal that did not also speak to it
    const covering = holders(key).flatMap((h) => (byKey.get(h) ?? []).filter((e) => (e.op === 'SUP' || e.op === 'NOC') && !mine.has(e.proposal)));
    const groups = [...groupsOf(own, place.base, false), ...groupsOf(covering, place.base, true)];
    const changing = groups.filter((g) => g.op !== 'NOC');
    const kept = groups.some((g) => g.op === 'NOC');
    let status: MergeStatus;
    let merged: string | null = null;
    if (changing.length === 0) status = 'unchanged';
    else if (kept) status = 'conflict';
    else if (changing.length === 1) {
      status = 'agreed';
      merged = changing[0]?.text ?? null;
    } else {
      const words = changing.every((g) => !g.covering && g.op === 'MOD' && g.entries.every((e) => e.change.text !== undefined && !e.change.items && !e.change.block)) && new Set(changing.map((g) => g.entries[0]?.change.labelText ?? place.label)).size === 1;
      merged = words && place.base !== null && key !== 'revision' ? combineWords(place.base, changing) : null;
      status = merged === null ? 'conflict' : 'compatible';
    }
    out.push({ id: key, ...place, status, own, groups: status === 'conflict' ? advisory(groups) : groups, merged });
  }
  // A block or item suppressed while others change or keep what it holds is contested.
  for (const a of out) {
    const sup = a.groups.find((g) => g.op === 'SUP' && !g.covering);
    if (!sup || a.status === 'conflict') continue;
    const suppressors = new Set(sup.entries.map((e) => e.proposal));
    const keepers = out.filter((x) => holders(x.id).includes(a.id)).flatMap((x) => x.own.filter((e) => !suppressors.has(e.proposal)));
    if (keepers.length === 0) continue;
    a.status = 'conflict';
    a.merged = null;
    const keep: Group = { op: 'NOC', sig: 'NOC', text: a.base, entries: keepers, departure: 0, covering: false };
    a.groups = advisory([...a.groups, keep]);
  }
  return out.sort((x, y) => x.position - y.position || x.id.localeCompare(y.id, 'en'));
}

export function alternativesOf(a: Assessed): Alternative[] {
  return a.groups.map((g) => ({
    op: g.op,
    text: g.text,
    proposers: [...new Set(g.entries.map((e) => e.who.proposer))],
    numbers: [...new Set(g.entries.map((e) => e.who.number))],
    departure: g.departure,
  }));
}
