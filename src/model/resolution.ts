/**
 * The resolution tree: what every reader produces and every writer consumes.
 * Specified node by node in docs/model.md; the JSON of `redline parse` is this tree as it is.
 */

export type ResolutionKind = 'resolution' | 'decision' | 'recommendation' | 'document';

/** preamble and operative blocks live in `blocks`; annexes in `annexes`. */
export type Part = 'preamble' | 'operative' | 'annex';

export interface Item {
  /** stable path: `<block>/<label>[/<sublabel>]`, or `<block>/p<n>` for an unlabelled paragraph */
  id: string;
  /** normalized label (`a`, `3`, `ii`, `3.1`, `c bis`); empty for an unlabelled paragraph */
  label: string;
  /** the label as written (`a)`, `(a)`, `3.`, `3`) */
  labelText: string;
  /** the item's text without its label; footnote markers kept as `[1]`; extra paragraphs joined by `\n` */
  text: string;
  items: Item[];
}

export interface Block {
  /** slug of the English heading (`considering`, `instructs-the-secretary-general`), `-2` when repeated */
  id: string;
  part: Part;
  /** the heading as written in the document's language */
  heading: string;
  items: Item[];
}

export interface Footnote {
  /** the marker as it appears in the text, without brackets (`1`, `*`) */
  id: string;
  text: string;
}

export interface Resolution {
  kind: ResolutionKind;
  /** ISO 639-1 code of one of the language tables (`en`, `fr`, `es`, `ru`, `zh`, `ar`) */
  lang: string;
  /** `"179"`; null when the text has no title */
  number: string | null;
  /** the revision tag as written inside the title's brackets (`Rev. Dubai, 2018`), or null */
  revision: string | null;
  title: string | null;
  subtitle: string | null;
  formula: string | null;
  blocks: Block[];
  footnotes: Footnote[];
  annexes: Block[];
}

export interface Collection {
  kind: 'collection';
  lang: string;
  documents: Resolution[];
}

export type Parsed = Resolution | Collection;

export function isCollection(parsed: Parsed): parsed is Collection {
  return parsed.kind === 'collection';
}

/** The documents of a parse result, whether it held one or many. */
export function documentsOf(parsed: Parsed): Resolution[] {
  return isCollection(parsed) ? parsed.documents : [parsed];
}
