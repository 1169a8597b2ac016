/** The secretariat's job: every proposal on a base, merged clause by clause. */
import { declaredBase } from '../engine/base.js';
import { merge, type MergePart } from '../engine/merge.js';
import { proposalAgainst } from '../engine/proposal.js';
import { InputError } from '../model/errors.js';
import type { Language } from '../model/language.js';
import type { Merge } from '../model/merge.js';
import type { ProposalSource } from '../model/proposal.js';
import { documentsOf } from '../model/resolution.js';
import type { Input } from '../readers/input.js';
import { readProposalDocument } from '../readers/proposal.js';
import { textOf } from '../readers/read.js';
import { documentOf, furnitureNotice, tableFor, type Notice } from './inputs.js';
import type { ProposalOptions } from './proposals.js';

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
