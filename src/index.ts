/**
 * The library: the same readers, engine and writers the command line uses, with the same errors
 * (`InputError`: one line naming the file and line). docs/api.md shows each call.
 *
 *     import { parse, compare, write } from 'resolution-redline';
 *     const [diff] = compare(parse(base), parse(revised));
 *     const markdown = await write('md', { kind: 'redline', diffs: [diff] });
 */
import { applyProposals, type Applied } from './engine/apply.js';
import { combine, ConflictError } from './engine/combine.js';
import { compare as compareParsed, type CompareOptions, type DocumentDiff } from './engine/compare.js';
import { draftProposal, type Draft, type DraftOptions } from './engine/draft.js';
import { merge as mergeParts, type MergeOptions } from './engine/merge.js';
import { checkConsolidated } from './engine/check.js';
import type { Mismatch } from './model/check.js';
import type { Catalogue } from './model/catalogue.js';
import type { Finding, RuleId, Severity } from './model/lint.js';
import type { Merge } from './model/merge.js';
import type { Proposal } from './model/proposal.js';
import type { Parsed, Resolution } from './model/resolution.js';
import { lintInputs, proposalInput, tableFor, type ProposalOptions, type ProposalsRead } from './library.js';
import type { ReadOptions, View } from './readers/document.js';
import type { Input } from './readers/input.js';
import { readText } from './readers/read.js';
import { parseMarkdown } from './readers/markdown-parser.js';
import { useMarkdownParser } from './readers/parsers.js';

// The library's calls are synchronous: every parser is ready before the first (the command line loads them per input).
useMarkdownParser(parseMarkdown);

export type { Block, Collection, Footnote, Item, Parsed, Resolution, ResolutionKind, Part } from './model/resolution.js';
export type { Change, Comparison, Op, Summary } from './model/comparison.js';
export type { Contribution, Proposal, ProposalChange, ProposalForm } from './model/proposal.js';
export type { Move, RedlineDocument, RedlineParagraph, Segment } from './model/redline.js';
export type { CompareOptions, DocumentDiff } from './engine/compare.js';
export type { Applied, ApplyNote } from './engine/apply.js';
export type { Cover, Draft, DraftOptions } from './engine/draft.js';
export type { Language, LanguageData, MergeWords } from './model/language.js';
export type { Alternative, ClauseProposal, Merge, MergedClause, MergeStatus, MergeView, ProposerSummary, ResolutionMerge } from './model/merge.js';
export type { MergeOptions } from './engine/merge.js';
export type { CheckReport, Mismatch } from './model/check.js';
export type { VersionGap, VersionOrder, VersionReport, VersionSide } from './model/versions.js';
export type { Catalogue, CatalogueEntry, Citation } from './model/catalogue.js';
export type { Finding, LintInput, RawFinding, Rule, RuleId, Severity } from './model/lint.js';
export type { InputDocument, ReadOptions, View } from './readers/document.js';
export type { Input } from './readers/input.js';
export type { ApplyResult, MergeResult, Notice, ProposalOptions, ProposalsRead } from './library.js';
export type { FileDiff, Format, Product, ProductKind, WriteOptions, WriterInfo } from './writers/registry.js';
export { InputError } from './model/errors.js';
export { ApplyError } from './engine/apply.js';
export { StaleBaseError } from './engine/proposal.js';
export { ConflictError, describeConflict, type Conflict, type ConflictKind } from './engine/combine.js';
export { language, languages, registerLanguage } from './languages/registry.js';
export { readInput } from './readers/input.js';
export { loadParsers } from './readers/parsers.js';
export { readCatalogue } from './readers/catalogue.js';
export { readDocument } from './readers/document.js';
export { ALL_RULES as rules } from './engine/lint.js';
export { alignInputs, applyInputs, catalogueInputs, checkInputs, diffPaths, draftInputs, eachDiff, lintInput, lintInputs, mergeInputs, parseInput, proposalInput, resolutionInput, viewInput } from './library.js';
export { chooseWriter, write, writers } from './writers/registry.js';

function inputOf(input: string | Uint8Array | Input, file: string | undefined, fallback: string): Input {
  if (typeof input === 'string') return { file: file ?? fallback, bytes: new TextEncoder().encode(input) };
  if (input instanceof Uint8Array) return { file: file ?? fallback, bytes: input };
  return input;
}

/**
 * Parse a resolution (or a collection) from text (`.txt` layout, or Markdown with
 * `format: 'markdown'`), from the bytes of a file (Word too), or from an `Input`. A marked-up text
 * is read in its accepted view unless `view: 'rejected'`; proposal furniture is set aside.
 */
export function parse(input: string | Uint8Array | Input, options: ReadOptions & { file?: string; view?: View } = {}): Parsed {
  const source = inputOf(input, options.file, typeof input === 'string' ? 'input.txt' : 'input.docx');
  return readText(source, { ...(typeof input === 'string' && !options.format ? { format: 'text' as const } : {}), ...options }).parsed;
}

/** Compare two versions: one DocumentDiff per resolution (collections pair by number). */
export function compare(base: Parsed, revised: Parsed, options: CompareOptions = {}): DocumentDiff[] {
  return compareParsed(base, revised, options);
}

/**
 * The proposals a file holds, in any form (instructions, a marked-up text, a clean text, a whole
 * contribution with several numbered proposals), as changes against `base`.
 */
export function readProposal(input: string | Uint8Array | Input, base: Resolution, options: ProposalOptions & { file?: string } = {}): ProposalsRead {
  const source = inputOf(input, options.file, typeof input === 'string' ? 'proposal.md' : 'proposal.docx');
  return proposalInput(source, base, options);
}

/**
 * Apply one or more proposals to a resolution. Proposals that conflict throw a ConflictError and
 * nothing is applied, unless `order` (the later one wins each conflict); changes to different
 * words of one clause combine. An impossible change throws an ApplyError.
 */
export function applyProposal(base: Resolution, proposals: Proposal | readonly Proposal[], options: { order?: boolean } = {}): Applied & { combined: string[] } {
  const lang = tableFor(base);
  const combined = combine(base, Array.isArray(proposals) ? proposals : [proposals as Proposal], lang, options);
  if (combined.conflicts.length > 0) throw new ConflictError(combined.conflicts);
  return { ...applyProposals(base, combined.proposals, lang), combined: combined.notes };
}

/** The proposal that turns `base` into `revised`, ready to write as instructions or as a Word proposal. */
export function draft(base: Resolution, revised: Resolution, options: DraftOptions = {}): Draft {
  return draftProposal(base, revised, options, tableFor(base));
}

/**
 * The secretariat's merge of proposals on one resolution: each clause's status (unchanged, agreed,
 * compatible, conflict) and proposals, each proposer's summary, and the merged draft with every
 * change attributed. Nothing is refused for conflicting: conflicts are the result.
 */
export function merge(base: Resolution, proposals: readonly Proposal[], options: MergeOptions = {}): Merge {
  return mergeParts([{ base, proposals: [...proposals], lang: tableFor(base) }], options).merge;
}

/**
 * The clauses in which a consolidated text differs from the base with the proposals applied
 * (whitespace normalised): none when it is right. Conflicting proposals throw a ConflictError.
 */
export function check(base: Resolution, proposals: readonly Proposal[], consolidated: Resolution, options: { ignoreQuotes?: boolean } = {}): Mismatch[] {
  return checkConsolidated(applyProposal(base, [...proposals]).resolution, consolidated, { ...options, words: tableFor(base).referenceWords });
}

/** The drafting mistakes in a text (a string is read as `.txt` layout), with each rule's severity as given or by default. */
export function lint(input: string | Uint8Array | Input, options: ReadOptions & { file?: string; severities?: Partial<Record<RuleId, Severity>>; catalogue?: Catalogue | null } = {}): Finding[] {
  const source = inputOf(input, options.file, typeof input === 'string' ? 'input.txt' : 'input.docx');
  return lintInputs([source], { ...(typeof input === 'string' && !options.format ? { format: 'text' as const } : {}), ...options });
}
