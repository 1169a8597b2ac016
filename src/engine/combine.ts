/**
 * Several proposals on one base, checked before anything is applied: two that change the same
 * words of a clause differently, a MOD against a SUP of one clause, two different ADDs at one place,
 * two different revision tags, or the same proposal twice, conflict. Identical changes count once;
 * changes to different words of one clause combine (a three-way word merge). With `order`, the
 * proposals apply in the order given and the later one wins each conflict, which is said.
 */
import { clausesOf } from '../model/clauses.js';
import type { Language } from '../model/language.js';
import type { Proposal, ProposalChange } from '../model/proposal.js';
import type { Resolution } from '../model/resolution.js';
import { targetsOf } from './apply.js';
import { mergeWords } from './merge3.js';

export type ConflictKind = 'words' | 'mod-sup' | 'add' | 'revision' | 'twice';

export interface Conflict {
  kind: ConflictKind;
  /** the clause, as the proposals name it (`considering c)`), or `revision` */
  clause: string;
  /** each proposal involved, as `file:line (number)`, in the order given */
  by: string[];
}

const WHAT: Record<ConflictKind, string> = {
  words: 'change the same words differently',
  'mod-sup': 'one modifies it, the other suppresses it',
  add: 'add different provisions at the same place',
  revision: 'give different revision tags',
  twice: 'are the same proposal',
};

/** One line: the clause, the proposals, what they do to it. */
export function describeConflict(c: Conflict): string {
  return `${c.kind === 'twice' ? '' : `${c.clause}: `}${c.by.join(' and ')}: ${WHAT[c.kind]}`;
}

/** Proposals that conflict: nothing is applied. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(readonly conflicts: Conflict[]) {
    super(`${conflicts.length} ${conflicts.length === 1 ? 'conflict' : 'conflicts'} between the proposals`);
  }
}

export interface Combined {
  proposals: Proposal[];
  conflicts: Conflict[];
  /** changes combined or counted once, and conflicts settled by order, one line each */
  notes: string[];
}

function who(p: Proposal, c?: ProposalChange): string {
  const number = c?.number ?? p.reference;
  return `${p.file}${c?.line ? `:${c.line}` : ''}${number ? ` (${number})` : ''}`;
}

/** What a change does, as a string: two changes with the same signature are the same change. */
export function signature(c: ProposalChange, baseLabel?: string): string {
  const op = c.op === '(MOD)' ? 'MOD' : c.op;
  // a label written as the base writes it is no change of its own
  const label = c.labelText !== undefined && c.labelText !== baseLabel ? c.labelText : null;
  return JSON.stringify([op, c.text ?? null, label, c.items?.map((i) => [i.labelText, i.text]) ?? null, c.block ? [c.block.heading, c.block.items.map((i) => [i.labelText, i.text])] : null]);
}

/** The same proposal: a file given twice, or copied under another name. */
export function sameProposal(a: Proposal, b: Proposal): boolean {
  return a.proposer === b.proposer && a.reference === b.reference && a.revision === b.revision && JSON.stringify(a.changes.map((c) => [c.reference, signature(c)])) === JSON.stringify(b.changes.map((c) => [c.reference, signature(c)]));
}

interface Entry {
  proposal: number;
  change: ProposalChange;
}

export function combine(base: Resolution, proposals: readonly Proposal[], lang: Language, options: { order?: boolean } = {}): Combined {
  // One proposal meets no other: its own clash of changes is apply's to find.
  if (proposals.length < 2) return { proposals: [...proposals], conflicts: [], notes: [] };
  const conflicts: Conflict[] = [];
  const notes: string[] = [];
  const dropped = new Set<ProposalChange>();
  const rewritten = new Map<ProposalChange, ProposalChange>();
  const keep = proposals.map(() => true);
  const settle = (conflict: Conflict, loser: () => void): void => {
    if (!options.order) {
      conflicts.push(conflict);
      return;
    }
    loser();
    notes.push(`--order: ${describeConflict(conflict)}; the later one applies`);
  };

  // The same proposal twice (a file given twice, or copied under another name).
  proposals.forEach((p, k) => {
    const first = proposals.findIndex((q, j) => j < k && keep[j] && sameProposal(q, p));
    if (first >= 0) settle({ kind: 'twice', clause: '', by: [who(proposals[first] as Proposal), who(p)] }, () => (keep[first] = false));
  });

  // Revision tags.
  const tagged = proposals.map((p, k) => ({ p, k })).filter(({ p, k }) => keep[k] && p.revision);
  for (let n = 1; n < tagged.length; n++) {
    const a = tagged[n - 1] as { p: Proposal; k: number };
    const b = tagged[n] as { p: Proposal; k: number };
    if ((a.p.revision ?? '').toLocaleUpperCase() !== (b.p.revision ?? '').toLocaleUpperCase()) {
      settle({ kind: 'revision', clause: 'revision', by: [who(a.p), who(b.p)] }, () => undefined);
    }
  }

  // Changes by the clause or place they land on.
  const byKey = new Map<string, Entry[]>();
  proposals.forEach((p, k) => {
    if (!keep[k]) return;
    for (const { change, key } of targetsOf(base, p, lang)) {
      if (key === null || change.op === 'NOC') continue;
      byKey.set(key, [...(byKey.get(key) ?? []), { proposal: k, change }]);
    }
  });
  const baseText = new Map<string, string>([...clausesOf(base).map((c) => [c.id, c.text] as const), ...base.footnotes.map((n) => [`footnote/${n.id}`, n.text] as const)]);
  const baseLabel = new Map(clausesOf(base).map((c) => [c.id, c.labelText]));
  for (const [key, entries] of byKey) {
    if (new Set(entries.map((e) => e.proposal)).size < 2) continue;
    let winner = entries[0] as Entry;
    for (const next of entries.slice(1)) {
      const a = rewritten.get(winner.change) ?? winner.change;
      const b = next.change;
      const byBoth = [who(proposals[winner.proposal] as Proposal, winner.change), who(proposals[next.proposal] as Proposal, b)];
      const label = baseLabel.get(key);
      if (signature(a, label) === signature(b, label)) {
        dropped.add(b);
        notes.push(`${b.reference}: the same change by ${byBoth.join(' and ')}, applied once`);
        continue;
      }
      const opA = a.op === '(MOD)' ? 'MOD' : a.op;
      const opB = b.op === '(MOD)' ? 'MOD' : b.op;
      const kind: ConflictKind = opA !== opB ? 'mod-sup' : opA === 'ADD' ? 'add' : 'words';
      if (kind === 'words' && opA === 'MOD' && a.text !== undefined && b.text !== undefined && JSON.stringify(a.items ?? null) === JSON.stringify(b.items ?? null) && (a.labelText ?? label ?? null) === (b.labelText ?? label ?? null)) {
        const merged = mergeWords(baseText.get(key) ?? '', a.text, b.text);
        if (merged !== null) {
          rewritten.set(winner.change, { ...a, text: merged });
          dropped.add(b);
          notes.push(`${b.reference}: the changes by ${byBoth.join(' and ')} touch different words, combined`);
          continue;
        }
      }
      const loser = winner;
      settle({ kind, clause: a.reference, by: byBoth }, () => {
        dropped.add(loser.change);
        winner = next;
      });
    }
  }

  return {
    proposals: proposals.flatMap((p, k) => (keep[k] ? [{ ...p, changes: p.changes.filter((c) => !dropped.has(c)).map((c) => rewritten.get(c) ?? c) }] : [])),
    conflicts,
    notes,
  };
}
