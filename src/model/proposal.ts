/**
 * A proposal: what a delegation or regional group asks to change in a resolution. Every form it
 * arrives in (instructions, a marked-up text, a clean revised text) becomes this.
 */
import type { Op } from './comparison.js';
import type { Block, Item, Resolution } from './resolution.js';

export type ProposalForm = 'instructions' | 'markup' | 'revised';

export interface ProposalChange {
  op: Op | '(MOD)';
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
