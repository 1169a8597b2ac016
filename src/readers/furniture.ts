/**
 * Proposal furniture around a resolution text, recognised on the paragraphs of any format: the
 * proposal marks (`MOD`, `MOD RCC/14A1/1`, `ADD` before a new block), `Reasons:` paragraphs, and,
 * in a document that carries such marks, the cover before the title. The resolution is what is
 * left; the furniture is kept apart for the proposal's metadata, never mixed into clauses.
 */
import type { Language } from '../model/language.js';
import { changeLine, PROPOSAL_NUMBER, type Mark } from '../model/proposal.js';
import { isReasons } from './paragraphs.js';
import { titleOf } from './structure.js';
import type { Source, SourceParagraph } from './source.js';

export interface ProposalMark {
  op: Mark;
  /** the proposal number after the mark (`RCC/14A1/1`), if any */
  number: string | null;
  line: number;
}

export interface Furniture {
  /** paragraphs before the title of a document that carries proposal marks: its cover */
  cover: string[];
  marks: ProposalMark[];
  /** the text of each `Reasons:` paragraph, without the word */
  reasons: string[];
}

export const NO_FURNITURE: Furniture = { cover: [], marks: [], reasons: [] };

/** A proposal mark standing alone: `MOD`, `ADD*`, `MOD RCC/14A1/1`, `MOD RESOLUTION 179 (…)`. */
export function proposalMark(p: SourceParagraph, lang: Language): ProposalMark | null {
  const line = changeLine(p.text);
  if (!line) return null;
  const rest = line.rest;
  if (rest === null) return { op: line.op, number: null, line: p.line };
  if (PROPOSAL_NUMBER.test(rest)) return { op: line.op, number: rest, line: p.line };
  const kind = rest.split(/\s+/u)[0]?.toLocaleUpperCase() ?? '';
  if (lang.kinds[kind] !== undefined) return { op: line.op, number: null, line: p.line };
  return null;
}

export function separateFurniture(source: Source, lang: Language): { source: Source; furniture: Furniture } {
  const marks: ProposalMark[] = [];
  const reasons: string[] = [];
  const kept: SourceParagraph[] = [];
  for (const p of source.paragraphs) {
    const mark = proposalMark(p, lang);
    if (mark) marks.push(mark);
    else if (isReasons(p.text, lang)) reasons.push(p.text.slice(lang.reasons.length).trim());
    else kept.push(p);
  }
  if (marks.length === 0 && reasons.length === 0) return { source, furniture: NO_FURNITURE };
  // A proposal's cover: what comes before its first title.
  const title = kept.findIndex((p) => titleOf(p.text, lang) !== null);
  const cover = title > 0 ? kept.splice(0, title).map((p) => p.text) : [];
  return { source: { ...source, paragraphs: kept }, furniture: { cover, marks, reasons: reasons.filter((r) => r !== '') } };
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
  if (f.reasons.length > 0) parts.push(`${f.reasons.length} Reasons ${f.reasons.length === 1 ? 'paragraph' : 'paragraphs'}`);
  return parts.length > 0 ? parts.join(', ') : null;
}
