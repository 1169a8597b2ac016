/**
 * The one route from (base, revised) to a drafted proposal: the changes in the instructions
 * form (MOD / ADD / SUP with their reasons) and the redline a Word proposal shows, its revisions
 * authored by the proposer. Writers lay the draft out in any format.
 */
import type { Language } from '../model/language.js';
import type { Cover, Draft, Proposal } from '../model/proposal.js';
import type { Resolution } from '../model/resolution.js';
import { compareResolutions } from './compare.js';
import { derive } from './derive.js';
import { runningTitle } from '../model/title.js';

export type { Cover, Draft } from '../model/proposal.js';

export interface DraftOptions extends Partial<Cover> {
  /** reasons by reference as the proposal writes it (`considering a)`), `*` for every other change */
  reasons?: ReadonlyMap<string, string>;
  /** who made the revisions of the marked-up form (default: the proposer, else `redline`) */
  author?: string;
  /** ISO date and time of those revisions (default: the proposal's date) */
  revisionDate?: string;
  /** the name of the revised text, for messages */
  file?: string;
}

export function draftProposal(base: Resolution, revised: Resolution, options: DraftOptions, lang: Language): Draft {
  const title = base.title ? lang.words.proposalsTitle.replace('{title}', runningTitle(base.title)) : null;
  const cover: Cover = {
    proposer: options.proposer ?? null,
    reference: options.reference ?? null,
    date: options.date ?? null,
    meeting: options.meeting ?? null,
    document: options.document ?? null,
    original: options.original ?? lang.name,
    title: options.title ?? title,
  };
  const reasons = options.reasons ?? new Map<string, string>();
  const { proposal: derived, warnings } = derive(base, revised, { proposer: cover.proposer, reference: cover.reference, date: cover.date, base: cover.title, form: 'instructions', file: options.file ?? '-' }, lang);
  const proposal: Proposal = {
    ...derived,
    changes: derived.changes.map((c) => {
      const given = c.reasons ?? reasons.get(c.reference) ?? reasons.get('*');
      return given === undefined ? c : { ...c, reasons: given };
    }),
  };
  const author = options.author ?? cover.proposer ?? 'redline';
  const date = options.revisionDate ?? (cover.date ? `${cover.date}T00:00:00Z` : undefined);
  const { redline } = compareResolutions(base, revised, { author, ...(date ? { date } : {}) });
  return { cover, proposal, redline, reasons, lang: base.lang, warnings };
}
