/** Proposals as changes against their base, and applied to it: the jobs of `apply`. */
import { applyProposals, type Applied } from '../engine/apply.js';
import { combine, ConflictError } from '../engine/combine.js';
import { proposalAgainst } from '../engine/proposal.js';
import { InputError } from '../model/errors.js';
import type { Proposal } from '../model/proposal.js';
import type { Resolution } from '../model/resolution.js';
import type { InputDocument, ReadOptions } from '../readers/document.js';
import type { Input } from '../readers/input.js';
import type { Reading } from '../readers/proposal.js';
import { readProposalDocument } from '../readers/proposal.js';
import { documentOf, resolutionInput, tableFor, type Notice } from './inputs.js';

export interface ProposalOptions extends ReadOptions {
  /** apply in the order given, the later proposal winning each conflict, instead of refusing conflicts */
  order?: boolean;
  /** the form to read it in (`whole`: a clean text that is the whole resolution); decided from the content when absent */
  form?: Reading;
  /** a marked-up proposal drafted on another text: apply the changes whose clauses did not change */
  rebase?: boolean;
}

/** Apply proposals already read and checked, with the warnings applying gives. */
export function applied(base: Resolution, proposals: readonly Proposal[]): Applied & { warnings: Notice[] } {
  const result = applyProposals(base, proposals, tableFor(base));
  return { ...result, warnings: result.notes.map((n) => `warning: ${n.clause}: ${n.message}`) };
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
