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
  /** the proposal number this change belongs to, when a file holds several (`MOD RCC/14/3 considering c)`) */
  number?: string;
}

/** The cover of a contribution document: who sends it, to which meeting, and why. */
export interface Contribution {
  /** the body and meeting: `Council Working Group on Child Online Protection, Fourteenth meeting` */
  meeting: string | null;
  /** the document symbol: `CWG-COP-14/3-E`, `25(Add.3)-E` */
  document: string | null;
  date: string | null;
  /** the original language, as written (`Russian`) */
  original: string | null;
  /** the source: one or several Member States, or a regional group */
  source: string | null;
  /** `Proposals on revision of Resolution 179 (Rev. Busan, 2014)` */
  title: string | null;
  /** the introduction, a paragraph each: the proposal's explanation */
  introduction: string[];
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
  /** the cover of the contribution it came in, when it came in one */
  contribution?: Contribution;
  changes: ProposalChange[];
}

export type ProposalMeta = Pick<Proposal, 'proposer' | 'reference' | 'date' | 'base' | 'form' | 'file' | 'contribution'>;

/**
 * A proposal that came as a text (a whole resolution, or the provisions it changes), before it
 * is turned into changes against the base.
 */
export interface ProposalText {
  /** the mark before the text: MOD (a text with its changes), ADD (new provisions), SUP, NOC */
  mark: Mark;
  /** the proposed text (the accepted view of a marked-up text) */
  revised: Resolution;
  /** the text it was drafted on (the rejected view), or null for a clean text */
  rejected: Resolution | null;
  /**
   * a clean text read as the whole resolution, what it leaves out suppressed (`--form whole`: true),
   * or as an excerpt, what it leaves out untouched (`--form revised`: false); null: decided from it
   */
  whole: boolean | null;
  /** `Reasons:` paragraphs found with the text */
  reasons: string[];
  /** where the text starts in the file, for messages */
  line?: number;
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

/** The cover of a drafted proposal: who sends it, to which meeting, under which number, when. */
export interface Cover {
  proposer: string | null;
  /** the proposal number, e.g. `RCC/14A1/1` */
  reference: string | null;
  /** the date of the proposal, `YYYY-MM-DD` */
  date: string | null;
  /** the body and meeting it goes to */
  meeting: string | null;
  /** the document symbol, e.g. `CWG-COP-14/3-E` */
  document: string | null;
  /** the original language, as the cover names it (`English`) */
  original: string | null;
  /** `Proposals on revision of Resolution 179 (Rev. Busan, 2014)`: the base it was drafted on */
  title: string | null;
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
  /** what the drafter should know: clauses of the revised text that keep a stale cross-reference */
  warnings: string[];
}

/** A proposal read as instructions, as a draft with no marked-up form. */
export function draftOf(proposal: Proposal, lang: string): Draft {
  const c = proposal.contribution;
  const cover: Cover = {
    proposer: proposal.proposer,
    reference: proposal.reference,
    date: proposal.date,
    meeting: c?.meeting ?? null,
    document: c?.document ?? null,
    original: c?.original ?? null,
    title: c?.title ?? proposal.base,
  };
  return { cover, proposal, redline: null, reasons: new Map(), lang, warnings: [] };
}
