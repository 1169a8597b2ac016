/**
 * The secretariat's merge of every proposal on a resolution: per clause, who proposes what and
 * whether the proposals agree, combine or conflict; per proposer, a summary; and the merged
 * draft, in which agreed and compatible changes are applied and conflicts stand as alternatives
 * in square brackets, every change attributed to its proposers.
 */
import type { Op } from './comparison.js';
import type { RedlineDocument, Segment } from './redline.js';
import type { Resolution } from './resolution.js';

/**
 * `unchanged`: no proposal changes the clause (an explicit NOC is recorded, silence is not);
 * `agreed`: every proposal that changes it proposes the same text (one proposal included);
 * `compatible`: different proposals change different words, and a three-way word merge combines them;
 * `conflict`: overlapping different changes, MOD against SUP, two different ADDs at one place,
 * or a change against an explicit NOC.
 */
export type MergeStatus = 'unchanged' | 'agreed' | 'compatible' | 'conflict';

/** One proposal on one clause. */
export interface ClauseProposal {
  /** the proposer's symbol: the group of its proposal number (`RCC`, `EUR`), else its name */
  proposer: string;
  /** the proposal number (`RCC/14/3`); one is made from the document reference when it has none */
  number: string;
  op: Op;
  /** the proposed text (MOD, ADD; a block as its heading and items, one per line); null for SUP and NOC */
  text: string | null;
  reasons: string | null;
  /** the date of submission, `YYYY-MM-DD` when known */
  date: string | null;
  /** where it comes from, for people: `file:line` */
  source: string;
  /** the proposal against the base text, word by word (all inserted for ADD, all deleted for SUP); null for NOC */
  words: Segment[] | null;
}

/** A distinct option in a conflict: one text, and everyone who proposes it. */
export interface Alternative {
  op: Op;
  /** the proposed text; the base text for NOC; null for SUP */
  text: string | null;
  proposers: string[];
  numbers: string[];
  /** how far it departs from the base, in words (SUP departs furthest, NOC not at all) */
  departure: number;
}

export interface MergedClause {
  /** the base clause id (`considering/c`, `title`); a new provision is named by its place (`recognizing+f`, `+noting`) */
  id: string;
  /** for people: `considering c)`, `title`, `ADD recognizing f)` */
  reference: string;
  status: MergeStatus;
  /** the base text (with the label of an item), null for a new provision */
  base: string | null;
  /** the clause's label in the base (`c)`), for tables */
  label: string | null;
  /** every proposal on the clause, NOC included, in proposer column order */
  proposals: ClauseProposal[];
  /** the agreed or combined text (agreed, compatible); null otherwise */
  merged: string | null;
  /** conflict only: the alternatives in the advisory order for consideration (furthest from the base first, then by date); never applied */
  order?: Alternative[];
}

export interface ProposerSummary {
  proposer: string;
  /** the proposer as its documents name it (`Member States of the RCC`), when they do */
  name: string | null;
  /** changes proposed (MOD, ADD, SUP), NOC not counted */
  changes: number;
  agreed: number;
  compatible: number;
  conflict: number;
  /** explicit NOCs */
  noc: number;
}

/** The merge of one resolution. */
export interface ResolutionMerge {
  /** `Resolution 179 (Rev. Dubai, 2018)`: the base */
  title: string;
  lang: string;
  clauses: MergedClause[];
  /** the merged text: agreed and compatible changes applied, conflicts as bracketed alternatives */
  draft: Resolution;
  /** the draft against the base, each change's author its proposers */
  redline: RedlineDocument;
}

export interface Merge {
  lang: string;
  documents: ResolutionMerge[];
  /** one per proposer, in the order the proposals were given (the column order) */
  proposers: ProposerSummary[];
  /** clauses in conflict, over all documents */
  conflicts: number;
}

export type MergeView = 'compilation' | 'synoptic' | 'draft';
