/**
 * Who a proposal is from, as a compilation names it: the proposer's symbol (the group of its
 * proposal numbers: `RCC` in `RCC/14/3`), each change's proposal number (one is made from the
 * document reference when the proposal has none), and the date of submission.
 */
import { PROPOSAL_NUMBER, type Proposal, type ProposalChange } from '../../model/proposal.js';

export interface Identity {
  proposer: string;
  /** the proposer as its documents name it */
  name: string | null;
  /** `YYYY-MM-DD`, or null when the proposal gives no date that reads as one */
  date: string | null;
  numberOf(change: ProposalChange): string;
  /** `file:line`, for people */
  sourceOf(change: ProposalChange): string;
}

function stem(file: string): string {
  const name = file.split(/[\\/]/u).pop() ?? file;
  return name.replace(/\.[^.]+$/u, '') || name;
}

/** `Document 25(Add.3)-E` → `25(Add.3)`, `CWG-COP-14/3-E` → `CWG-COP-14/3`; else the file's name. */
function documentSymbol(p: Proposal): string {
  const doc = p.contribution?.document?.trim();
  if (!doc) return stem(p.file);
  return doc.replace(/^(?:document|doc\.)\s+/iu, '').replace(/-[A-Z]$/u, '');
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `2022-08-02` or `2 August 2022` as `2022-08-02`; anything else is no date. */
export function isoDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/u.exec(text);
  if (iso) return iso[0];
  const words = /\b(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\b/u.exec(text);
  const month = words ? MONTHS.indexOf((words[2] as string).toLowerCase()) : -1;
  if (!words || month < 0) return null;
  return `${words[3] as string}-${String(month + 1).padStart(2, '0')}-${(words[1] as string).padStart(2, '0')}`;
}

/**
 * The identities of proposals read from one or several files. A proposal without a number gets
 * `<document>/<n>`, n counting the unnumbered proposals of its file.
 */
export function identify(proposals: readonly Proposal[]): Identity[] {
  const unnumbered = new Map<string, number>();
  return proposals.map((p) => {
    const numbered = p.changes.find((c) => c.number)?.number ?? p.reference;
    let fallback = p.reference;
    if (!fallback) {
      const n = (unnumbered.get(p.file) ?? 0) + 1;
      unnumbered.set(p.file, n);
      fallback = `${documentSymbol(p)}/${n}`;
    }
    const symbol = numbered && PROPOSAL_NUMBER.test(numbered) ? numbered.split('/')[0] : null;
    const name = p.proposer ?? p.contribution?.source ?? null;
    const number = fallback;
    return {
      proposer: symbol ?? name ?? stem(p.file),
      name,
      date: isoDate(p.date) ?? isoDate(p.contribution?.date),
      numberOf: (c) => c.number ?? number,
      sourceOf: (c) => `${p.file}${c.line ? `:${c.line}` : ''}`,
    };
  });
}
