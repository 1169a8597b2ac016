/**
 * Who a proposal is from, as a compilation names it: the proposer's symbol (the group of its
 * proposal numbers: `RCC` in `RCC/14/3`), each change's proposal number (one is made from the
 * document reference when the proposal has none), and the date of submission.
 */
import type { Language } from '../../model/language.js';
import { westernDigits } from '../citations.js';
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

/** A number in the language's digits (`١٥`) or Western ones, as a number. */
const numberIn = (text: string, lang: Language): number => Number(westernDigits(text, lang));

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * A date as contributions write it, as `YYYY-MM-DD`: `2022-08-02`, `2 August 2022`, `15 de
 * diciembre de 2017`, `15 декабря 2017 года` (the month names of the language table, English
 * too), `2017年12月15日`; anything else is no date.
 */
export function isoDate(text: string | null | undefined, lang: Language): string | null {
  if (!text) return null;
  const dashed = /\b(\d{4})-(\d{2})-(\d{2})\b/u.exec(text);
  if (dashed) return dashed[0];
  const han = /(\p{N}{4})\s*年\s*(\p{N}{1,2})\s*月\s*(\p{N}{1,2})\s*日/u.exec(text);
  if (han) return iso(numberIn(han[1] ?? '', lang), numberIn(han[2] ?? '', lang), numberIn(han[3] ?? '', lang));
  const words = /(?<![\p{N}])(\p{N}{1,2})\p{L}*\.?\s+(?:\p{L}+\s+)?(\p{L}+)\s+(?:\p{L}+\s+)?(\p{N}{4})(?!\p{N})/u.exec(text);
  if (!words) return null;
  const name = (words[2] ?? '').toLocaleLowerCase();
  const month = [lang.months, ENGLISH_MONTHS].map((names) => (names ?? []).findIndex((n) => n.split('|').some((v) => v.toLocaleLowerCase() === name))).find((m) => m >= 0);
  return month === undefined ? null : iso(numberIn(words[3] ?? '', lang), month + 1, numberIn(words[1] ?? '', lang));
}

const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The identities of proposals read from one or several files. A proposal without a number gets
 * `<document>/<n>`, n counting the unnumbered proposals of its file.
 */
export function identify(proposals: readonly Proposal[], langs: readonly Language[]): Identity[] {
  const unnumbered = new Map<string, number>();
  return proposals.map((p, k) => {
    const lang = langs[k] as Language;
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
      date: isoDate(p.date, lang) ?? isoDate(p.contribution?.date, lang),
      numberOf: (c) => c.number ?? number,
      sourceOf: (c) => `${p.file}${c.line ? `:${c.line}` : ''}`,
    };
  });
}
