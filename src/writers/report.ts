/**
 * A report laid out for writing: headings, paragraphs and tables whose text carries changes.
 * The secretariat's compilation and synoptic table are built as reports, and each format
 * (Markdown, HTML, Word) renders a report one way, so the views look alike in all of them.
 */

/** A piece of text: unchanged, added (underlined) or deleted (struck through), possibly bold or italic. */
export interface Run {
  text: string;
  op?: 'insert' | 'delete';
  strong?: boolean;
  emphasis?: boolean;
  /** who proposes this change, shown as a tooltip (HTML) or a comment (Markdown) */
  author?: string;
}

/** A paragraph of runs. */
export type Line = Run[];

/** A table cell: paragraphs of runs; `tone` lets writers shade NOC, SUP and silence differently. */
export interface Cell {
  lines: Line[];
  tone?: 'silence' | 'noc' | 'sup' | 'change' | 'conflict' | 'base';
}

export interface Row {
  cells: Cell[];
  /** a row standing for several untouched clauses folded into one */
  folded?: boolean;
}

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Line; style?: 'note' | 'reasons' | 'mark' | 'centered' }
  | { kind: 'table'; header: string[]; rows: Row[]; /** relative widths of the columns */ widths?: number[] };

export interface Report {
  title: string;
  lang: string;
  /** a wide table: Word pages in landscape */
  landscape: boolean;
  blocks: ReportBlock[];
}
