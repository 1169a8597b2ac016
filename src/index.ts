/**
 * The library: the same readers, engine and writers the command line uses.
 *
 *     import { parse, compare, applyProposal } from 'resolution-redline';
 */
import { applyProposals, type Applied } from './engine/apply.js';
import { compare as compareParsed, type CompareOptions, type DocumentDiff } from './engine/compare.js';
import { deriveProposal } from './engine/derive.js';
import { language as languageOf, type Language } from './model/language.js';
import type { Proposal } from './model/proposal.js';
import type { Parsed, Resolution } from './model/resolution.js';
import { parseBytes, parseText, type ReadOptions } from './readers/read.js';

export type { Block, Collection, Footnote, Item, Parsed, Resolution, ResolutionKind, Part } from './model/resolution.js';
export type { Change, Comparison, Op, Summary } from './model/comparison.js';
export type { Proposal, ProposalChange, ProposalForm } from './model/proposal.js';
export type { RedlineDocument, RedlineParagraph, Segment } from './model/redline.js';
export type { CompareOptions, DocumentDiff } from './engine/compare.js';
export type { Applied, ApplyNote } from './engine/apply.js';
export type { Language, LanguageData } from './model/language.js';
export type { ReadOptions } from './readers/read.js';
export { InputError } from './model/errors.js';
export { ApplyError } from './engine/apply.js';
export { languages, registerLanguage } from './model/language.js';
export { readInstructions } from './readers/proposal-instructions.js';
export { writeText } from './writers/text.js';
export { writeMarkdown, writeResolutionMarkdown } from './writers/markdown.js';
export { writeHtml } from './writers/html.js';
export { writeDocx } from './writers/docx.js';
export { writeInstructions } from './writers/proposal.js';

/** Parse a resolution from text (`.txt` layout or Markdown) or from the bytes of a file (Word too). */
export function parse(input: string | Uint8Array, options: ReadOptions & { file?: string } = {}): Parsed {
  const file = options.file ?? (typeof input === 'string' ? 'input.txt' : 'input.docx');
  return typeof input === 'string' ? parseText(input, file, options) : parseBytes(input, file, options);
}

/** Compare two versions: one DocumentDiff per resolution (collections pair by number). */
export function compare(base: Parsed, revised: Parsed, options: CompareOptions = {}): DocumentDiff[] {
  return compareParsed(base, revised, options);
}

function tableFor(res: Resolution): Language {
  const lang = languageOf(res.lang);
  if (!lang) throw new Error(`no language table for "${res.lang}"`);
  return lang;
}

/** Apply one or more proposals, in order, to a resolution. */
export function applyProposal(base: Resolution, proposals: Proposal | readonly Proposal[]): Applied {
  return applyProposals(base, Array.isArray(proposals) ? proposals : [proposals as Proposal], tableFor(base));
}

/** The proposal that turns `base` into `revised`. */
export function draft(base: Resolution, revised: Resolution, meta: Partial<Pick<Proposal, 'proposer' | 'reference' | 'date'>> = {}): Proposal {
  return deriveProposal(base, revised, { proposer: meta.proposer ?? null, reference: meta.reference ?? null, date: meta.date ?? null, base: base.title, form: 'instructions', file: '-' }, tableFor(base));
}
