/**
 * A merge in each of its views. The compilation and the synoptic table are laid out as reports
 * (report.ts), which each format renders its own way; the draft is the redline of the merged
 * text, each change carrying its proposers. The same summary of the proposers closes every view;
 * readers set aside what follows its title, so a draft reads back as the draft.
 */
import type { Language, MergeWords } from '../model/language.js';
import type { ClauseProposal, Merge, MergedClause, MergeView, ProposerSummary, ResolutionMerge } from '../model/merge.js';
import type { RedlineDocument, Segment } from '../model/redline.js';
import { tableOf } from '../languages/registry.js';
import type { Cell, Line, Report, ReportBlock, Row, Run } from './report.js';

export interface MergeWriteOptions {
  view: MergeView;
  /** synoptic: fold the clauses no proposal touches */
  changedOnly?: boolean;
}

const fill = (template: string, values: Record<string, string | number>): string => template.replace(/\{(\w+)\}/gu, (m, k: string) => String(values[k] ?? m));

/** The JSON of a merge: clauses with their status and proposals, then the proposers. */
export function mergeJson(merge: Merge): unknown {
  const several = merge.documents.length > 1;
  const clause = (doc: ResolutionMerge, c: MergedClause): unknown => ({
    ...(several ? { document: doc.title } : {}),
    id: c.id,
    reference: c.reference,
    status: c.status,
    base: c.base,
    proposals: c.proposals.map((p) => ({ proposer: p.proposer, number: p.number, op: p.op, text: p.text, reasons: p.reasons, date: p.date, source: p.source })),
    ...(c.merged !== null && c.status !== 'agreed' ? { merged: c.merged } : {}),
    ...(c.order ? { order: c.order } : {}),
  });
  return {
    clauses: merge.documents.flatMap((d) => d.clauses.map((c) => clause(d, c))),
    proposers: merge.proposers,
    conflicts: merge.conflicts,
  };
}

const runs = (segments: readonly Segment[] | null, fallback = ''): Line => (segments && segments.length > 0 ? segments.map((s): Run => (s.op === 'equal' ? { text: s.text } : { text: s.text, op: s.op })) : [{ text: fallback }]);

function statusWord(c: MergedClause, w: MergeWords): string {
  return w.status[c.status];
}

function summaryTable(proposers: readonly ProposerSummary[], w: MergeWords): ReportBlock[] {
  const header = [w.proposer, w.name, w.changes, w.status.agreed, w.status.compatible, w.status.conflict, w.noc];
  const rows: Row[] = proposers.map((p) => ({ cells: [p.proposer, p.name ?? '', p.changes, p.agreed, p.compatible, p.conflict, p.noc].map((v): Cell => ({ lines: [[{ text: String(v) }]] })) }));
  return [{ kind: 'heading', level: 1, text: w.summary }, { kind: 'table', header, rows, widths: [2, 6, 1, 1, 1, 1, 1] }];
}

function proposalBlocks(p: ClauseProposal, lang: Language): ReportBlock[] {
  const head: Line = [{ text: `${p.op}\t${p.number}`, strong: true }, { text: ` (${p.proposer}${p.date ? `, ${p.date}` : ''})` }];
  const out: ReportBlock[] = [{ kind: 'paragraph', runs: head, style: 'mark' }];
  if (p.op !== 'NOC' && p.words) out.push({ kind: 'paragraph', runs: runs(p.words) });
  if (p.reasons) out.push({ kind: 'paragraph', runs: [{ text: `${lang.reasons} `, strong: true }, { text: p.reasons }], style: 'reasons' });
  return out;
}

/** The compilation: each provision with a proposal, in provision order, each proposal beneath it. */
export function compilationReport(merge: Merge): Report {
  const lang = tableOf(merge.lang);
  const w = lang.words.merge;
  const blocks: ReportBlock[] = [];
  for (const doc of merge.documents) {
    if (merge.documents.length > 1) blocks.push({ kind: 'heading', level: 1, text: doc.title });
    for (const c of doc.clauses) {
      if (c.proposals.length === 0) continue;
      blocks.push({ kind: 'heading', level: 2, text: `${c.reference} (${statusWord(c, w)})` });
      blocks.push({ kind: 'paragraph', runs: [{ text: c.base === null ? `(${w.added})` : `${c.label ? `${c.label}\t` : ''}${c.base}`, emphasis: c.base === null }], style: 'note' });
      for (const p of c.proposals) blocks.push(...proposalBlocks(p, lang));
      if (c.order) {
        blocks.push({ kind: 'paragraph', runs: [{ text: w.order, strong: true }], style: 'note' });
        c.order.forEach((a, k) => blocks.push({ kind: 'paragraph', runs: [{ text: `${k + 1}.\t${a.op} ${a.numbers.join(', ')} (${a.proposers.join(', ')})` }], style: 'note' }));
      }
    }
  }
  const title = fill(w.compilation, { title: merge.documents.map((d) => d.title).join('; ') });
  return { title, lang: merge.lang, landscape: false, blocks: [...blocks, ...summaryTable(merge.proposers, w)] };
}

function proposerCell(c: MergedClause, proposer: string): Cell {
  const mine = c.proposals.filter((p) => p.proposer === proposer);
  if (mine.length === 0) return { lines: [], tone: 'silence' };
  const lines = mine.flatMap((p): Line[] => {
    const mark: Line = [{ text: `${p.op} ${p.number}`, strong: true }];
    if (p.op === 'NOC' || p.op === 'SUP') return [mark];
    return [mark, runs(p.words, p.text ?? '')];
  });
  const op = mine[0]?.op;
  const tone: Cell['tone'] = c.status === 'conflict' ? 'conflict' : op === 'NOC' ? 'noc' : op === 'SUP' ? 'sup' : 'change';
  return { lines, tone };
}

/** The synoptic table: one row per clause, the base first, then one column per proposer. */
export function synopticReport(merge: Merge, changedOnly = false): Report {
  const lang = tableOf(merge.lang);
  const w = lang.words.merge;
  const blocks: ReportBlock[] = [];
  for (const doc of merge.documents) {
    if (merge.documents.length > 1) blocks.push({ kind: 'heading', level: 1, text: doc.title });
    // a column for each proposer with a proposal on this resolution, in the order of the whole merge
    const here = new Set(doc.clauses.flatMap((c) => c.proposals.map((p) => p.proposer)));
    const proposers = merge.proposers.map((p) => p.proposer).filter((p) => here.has(p));
    const rows: Row[] = [];
    const row = (c: MergedClause): Row => {
      const head: Line[] = [[{ text: c.reference }], ...(c.proposals.length > 0 ? [[{ text: statusWord(c, w), emphasis: true }]] : [])];
      const base: Cell = { lines: [[{ text: c.base === null ? `(${w.added})` : `${c.label ? `${c.label} ` : ''}${c.base}`, emphasis: c.base === null }]], tone: 'base' };
      return { cells: [{ lines: head }, base, ...proposers.map((p) => proposerCell(c, p))] };
    };
    let folded: MergedClause[] = [];
    const fold = (): void => {
      if (folded.length === 0) return;
      const span = folded.length === 1 ? (folded[0] as MergedClause).reference : `${(folded[0] as MergedClause).reference} – ${(folded.at(-1) as MergedClause).reference}`;
      rows.push({ folded: true, cells: [{ lines: [[{ text: fill(w.folded, { n: folded.length }) }]] }, { lines: [[{ text: span }]] }, ...proposers.map((): Cell => ({ lines: [], tone: 'silence' }))] });
      folded = [];
    };
    for (const c of doc.clauses) {
      if (changedOnly && c.proposals.length === 0) {
        folded.push(c);
        continue;
      }
      // a single untouched clause is shown, not folded
      if (folded.length === 1) rows.push(row(folded.pop() as MergedClause));
      fold();
      rows.push(row(c));
    }
    if (folded.length === 1) rows.push(row(folded.pop() as MergedClause));
    fold();
    const widths = [2, 5, ...proposers.map(() => 5)];
    blocks.push({ kind: 'table', header: [w.provision, w.base, ...proposers], rows, widths });
  }
  const title = fill(w.synoptic, { title: merge.documents.map((d) => d.title).join('; ') });
  return { title, lang: merge.lang, landscape: true, blocks: [...blocks, ...summaryTable(merge.proposers, w)] };
}

/** The summary as lines of text, for the draft: its title, then a line per proposer. */
export function summaryLines(merge: Merge): string[] {
  const w = tableOf(merge.lang).words.merge;
  return [
    w.summary,
    ...merge.proposers.map((p) => `${p.proposer}${p.name && p.name !== p.proposer ? ` (${p.name})` : ''}: ${w.changes} ${p.changes}; ${w.status.agreed} ${p.agreed}; ${w.status.compatible} ${p.compatible}; ${w.status.conflict} ${p.conflict}; ${w.noc} ${p.noc}`),
  ];
}

/** The draft's redlines, the summary closing the last one as notes both views keep. */
export function draftRedlines(merge: Merge): RedlineDocument[] {
  const docs = merge.documents.map((d) => d.redline);
  const last = docs.at(-1);
  if (!last) return docs;
  const notes = summaryLines(merge).map((text, k) => ({ role: 'note' as const, id: `summary/${k}`, depth: 0, label: [], text: [{ op: 'equal' as const, text }], mark: null }));
  return [...docs.slice(0, -1), { ...last, paragraphs: [...last.paragraphs, ...notes] }];
}

export function draftTitle(merge: Merge): string {
  return fill(tableOf(merge.lang).words.merge.draft, { title: merge.documents.map((d) => d.title).join('; ') });
}
