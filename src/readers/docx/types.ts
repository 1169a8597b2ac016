/** What the Word reader gives: paragraphs as runs that keep their revision kind, plus footnotes. */

export type RunKind = 'equal' | 'insert' | 'delete';

export interface DocxRun {
  text: string;
  kind: RunKind;
  /** who made the change (tracked changes only) */
  author?: string;
  /** when, as written in the file (tracked changes only) */
  date?: string;
}

export interface DocxParagraph {
  /** style id (w:pStyle), or null for the default style */
  style: string | null;
  /** the style's name from styles.xml (e.g. "Heading 1", "Call"), when known */
  styleName: string | null;
  /**
   * The label Word numbering gives the paragraph (`a)`, `1.`, `(i)`) once all changes are
   * accepted; null when not numbered or when the paragraph does not stand alone in that view.
   */
  numberingLabel: string | null;
  /** the same once all changes are rejected: an inserted item shifts the labels after it */
  rejectedNumberingLabel: string | null;
  /** text runs in order: tabs as "\t", breaks as "\n", footnote references as "[n]" */
  runs: DocxRun[];
  /** the revision of the paragraph mark: a deleted mark joins the paragraph to the next one */
  mark: RunKind;
  /** every visible character is italic (directly or by style) */
  italic: boolean;
  /** every visible character is bold (directly or by style) */
  bold: boolean;
}

export interface DocxFootnote {
  /** the number shown in the text ("1", "2" ... in order of first reference), or a custom mark */
  id: string;
  runs: DocxRun[];
}

export interface DocxRevision {
  kind: 'insert' | 'delete';
  author: string;
  date: string | null;
}

export interface DocxContent {
  /** body paragraphs in reading order, table cells included */
  paragraphs: DocxParagraph[];
  /** footnotes referenced from the body, in order of first reference */
  footnotes: DocxFootnote[];
  /** every tracked insertion and deletion (moves included), in document order */
  revisions: DocxRevision[];
  hasRevisions: boolean;
  /** how the file marks its changes: tracked changes, underline and strike-through, or not at all */
  marking: 'revisions' | 'formatting' | null;
}

export interface ReadDocxOptions {
  /**
   * `revisions` reads Word's tracked changes only; `formatting` also reads underlined text as
   * inserted and struck-through text as deleted, as ITU proposals are often marked; absent, the
   * file decides: its tracked changes if it has any, else its underline and strike-through.
   */
  marks?: 'revisions' | 'formatting';
}
