/** The job of `check`: is a consolidated text the base with the proposals applied? */
import { checkConsolidated } from '../engine/check.js';
import type { CheckReport } from '../model/check.js';
import { readDocument } from '../readers/document.js';
import type { Input } from '../readers/input.js';
import { clauseLines } from '../readers/lines.js';
import { textOf } from '../readers/read.js';
import { single, tableFor, type Notice } from './inputs.js';
import { applyInputs, type ProposalOptions } from './proposals.js';

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
