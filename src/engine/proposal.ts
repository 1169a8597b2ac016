/**
 * A proposal meets its base. Instructions are taken as they are; a whole text (marked-up or
 * clean) becomes changes against the base. A marked-up text whose rejected view is not the base
 * was drafted on another text: refused, naming the clauses, unless rebasing, which keeps the
 * changes whose clauses read the same in both.
 */
import { clausesOf } from '../model/clauses.js';
import { InputError } from '../model/errors.js';
import type { Language } from '../model/language.js';
import type { Proposal, ProposalChange, ProposalSource, ProposalText } from '../model/proposal.js';
import type { Resolution } from '../model/resolution.js';
import { compareResolutions } from './compare.js';
import { deriveProposal } from './derive.js';

export class StaleBaseError extends InputError {
  override readonly name: string = 'StaleBaseError';
  constructor(
    readonly clauses: string[],
    file: string,
  ) {
    super(
      `drafted on another text than the base: ${clauses.slice(0, 4).join(', ')}${clauses.length > 4 ? ` and ${clauses.length - 4} more` : ''}`,
      file,
      undefined,
      'check the base, or use --rebase to apply the changes whose clauses did not change',
    );
  }
}

export interface Derived {
  proposal: Proposal;
  /** changes a rebase did not apply, one line each */
  refused: string[];
}

/** Where the proposal's own base differs from the base: `considering/c ("-mobile +smart")`. */
export function staleClauses(base: Resolution, drafted: Resolution): string[] {
  return compareResolutions(base, drafted)
    .comparison.changes.filter((c) => c.op !== 'NOC')
    .map((c) => {
      const words = (c.words ?? []).filter((s) => s.op !== 'equal').map((s) => `${s.op === 'insert' ? '+' : '-'}${s.text}`).join(' ');
      return `${c.base ?? c.revised} ("${words.length > 60 ? `${words.slice(0, 57)}...` : words}")`;
    });
}

/** The proposal as changes against `base`. */
export function proposalAgainst(source: ProposalSource, base: Resolution, lang: Language, rebase = false): Derived {
  if (source.form === 'instructions') return { proposal: source.proposal, refused: [] };
  return proposalFromText(source, base, lang, rebase);
}

function proposalFromText(source: ProposalText, base: Resolution, lang: Language, rebase: boolean): Derived {
  const { revised, rejected, reasons, meta } = source;
  const finish = (p: Proposal): Proposal => withReasons({ ...p, revision: meta.revision }, reasons);
  if (!rejected) return { proposal: finish(deriveProposal(base, revised, meta, lang)), refused: [] };
  const stale = staleClauses(base, rejected);
  if (stale.length === 0) return { proposal: finish(deriveProposal(base, revised, meta, lang)), refused: [] };
  if (!rebase) throw new StaleBaseError(stale, meta.file);
  const own = deriveProposal(rejected, revised, meta, lang);
  const baseText = new Map(clausesOf(base).map((c) => [c.id, c.text]));
  const ownText = new Map(clausesOf(rejected).map((c) => [c.id, c.text]));
  const refused: string[] = [];
  const kept: ProposalChange[] = [];
  for (const c of own.changes) {
    const id = c.target ?? '';
    if (c.op === 'ADD' || (baseText.has(id) && baseText.get(id) === ownText.get(id))) kept.push(c);
    else refused.push(`${meta.file}: ${c.op} ${c.reference}: the clause reads differently in the base; not applied`);
  }
  return { proposal: finish({ ...own, changes: kept }), refused };
}

function withReasons(p: Proposal, reasons: string[]): Proposal {
  if (reasons.length === 0) return p;
  // One Reasons paragraph for a whole marked-up text explains all its changes.
  const text = reasons.join('\n');
  return { ...p, changes: p.changes.map((c) => ({ ...c, reasons: c.reasons ?? text })) };
}
