/**
 * A proposal: what a delegation or regional group asks to change in a resolution. Every form it
 * arrives in (instructions, a marked-up text, a clean revised text) becomes this.
 */
import type { Op } from './comparison.js';
import type { RedlineDocument } from './redline.js';
import type { Block, Item, Resolution } from './resolution.js';

export type ProposalForm = 'instructions' | 'markup' | 'revised';

export interface ProposalChange {
  op: Mark;
  /**
   * What the change is about, as written in the proposal (`considering a)`, `resolves 3 ii)`,
   * `recalling further`, `title`), or the clause id when the change was derived by comparison.
   */
  reference: string;
  /** the clause id in the base, once the reference is resolved; for ADD the id of the new place */
  target?: string;
  /** new text of an item, title, subtitle or formula, or the new heading of a block */
  text?: string;
  /** the item's label as the proposal writes it, when it writes one (`(a)` for `a)`: an editorial change) */
  labelText?: string;
  /** sub-items given with a MOD or ADD of an item */
  items?: Item[];
  /** a whole new block (ADD of a block) */
  block?: Block;
  /** for an added block: the id of the base block it follows (null: at the start of its part) */
  after?: string | null;
  reasons?: string;
  /** where the change starts in the proposal file, for messages */
  line?: number;
}

export interface Proposal {
  /** `Russian Federation`, `RCC`; from front matter, revision authors or --proposer */
  proposer: string | null;
  /** the proposal number, e.g. `RCC/14A1/1` */
  reference: string | null;
  date: string | null;
  /** the new revision tag (`Rev. Dubai, 2018`): updates the title and the enacting formula */
  revision: string | null;
  /** what the proposal was drafted on, as stated (`Resolution 179 (Rev. Busan, 2014)`) */
  base: string | null;
  form: ProposalForm;
  file: string;
  changes: ProposalChange[];
}

export type ProposalMeta = Pick<Proposal, 'proposer' | 'reference' | 'date' | 'base' | 'form' | 'file'>;

/** A proposal that came as a whole text, before it is turned into changes against the base. */
export interface ProposalText {
  /** the proposed text (the accepted view of a marked-up text) */
  revised: Resolution;
  /** the text it was drafted on (the rejected view), or null for a clean revised text */
  rejected: Resolution | null;
  /** `Reasons:` paragraphs found in the text */
  reasons: string[];
  meta: ProposalMeta & Pick<Proposal, 'revision'>;
}

/** A proposal as read, before it meets its base: instructions are ready; whole texts are not. */
export type ProposalSource = { form: 'instructions'; proposal: Proposal } | ({ form: 'markup' | 'revised' } & ProposalText);

/**
 * A line that opens a change: `MOD considering a)`, `ADD recalling further`, `SUP resolves 2`,
 * `NOC title`; or a proposal mark before a whole text, alone or with its number (`MOD RCC/14A1/1`).
 * `ADD*` and `SUP*` (text brought in from, or moved to, elsewhere) read as ADD and SUP.
 */
export const CHANGE_LINE = /^(?<op>\(MOD\)|MOD|ADD|SUP|NOC)\*?(?:[ \t]+(?<ref>\S.*?))?\s*$/u;

/** A proposal number: `RCC/14A1/1`, `EUR/25/7`, `USA/16/47`. */
export const PROPOSAL_NUMBER = /^[A-Z]{2,6}\/[0-9A-Z]+(?:A\d+)?\/\d+$/u;

export type Mark = Op | '(MOD)';

export interface ChangeLine {
  op: Mark;
  /** what follows the mark: a clause reference, a proposal number, or nothing */
  rest: string | null;
}

export function changeLine(text: string): ChangeLine | null {
  const m = CHANGE_LINE.exec(text.trim());
  if (!m?.groups) return null;
  return { op: m.groups['op'] as Mark, rest: m.groups['ref'] ?? null };
}

/** Who sends a drafted proposal, under which number, when. */
export interface Cover {
  proposer: string | null;
  /** the proposal number, e.g. `RCC/14A1/1` */
  reference: string | null;
  /** the date of the proposal, `YYYY-MM-DD` */
  date: string | null;
}

/** A drafted proposal: its changes, and the marked-up text a Word proposal shows. */
export interface Draft {
  cover: Cover;
  /** the changes, in the instructions form; reasons given are filled in */
  proposal: Proposal;
  /** the marked-up form: the whole text with its changes; null for a proposal read as instructions */
  redline: RedlineDocument | null;
  reasons: ReadonlyMap<string, string>;
  lang: string;
}
