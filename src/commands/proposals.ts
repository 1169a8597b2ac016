/** Reading proposal files for apply (and later merge and check): one-line errors naming the file. */
import { ApplyError, applyProposals, type Applied } from '../engine/apply.js';
import { proposalFromText, StaleBaseError } from '../engine/proposal.js';
import { InputError } from '../model/errors.js';
import type { Language } from '../model/language.js';
import type { Proposal, ProposalForm } from '../model/proposal.js';
import type { Resolution } from '../model/resolution.js';
import { decodeText } from '../readers/decode.js';
import { readDocx } from '../readers/docx.js';
import { readProposalDocx, readProposalText } from '../readers/proposal.js';
import { checkMarks, type MarksOption } from './marks.js';
import { formatOf, readInput } from '../readers/read.js';

export interface ProposalFlags {
  proposalForm?: ProposalForm;
  rebase?: boolean;
  marks?: MarksOption;
}

export const FORMS: readonly ProposalForm[] = ['instructions', 'markup', 'revised'];

export function checkForm(form: string | undefined): ProposalForm | undefined {
  if (form === undefined) return undefined;
  if (!FORMS.includes(form as ProposalForm)) throw new InputError(`unknown --proposal-form "${form}"`, undefined, undefined, `use ${FORMS.join(', ')}`);
  return form as ProposalForm;
}

export function readProposals(files: readonly string[], base: Resolution, lang: Language, flags: ProposalFlags): { proposals: Proposal[]; refused: string[] } {
  const proposals: Proposal[] = [];
  const refused: string[] = [];
  for (const file of files) {
    const bytes = readInput(file);
    const format = formatOf(file, bytes);
    const source = format === 'docx'
      ? readProposalDocx(readDocx(bytes, file, { marks: checkMarks(flags.marks) }), file, lang, checkForm(flags.proposalForm))
      : readProposalText(decodeText(bytes, file), file, format, lang, checkForm(flags.proposalForm));
    if (source.form === 'instructions') {
      proposals.push(source.proposal);
      continue;
    }
    try {
      const derived = proposalFromText(source, base, lang, flags.rebase === true);
      proposals.push(derived.proposal);
      refused.push(...derived.refused.map((r) => `${file}: ${r}`));
    } catch (e) {
      if (e instanceof StaleBaseError) throw new InputError(e.message, file, undefined, 'check the base, or use --rebase to apply the changes whose clauses did not change');
      throw e;
    }
  }
  return { proposals, refused };
}

/** Apply in order; a change that cannot be applied names its proposal file and line. */
export function applyAll(base: Resolution, proposals: readonly Proposal[], lang: Language): Applied {
  try {
    return applyProposals(base, proposals, lang);
  } catch (e) {
    if (e instanceof ApplyError) {
      const owner = proposals.find((p) => p.changes.includes(e.change));
      throw new InputError(`${e.change.op} ${e.change.reference}: ${e.message}`, owner?.file, e.change.line, e.hint);
    }
    throw e;
  }
}
