/**
 * The secretariat's merge: every proposal on a resolution, clause by clause. Each clause gets a
 * status (unchanged, agreed, compatible, conflict) and its proposals in proposer order; each
 * conflict an advisory order for consideration; each proposer a summary; and the resolution a
 * merged draft whose every change is attributed. Nothing depends on the order the proposals are
 * given in, except the order of the proposers' columns. The steps live in engine/merge/.
 */
import { clausesOf, referenceOf } from '../model/clauses.js';
import type { Language } from '../model/language.js';
import type { Merge, MergedClause, ProposerSummary, ResolutionMerge } from '../model/merge.js';
import type { Proposal } from '../model/proposal.js';
import type { Resolution } from '../model/resolution.js';
import { sameProposal } from './combine.js';
import { alternativesOf, assess, entriesOf, type Assessed } from './merge/clauses.js';
import { mergedDraft } from './merge/draft.js';
import { identify, type Identity } from './merge/identity.js';

/** The proposals on one resolution of the base. */
export interface MergePart {
  base: Resolution;
  proposals: Proposal[];
  lang: Language;
}

export interface MergeOptions {
  /** the date of the draft's revisions (ISO) */
  date?: string;
}

export interface Merged {
  merge: Merge;
  /** stale cross-references in the draft, one line each */
  warnings: string[];
}

function titleOf(res: Resolution): string {
  return res.title ?? (res.number ? `${res.kind} ${res.number}` : res.kind);
}

/** Every base clause in provision order, the ones proposals touch with what they come to. */
function clauseList(base: Resolution, lang: Language, assessed: readonly Assessed[], column: (proposer: string) => number): MergedClause[] {
  const clauses = clausesOf(base);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const touched = new Map(assessed.map((a) => [a.id, a]));
  const merged = (a: Assessed): MergedClause => ({
    id: a.id,
    reference: a.reference,
    status: a.status,
    base: a.base,
    label: a.label,
    proposals: [...a.own].sort((x, y) => column(x.who.proposer) - column(y.who.proposer) || x.who.number.localeCompare(y.who.number, 'en')).map((e) => e.who),
    merged: a.merged,
    ...(a.status === 'conflict' ? { order: alternativesOf(a) } : {}),
  });
  const untouched = (id: string): MergedClause => {
    const c = byId.get(id);
    return { id, reference: c ? referenceOf(c, byId, lang.referenceWords) : id, status: 'unchanged', base: c?.text ?? null, label: c?.labelText || null, proposals: [], merged: null };
  };
  // base clauses keep their place; new provisions and the revision tag go where assess put them
  const out: MergedClause[] = [];
  const extra = assessed.filter((a) => !byId.has(a.id));
  let k = 0;
  for (const c of clauses) {
    while (k < extra.length && (extra[k] as Assessed).position < c.index) out.push(merged(extra[k++] as Assessed));
    const a = touched.get(c.id);
    out.push(a ? merged(a) : untouched(c.id));
  }
  while (k < extra.length) out.push(merged(extra[k++] as Assessed));
  return out;
}

/** Each part without the proposals given twice (a file named twice, or copied under another name), with a warning for each. */
function once(parts: readonly MergePart[], warnings: string[]): MergePart[] {
  return parts.map((part) => ({
    ...part,
    proposals: part.proposals.filter((p, k) => {
      const first = part.proposals.findIndex((q) => sameProposal(q, p));
      if (first === k) return true;
      warnings.push(`${p.file}: the same proposal as ${(part.proposals[first] as Proposal).file}: counted once`);
      return false;
    }),
  }));
}

export function merge(given: readonly MergePart[], options: MergeOptions = {}): Merged {
  const warnings: string[] = [];
  const parts = once(given, warnings);
  const all = parts.flatMap((p) => p.proposals);
  const ids = identify(all, parts.flatMap((p) => p.proposals.map(() => p.lang)));
  const columns: string[] = [];
  for (const id of ids) if (!columns.includes(id.proposer)) columns.push(id.proposer);
  const column = (proposer: string): number => columns.indexOf(proposer);
  const names = new Map<string, string | null>();
  for (const id of ids) if (!names.get(id.proposer)) names.set(id.proposer, id.name);
  const summaries = new Map<string, ProposerSummary>(columns.map((proposer) => [proposer, { proposer, name: names.get(proposer) ?? null, changes: 0, agreed: 0, compatible: 0, conflict: 0, noc: 0 }]));

  // the draft's revisions are dated as asked, else by the latest proposal: the same inputs, the same bytes
  const date = options.date ?? ids.map((i) => i.date).filter((d): d is string => d !== null).sort().pop();
  const documents: ResolutionMerge[] = [];
  let offset = 0;
  for (const part of parts) {
    const own = ids.slice(offset, offset + part.proposals.length);
    offset += part.proposals.length;
    const byKey = entriesOf(part.base, part.proposals, own, part.lang);
    const assessed = assess(part.base, byKey, part.lang);
    for (const a of assessed) {
      for (const e of a.own) {
        const s = summaries.get(e.who.proposer) as ProposerSummary;
        if (e.op === 'NOC') s.noc++;
        else s.changes++;
        if (a.status !== 'unchanged') s[a.status]++;
      }
    }
    const key = (k: number): string => {
      const id = own[k] as Identity;
      const p = part.proposals[k] as Proposal;
      return `${id.proposer}\u0000${id.numberOf(p.changes[0] ?? { op: 'NOC', reference: '' })}\u0000${p.file}`;
    };
    const order = part.proposals.map((_, k) => k).sort((a, b) => key(a).localeCompare(key(b), 'en'));
    const drafted = mergedDraft(part.base, part.proposals, assessed, part.lang, { order, ...(date ? { date: `${date.length === 10 ? `${date}T00:00:00Z` : date}` } : {}) });
    // in a collection, a warning names its resolution
    warnings.push(...drafted.warnings.map((w) => (parts.length > 1 ? `${titleOf(part.base)}: ${w}` : w)));
    documents.push({ title: titleOf(part.base), lang: part.base.lang, clauses: clauseList(part.base, part.lang, assessed, column), draft: drafted.draft, redline: drafted.redline });
  }
  const conflicts = documents.reduce((n, d) => n + d.clauses.filter((c) => c.status === 'conflict').length, 0);
  return { merge: { lang: parts[0]?.base.lang ?? 'en', documents, proposers: columns.map((c) => summaries.get(c) as ProposerSummary), conflicts }, warnings };
}
