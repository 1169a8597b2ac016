/**
 * A redline laid out for writing: the revised document in reading order, with what was deleted
 * interleaved where it stood. Produced by the engine from a Comparison; rendered by the Markdown,
 * HTML, terminal and DOCX writers, so all of them show the same changes.
 */

export type SegmentOp = 'equal' | 'insert' | 'delete';

export interface Segment {
  op: SegmentOp;
  text: string;
  /** who made this change, when it is not the document's author (a merged draft: its proposers) */
  author?: string;
}

/** The role decides the paragraph's style in every writer. */
export type ParagraphRole =
  | 'title'
  | 'subtitle'
  | 'formula'
  | 'heading'
  | 'item'
  | 'annex-heading'
  | 'note'
  /** a proposal's `Reasons:` (label) and its text */
  | 'reasons';

export interface RedlineParagraph {
  role: ParagraphRole;
  /** the clause id in the revised text (or in the base, for a deleted paragraph) */
  id: string;
  /** nesting depth of an item: 0 for a top-level item */
  depth: number;
  /** label segments (empty for paragraphs without a label) */
  label: Segment[];
  /** body text segments */
  text: Segment[];
  /**
   * 'insert' when the whole paragraph is new, 'delete' when it was suppressed, else null. A moved
   * clause is 'delete' at its origin and 'insert' at its destination, where its text segments
   * are its word edits against its old text.
   */
  mark: 'insert' | 'delete' | null;
  /** a clause that changed place: which end of the move this paragraph is */
  move?: Move;
  /** who added or suppressed the paragraph (its mark), when it is not the document's author */
  author?: string;
  /** a merged draft: the status of the proposals this paragraph shows */
  status?: 'agreed' | 'compatible' | 'conflict';
}

export interface Move {
  /** `origin`: the place the clause left (its old text, deleted); `destination`: its new place */
  end: 'origin' | 'destination';
  /** the clause at the other end of the move: its id, and a reference for people (`considering c)`) */
  id: string;
  reference: string;
}

export interface RedlineDocument {
  /** the language code: writers take direction, locale and fonts from its table */
  lang: string;
  /** author and ISO date of every revision in this document */
  author: string;
  date: string;
  paragraphs: RedlineParagraph[];
  /** footnotes of the revised text, referenced from the text as `[id]` */
  footnotes: { id: string; text: Segment[]; mark: 'insert' | 'delete' | null }[];
}

/** What a review page (the HTML redline) names itself in `<meta name="generator">`, so that it can be read back. */
export const REVIEW_PAGE = 'redline review page';
