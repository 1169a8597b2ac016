/** What the steps of applying one proposal share: the working tree and what the proposal did to it. */
import { InputError } from '../../model/errors.js';
import type { Language } from '../../model/language.js';
import type { Proposal, ProposalChange } from '../../model/proposal.js';
import type { Block, Item, Resolution } from '../../model/resolution.js';

/** A change that cannot be applied: one line naming the proposal file, the line and the change. */
export class ApplyError extends InputError {
  override readonly name = 'ApplyError';
  constructor(
    message: string,
    readonly change: ProposalChange,
    hint?: string,
    file?: string,
  ) {
    super(message, file, change.line, hint);
  }

  override format(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${where}${this.change.op} ${this.change.reference}: ${this.message}${this.hint ? `; ${this.hint}` : ''}`;
  }
}

export interface ApplyNote {
  /** the clause that holds the reference */
  clause: string;
  message: string;
}

/** Original ids of the base, kept on the working tree so later proposals still find their clauses. */
export type Origins = WeakMap<Item | Block, string>;

export interface Place {
  block: Block;
  /** the list the item is in (block items or a parent's items) */
  list: Item[];
  /** the item itself (MOD, SUP), or null for a new place (ADD) or the block itself */
  item: Item | null;
  /** for ADD: the normalized label of the new item and the base item it follows */
  label?: string;
  labelText?: string;
  after?: Item | null;
}

export interface Planned {
  change: ProposalChange;
  place: Place | null;
}

/** A list whose labels are laid anew, with each base item's label before the change. */
export interface Touched {
  block: Block;
  before: Map<Item, string>;
  /** labels of the items the proposal suppressed from it, with the SUP that did */
  gone: Map<string, ProposalChange>;
}

export interface Run {
  /** the text every proposal was drafted on: labels are read against it */
  readonly base: Resolution;
  readonly res: Resolution;
  readonly origins: Origins;
  readonly lang: Language;
  readonly proposal: Proposal;
  readonly notes: ApplyNote[];
  readonly touched: Map<Item[], Touched>;
  /** items whose text the proposal gives: their cross-references are taken as written */
  readonly rewritten: Set<Item>;
  /** headings of blocks this proposal suppresses, with the SUP that did */
  readonly goneHeadings: Map<string, ProposalChange>;
}

export function blocksOf(res: Resolution): Block[] {
  return [...res.blocks, ...res.annexes];
}
