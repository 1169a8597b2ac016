/**
 * Proposals as they arrive, recognised on the paragraphs of any format. A contribution has a
 * cover (meeting, document symbol, date, original language, source, title, introduction), then
 * its proposals, each opening with a mark line (`MOD RCC/14/3`, `ADD`, `SUP`, alone or with a
 * proposal number) and closing with its `Reasons:`. What is left is the resolution text: the
 * furniture is kept apart, for the proposal's metadata, and never mixed into clauses.
 */
import type { Language } from '../model/language.js';
import { changeLine, PROPOSAL_NUMBER, type Contribution, type Mark } from '../model/proposal.js';
import { isReasons, reasonsOf } from './paragraphs.js';
import type { Source, SourceParagraph } from './source.js';
import { titleOf } from './structure.js';

export interface ProposalMark {
  op: Mark;
  /** the proposal number after the mark (`RCC/14A1/1`), if any */
  number: string | null;
  line: number;
}

/** One proposal of a contribution: its mark line, its text, its reasons. */
export interface Chunk {
  /** null for a text with no mark line before it */
  mark: ProposalMark | null;
  paragraphs: SourceParagraph[];
  reasons: string[];
  /** bare marks inside its text (`ADD` before a new block, `SUP` before a suppressed one) */
  inline: ProposalMark[];
}

export interface Furniture {
  /** paragraphs before the first proposal of a document that carries proposal marks: its cover */
  cover: string[];
  marks: ProposalMark[];
  /** the text of each `Reasons:` paragraph, without the word */
  reasons: string[];
  /** the closing summary of a merge, title first */
  summary: string[];
}

/** A proposal mark standing alone: `MOD`, `ADD*`, `MOD RCC/14A1/1`, `MOD RESOLUTION 179 (…)`. */
export function proposalMark(p: SourceParagraph, lang: Language): ProposalMark | null {
  const line = changeLine(p.text);
  if (!line) return null;
  const rest = line.rest;
  if (rest === null) return { op: line.op, number: null, line: p.line };
  if (PROPOSAL_NUMBER.test(rest)) return { op: line.op, number: rest, line: p.line };
  if (titleOf(rest, lang) !== null) return { op: line.op, number: null, line: p.line };
  return null;
}

/**
 * A document's cover and its proposals. The cover is what comes before the first mark line or
 * title, in a document that has mark lines or reasons; a document without them is one text. A
 * mark line opens a new proposal when it carries a number, or when a title follows it (a
 * resolution of its own); a bare `ADD` or `SUP` inside a text marks a block of that text.
 */
export function splitProposals(source: Source, lang: Language): { cover: SourceParagraph[]; chunks: Chunk[] } {
  const ps = source.paragraphs;
  const marked = ps.some((p) => proposalMark(p, lang) !== null || isReasons(p.text, lang));
  const chunk = (mark: ProposalMark | null, paragraphs: SourceParagraph[] = []): Chunk => ({ mark, paragraphs, reasons: [], inline: [] });
  if (!marked) return { cover: [], chunks: [chunk(null, ps)] };
  const start = ps.findIndex((p) => proposalMark(p, lang) !== null || titleOf(p.text, lang) !== null);
  const cover = start < 0 ? [] : ps.slice(0, start);
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  const rest = start < 0 ? ps : ps.slice(start);
  rest.forEach((p, k) => {
    const mark = proposalMark(p, lang);
    const next = rest[k + 1];
    const opens = mark !== null && (current === null || mark.number !== null || (next !== undefined && titleOf(next.text, lang) !== null));
    if (mark && opens) {
      current = chunk(mark);
      chunks.push(current);
      return;
    }
    if (mark) {
      (current as Chunk).inline.push(mark);
      return;
    }
    if (!current) {
      current = chunk(null);
      chunks.push(current);
    }
    const reasons = reasonsOf(p.text, lang);
    if (reasons === null) current.paragraphs.push(p);
    else if (reasons) current.reasons.push(reasons);
  });
  return { cover, chunks };
}

/**
 * The text of a document with its furniture set apart: what every command reads as a resolution.
 * A contribution's proposals give one text for the provisions of the resolution it concerns, and
 * one for each resolution that a proposal gives whole, title first.
 */
export function separateFurniture(source: Source, lang: Language): { sources: Source[]; furniture: Furniture } {
  // A merge's closing summary is no part of the text: from its title on, everything is set aside.
  const summaryAt = source.paragraphs.findIndex((p) => p.text.trim() === lang.words.merge.summary);
  const summary = summaryAt < 0 ? [] : source.paragraphs.slice(summaryAt).map((p) => p.text);
  const { cover, chunks } = splitProposals(summaryAt < 0 ? source : { ...source, paragraphs: source.paragraphs.slice(0, summaryAt) }, lang);
  const groups: SourceParagraph[][] = [];
  for (const chunk of chunks) {
    const first = chunk.paragraphs[0];
    if (!first) continue;
    if (groups.length === 0 || titleOf(first.text, lang) !== null) groups.push([...chunk.paragraphs]);
    else (groups.at(-1) as SourceParagraph[]).push(...chunk.paragraphs);
  }
  return {
    sources: (groups.length > 0 ? groups : [[]]).map((paragraphs) => ({ ...source, paragraphs })),
    furniture: {
      cover: cover.map((p) => p.text),
      marks: chunks.flatMap((c) => [...(c.mark ? [c.mark] : []), ...c.inline]),
      reasons: chunks.flatMap((c) => c.reasons),
      summary,
    },
  };
}

/**
 * The fields of a cover, in the order contributions give them: the meeting, the document symbol,
 * date and original language, the source, the title, then the introduction.
 */
export function readCover(cover: readonly SourceParagraph[], lang: Language): Contribution {
  const out: Contribution = { meeting: null, document: null, date: null, original: null, source: null, title: null, introduction: [] };
  const meeting: string[] = [];
  const source: string[] = [];
  let stage: 'meeting' | 'meta' | 'source' | 'introduction' = 'meeting';
  for (const { text } of cover) {
    const symbol = lang.cover.document.exec(text)?.groups?.['symbol'];
    const original = lang.cover.original.exec(text)?.groups?.['language'];
    if (stage !== 'introduction' && (symbol || original || lang.cover.date.test(text))) {
      if (symbol) out.document = symbol;
      else if (original) out.original = original;
      else out.date = text;
      stage = 'meta';
    } else if (stage !== 'introduction' && lang.cover.title.test(text)) {
      out.title = text;
      stage = 'introduction';
    } else if (stage === 'introduction') {
      if (!lang.cover.introduction.test(text) && !lang.annexPattern.test(text)) out.introduction.push(text);
    } else if (stage === 'meeting') meeting.push(text);
    else {
      source.push(text);
      stage = 'source';
    }
  }
  // Without a symbol, date or title, what there is reads as the introduction.
  if (out.document === null && out.date === null && out.original === null && out.title === null) return { ...out, introduction: meeting };
  out.meeting = meeting.length > 0 ? meeting.join(', ') : null;
  out.source = source.length > 0 ? source.join(', ') : null;
  return out;
}

/** One line for people: what was set aside. */
export function describeFurniture(f: Furniture): string | null {
  const parts: string[] = [];
  if (f.cover.length > 0) parts.push(`a cover of ${f.cover.length} ${f.cover.length === 1 ? 'paragraph' : 'paragraphs'}`);
  const marks = new Map<string, number>();
  for (const m of f.marks) {
    const key = m.number ? `${m.op} ${m.number}` : m.op;
    marks.set(key, (marks.get(key) ?? 0) + 1);
  }
  for (const [mark, n] of marks) parts.push(n === 1 ? mark : `${n} ${mark} lines`);
  if (f.summary.length > 0) parts.push('the summary of a merge');
  if (f.reasons.length > 0) parts.push(`${f.reasons.length} Reasons ${f.reasons.length === 1 ? 'paragraph' : 'paragraphs'}`);
  return parts.length > 0 ? parts.join(', ') : null;
}
