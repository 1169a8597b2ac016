/**
 * The jobs the command line does, as library calls: each reads its inputs through the one way
 * in (readers/), runs the engine, and returns what a writer needs, with notices for people.
 * The commands only parse options, call one of these, and pick a writer.
 */
import { applyProposals, type Applied } from './engine/apply.js';
import { combine, ConflictError } from './engine/combine.js';
import { compare, emptyLike, type CompareOptions } from './engine/compare.js';
import { draftOf, draftProposal, type Draft, type DraftOptions } from './engine/draft.js';
import { declaredBase } from './engine/base.js';
import { merge, type MergePart } from './engine/merge.js';
import { proposalAgainst } from './engine/proposal.js';
import { InputError } from './model/errors.js';
import type { Language } from './model/language.js';
import type { Catalogue } from './model/catalogue.js';
import type { CheckReport } from './model/check.js';
import { checkConsolidated } from './engine/check.js';
import { updateCitations } from './engine/update-citations.js';
import { clausesOf, referenceOf } from './model/clauses.js';
import type { Finding, LintInput, RuleId, Severity } from './model/lint.js';
import { lint } from './engine/lint.js';
import { catalogueOf } from './engine/catalogue.js';
import { compareVersions, type Version } from './engine/versions.js';
import type { VersionReport, VersionSide } from './model/versions.js';
import type { Merge } from './model/merge.js';
import type { Proposal, ProposalSource } from './model/proposal.js';
import { documentsOf, type Parsed, type Resolution } from './model/resolution.js';
import { language } from './languages/registry.js';
import { readDocument, type InputDocument, type ReadOptions, type View } from './readers/document.js';
import { describeFurniture, type Furniture } from './readers/furniture.js';
import { inputPairs, readInput, type Input } from './readers/input.js';
import { isInstructions, readInstructions } from './readers/instructions.js';
import { readProposalDocument, type Reading } from './readers/proposal.js';
import { clauseLines } from './readers/lines.js';
import { textOf } from './readers/read.js';
import type { FileDiff, Product } from './writers/registry.js';

/** What people should know about a job that succeeded: one line each, for standard error. */
export type Notice = string;

export interface ProposalOptions extends ReadOptions {
  /** apply in the order given, the later proposal winning each conflict, instead of refusing conflicts */
  order?: boolean;
  /** the form to read it in (`whole`: a clean text that is the whole resolution); decided from the content when absent */
  form?: Reading;
  /** a marked-up proposal drafted on another text: apply the changes whose clauses did not change */
  rebase?: boolean;
}

function furnitureNotice(file: string, furniture: Furniture): Notice[] {
  const what = describeFurniture(furniture);
  if (!what) return [];
  const proposal = furniture.cover.length > 0 || furniture.marks.length > 0 || furniture.reasons.length > 0;
  return [`note: ${file}: ${proposal ? 'read as a proposal; ' : ''}set aside: ${what}`];
}

/**
 * The document of an input. A Word file read by its underline and strike-through because it has
 * no tracked changes gets a note saying so, unless `--marks` chose the reading.
 */
function documentOf(input: Input, options: ReadOptions, notices: Notice[]): InputDocument {
  const doc = readDocument(input, options);
  if (doc.marking === 'formatting' && options.marks === undefined) {
    notices.push(`note: ${input.file}: no tracked changes; underlined text read as added and struck-through text as deleted (--marks revisions reads them as plain formatting)`);
  }
  return doc;
}

/** The one resolution of a parse result; a collection is refused. */
function single(parsed: Parsed, file: string, what: string): Resolution {
  const docs = documentsOf(parsed);
  if (docs.length !== 1) throw new InputError(`holds ${docs.length} resolutions`, file, undefined, `give the one resolution ${what}`);
  return docs[0] as Resolution;
}

/** Apply proposals already read and checked, with the warnings applying gives. */
function applied(base: Resolution, proposals: readonly Proposal[]): Applied & { warnings: Notice[] } {
  const result = applyProposals(base, proposals, tableFor(base));
  return { ...result, warnings: result.notes.map((n) => `warning: ${n.clause}: ${n.message}`) };
}

export function tableFor(res: Resolution | Parsed): Language {
  const lang = language(res.lang);
  if (!lang) throw new InputError(`no language table for "${res.lang}"`, undefined, undefined, 'register one with registerLanguage');
  return lang;
}

/** Whatever an input holds, ready to write: a text (resolution or collection), or a proposal's changes. */
export function parseInput(input: Input, options: ReadOptions & { view?: View } = {}): { product: Product; notices: Notice[] } {
  const notices: Notice[] = [];
  const doc = documentOf(input, options, notices);
  if (isInstructions(doc.source(), doc.lang)) {
    return { product: { kind: 'proposal', draft: draftOf(readInstructions(doc.source(), doc.fields, doc.lang), doc.lang.code) }, notices };
  }
  const read = textOf(doc, options.view);
  return { product: { kind: 'resolution', parsed: read.parsed }, notices: [...notices, ...furnitureNotice(input.file, read.furniture)] };
}

/** One view of a marked-up input (every change accepted, or every change rejected). */
export function viewInput(input: Input, view: View, options: ReadOptions = {}): { parsed: Parsed; notices: Notice[] } {
  const notices: Notice[] = [];
  const read = textOf(documentOf(input, options, notices), view);
  return { parsed: read.parsed, notices: [...notices, ...furnitureNotice(input.file, read.furniture)] };
}

/** The one resolution an input holds (the base of apply and draft). */
export function resolutionInput(input: Input, options: ReadOptions = {}): { resolution: Resolution; notices: Notice[] } {
  const notices: Notice[] = [];
  const read = textOf(documentOf(input, options, notices));
  return { resolution: single(read.parsed, input.file, 'the proposals amend'), notices: [...notices, ...furnitureNotice(input.file, read.furniture)] };
}

export interface ProposalsRead {
  /** the proposals the input holds that concern the base, as changes against it */
  proposals: Proposal[];
  /** changes a rebase did not apply, one line each */
  refused: string[];
  notices: Notice[];
}

/** The proposals of an input in any form (a contribution may hold several), as changes against `base`. */
export function proposalInput(input: Input | InputDocument, base: Resolution, options: ProposalOptions = {}): ProposalsRead {
  const out: ProposalsRead = { proposals: [], refused: [], notices: [] };
  const doc = 'source' in input ? input : documentOf(input, { ...options, lang: options.lang ?? base.lang }, out.notices);
  for (const source of readProposalDocument(doc, options.form)) {
    const derived = proposalAgainst(source, base, tableFor(base), options.rebase === true);
    if (derived.proposal) out.proposals.push(derived.proposal);
    out.refused.push(...derived.refused);
    out.notices.push(...derived.notices);
  }
  if (out.proposals.length === 0) throw new InputError(`holds no proposal on ${base.title ?? 'the base'}`, doc.file, undefined, 'check that it amends this resolution');
  return out;
}

export interface ApplyResult extends Applied {
  /** changes a rebase did not apply, one line each */
  refused: string[];
  notices: Notice[];
}

/**
 * Apply proposal inputs, in order, to a base input. Proposals that conflict (the same words
 * changed differently, MOD against SUP, two ADDs at one place, the same proposal twice) throw a
 * ConflictError and nothing is applied, unless `order`; changes to different words combine.
 */
export function applyInputs(base: Input, proposals: readonly Input[], options: ProposalOptions = {}): ApplyResult {
  const { resolution, notices } = resolutionInput(base, options);
  const refused: string[] = [];
  const read = proposals.flatMap((p) => {
    const derived = proposalInput(p, resolution, options);
    refused.push(...derived.refused);
    notices.push(...derived.notices);
    return derived.proposals;
  });
  const combined = combine(resolution, read, tableFor(resolution), { order: options.order === true });
  if (combined.conflicts.length > 0) throw new ConflictError(combined.conflicts);
  const { warnings, ...result } = applied(resolution, combined.proposals);
  return { ...result, refused, notices: [...notices, ...combined.notes.map((n) => `note: ${n}`), ...warnings] };
}

/**
 * Compare two inputs, or two folders of them paired by name. The revised side may be a proposal
 * in any form: its changes are applied to the base first, so that the redline shows them.
 */
export function diffPaths(base: string, revised: string, options: ReadOptions & CompareOptions = {}): { diffs: FileDiff[]; notices: Notice[] } {
  const diffs: FileDiff[] = [];
  const notices: Notice[] = [];
  for (const pair of inputPairs(base, revised)) {
    let a: Parsed | null = null;
    const baseFile = pair.base ?? base;
    if (pair.base !== null) {
      const read = parseInput(readInput(pair.base), options);
      if (read.product.kind !== 'resolution') throw new InputError('a proposal in the instructions form is not a text to compare', pair.base, undefined, 'give the text it amends as BASE, and the proposal as REVISED');
      notices.push(...read.notices);
      a = read.product.parsed;
    }
    const b = pair.revised === null ? null : revisedOf(readInput(pair.revised), a, baseFile, options, notices);
    const left = a ?? nothingLike(b as Parsed);
    for (const d of compare(left, b ?? nothingLike(left), options)) diffs.push({ ...d, file: pair.file });
  }
  return { diffs, notices };
}

/** The revised side of a diff: a text, or an instructions proposal applied to the base. */
function revisedOf(input: Input, base: Parsed | null, baseFile: string, options: ReadOptions, notices: Notice[]): Parsed {
  const doc = documentOf(input, { ...options, lang: options.lang ?? base?.lang }, notices);
  if (!isInstructions(doc.source(), doc.lang)) {
    const read = textOf(doc);
    notices.push(...furnitureNotice(input.file, read.furniture));
    return read.parsed;
  }
  if (!base) throw new InputError('a proposal in the instructions form needs a base text to be compared with', input.file);
  const resolution = single(base, baseFile, 'the proposal amends');
  const derived = proposalInput(doc, resolution, options);
  const result = applied(resolution, derived.proposals);
  notices.push(...derived.notices, ...result.warnings);
  return result.resolution;
}

/** Nothing, shaped like the other side's documents: a file on one side only is all ADD or all SUP. */
function nothingLike(parsed: Parsed): Parsed {
  return { kind: 'collection', lang: parsed.lang, documents: documentsOf(parsed).map(emptyLike) };
}

/** The proposal that turns the base input into the revised one. */
export function draftInputs(base: Input, revised: Input, options: ReadOptions & DraftOptions & { updateCitations?: Catalogue } = {}): { draft: Draft; notices: Notice[] } {
  const a = resolutionInput(base, options);
  const b = resolutionInput(revised, { ...options, lang: options.lang ?? a.resolution.lang });
  const lang = tableFor(a.resolution);
  let target = b.resolution;
  let reasons = options.reasons;
  const notices = [...a.notices, ...b.notices];
  if (options.updateCitations) {
    // each outdated citation cited anew, the clause's MOD explaining why, unless --reasons says otherwise
    const updated = updateCitations(target, options.updateCitations, lang);
    target = updated.resolution;
    const byId = new Map(clausesOf(a.resolution).map((c) => [c.id, c]));
    const given = new Map(reasons ?? []);
    for (const u of updated.updates) {
      const clause = byId.get(u.clause);
      const reference = clause ? referenceOf(clause, byId, lang.referenceWords) : `${lang.referenceWords.footnote} ${u.clause.replace(/^footnote\//u, '')}`;
      const why = lang.words.citationReasons.replace('{from}', u.from).replace('{to}', u.to);
      if (!(options.reasons?.has(reference) ?? false)) given.set(reference, given.has(reference) ? `${given.get(reference) ?? ''} ${why}` : why);
      notices.push(`note: ${revised.file}: ${reference}: cites ${u.to} instead of ${u.from}`);
    }
    reasons = given;
  }
  const draft = draftProposal(a.resolution, target, { file: revised.file, ...options, ...(reasons ? { reasons } : {}) }, lang);
  return { draft, notices: [...notices, ...draft.warnings.map((w) => `warning: ${revised.file}: ${w}`)] };
}

export interface MergeResult {
  merge: Merge;
  /** changes a rebase did not apply, one line each */
  refused: string[];
  notices: Notice[];
}

/** The resolution a proposal is on: the number its text, its declared base or its cover gives. */
function numberOf(source: ProposalSource, lang: Language): string | null {
  if (source.form !== 'instructions') return (source.rejected ?? source.revised).number;
  const p = source.proposal;
  for (const text of [p.base, p.contribution?.title]) {
    const named = text ? declaredBase(text, lang) : null;
    if (named) return named.number;
  }
  return null;
}

/**
 * Merge every proposal on a base (one resolution, or a collection: each proposal goes to the
 * resolution it names). Nothing is applied to the inputs: the result lists each clause with its
 * proposals and status, and a merged draft. A proposal on another base revision is refused.
 */
export function mergeInputs(base: Input, proposals: readonly Input[], options: ProposalOptions & { date?: string } = {}): MergeResult {
  const notices: Notice[] = [];
  const read = textOf(documentOf(base, options, notices));
  notices.push(...furnitureNotice(base.file, read.furniture));
  const docs = documentsOf(read.parsed);
  const parts: MergePart[] = docs.map((res) => ({ base: res, proposals: [], lang: tableFor(res) }));
  const refused: string[] = [];
  for (const input of proposals) {
    const doc = documentOf(input, { ...options, lang: options.lang ?? read.parsed.lang }, notices);
    let found = 0;
    const aside: string[] = [];
    for (const source of readProposalDocument(doc, options.form)) {
      const number = docs.length > 1 ? numberOf(source, tableFor(read.parsed)) : null;
      const part = docs.length === 1 ? parts[0] : parts.find((p) => p.base.number !== null && p.base.number.toLocaleUpperCase() === number?.toLocaleUpperCase());
      if (!part) {
        aside.push(number ? `concerns resolution ${number}, which is not in the base` : 'names no resolution of the base');
        continue;
      }
      const derived = proposalAgainst(source, part.base, part.lang, options.rebase === true);
      if (derived.proposal) {
        part.proposals.push(derived.proposal);
        found++;
      }
      refused.push(...derived.refused);
      notices.push(...derived.notices);
    }
    if (found === 0) {
      const what = docs.length === 1 ? (docs[0]?.title ?? 'the base') : `any resolution of the base${aside.length > 0 ? ` (it ${[...new Set(aside)].join('; ')})` : ''}`;
      throw new InputError(`holds no proposal on ${what}`, input.file, undefined, docs.length === 1 ? 'check that it amends this resolution' : 'name the resolution it amends: base: Resolution N (Rev. …) in its front matter');
    }
    notices.push(...aside.map((a) => `note: ${input.file}: a proposal ${a}: left aside`));
  }
  const merged = merge(parts, options.date ? { date: options.date } : {});
  return { merge: merged.merge, refused, notices: [...notices, ...merged.warnings.map((w) => `warning: ${w}`)] };
}

/** A text as lint rules see it: its tree, its paragraphs with their lines, the marks it still carries. */
export function lintInput(input: Input, options: ReadOptions & { catalogue?: Catalogue | null } = {}): LintInput {
  const doc = readDocument(input, options);
  const read = textOf(doc);
  const documents = documentsOf(read.parsed);
  const { paragraphs } = read;
  const proposal = read.furniture.marks.length > 0 || read.furniture.reasons.length > 0;
  return { file: input.file, documents, paragraphs, lines: clauseLines(documents, paragraphs), marking: doc.marking, lang: doc.lang, catalogue: options.catalogue ?? null, proposal };
}

const MARKS = { revisions: 'Word tracked changes', formatting: 'underlined or struck-through text', criticmarkup: 'CriticMarkup or <ins>/<del> marks' } as const;

/**
 * Is `expected` the base with the proposals applied? The proposals are applied as `apply` does
 * (conflicts throw a ConflictError), then compared clause by clause with the consolidated text.
 * A file that still carries marks is no consolidated text: not ok, saying why.
 */
export function checkInputs(base: Input, proposals: readonly Input[], expected: Input, options: ProposalOptions & { ignoreQuotes?: boolean } = {}): { report: CheckReport; notices: Notice[] } {
  const applied = applyInputs(base, proposals, options);
  const notices = [...applied.notices, ...applied.refused.map((r) => `refused: ${r}`)];
  const doc = readDocument(expected, { lang: options.lang ?? applied.resolution.lang });
  if (doc.marking !== null) {
    const what = MARKS[doc.marking];
    return { report: { ok: false, file: expected.file, mismatches: [], unconsolidated: `still carries ${what}: it is not a consolidated text; accept or reject them (redline accept) and check the result` }, notices };
  }
  const read = textOf(doc);
  const consolidated = single(read.parsed, expected.file, 'the proposals consolidate');
  const [lines] = clauseLines([consolidated], read.paragraphs);
  const mismatches = checkConsolidated(applied.resolution, consolidated, { ignoreQuotes: options.ignoreQuotes === true, words: tableFor(consolidated).referenceWords, ...(lines ? { lines } : {}) });
  return { report: { ok: mismatches.length === 0 && applied.refused.length === 0, file: expected.file, mismatches, unconsolidated: null }, notices };
}

/** Lint files: each rule's findings, with the severities asked for. */
export function lintInputs(inputs: readonly Input[], options: ReadOptions & { severities?: Partial<Record<RuleId, Severity>>; catalogue?: Catalogue | null } = {}): Finding[] {
  return inputs.flatMap((input) => lint(lintInput(input, options), options.severities ?? {}));
}

/** A catalogue of the resolutions the inputs hold (a collection holds several). */
export function catalogueInputs(inputs: readonly Input[], options: ReadOptions = {}): Catalogue {
  const documents = inputs.flatMap((input) => documentsOf(textOf(readDocument(input, options)).parsed).map((resolution) => ({ file: input.file, resolution })));
  if (documents.length === 0) throw new InputError('no resolution to catalogue', inputs[0]?.file);
  return catalogueOf(documents, tableFor(documents[0]?.resolution as Resolution));
}


/**
 * Two language versions of one resolution: the same clauses? Each is read in its own language
 * (detected, or `langs` in order); a marked-up file is read as it would read once its marks are
 * accepted.
 */
export function alignInputs(a: Input, b: Input, options: Omit<ReadOptions, 'lang'> & { langs?: readonly (string | undefined)[] } = {}): VersionReport {
  const version = (input: Input, lang: string | undefined): { version: Version; side: Omit<VersionSide, 'clauses'> } => {
    const read = textOf(readDocument(input, { ...options, lang }));
    const res = single(read.parsed, input.file, 'to align');
    const [lines] = clauseLines([res], read.paragraphs);
    return { version: { res, lang: tableFor(res), ...(lines ? { lines } : {}) }, side: { file: input.file, lang: res.lang } };
  };
  const va = version(a, options.langs?.[0]);
  const vb = version(b, options.langs?.[1]);
  const { gaps, order, numbers, clauses } = compareVersions(va.version, vb.version);
  return {
    ok: gaps.length === 0 && order.length === 0 && numbers === null,
    a: { ...va.side, clauses: clauses.a },
    b: { ...vb.side, clauses: clauses.b },
    gaps,
    order,
    numbers,
  };
}
