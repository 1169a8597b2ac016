/** The job of `draft`: the proposal that turns one text into another. */
import { draftProposal, type Draft, type DraftOptions } from '../engine/draft.js';
import { updateCitations } from '../engine/update-citations.js';
import type { Catalogue } from '../model/catalogue.js';
import { clausesOf, referenceOf } from '../model/clauses.js';
import type { ReadOptions } from '../readers/document.js';
import type { Input } from '../readers/input.js';
import { resolutionInput, tableFor, type Notice } from './inputs.js';

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
