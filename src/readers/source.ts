/** What the format readers (text, Markdown, Word) hand to the structure parser. */

export interface SourceParagraph {
  text: string;
  /** 1-based line in the input, for error messages */
  line: number;
  /** a Markdown heading (`#`) or a Word heading style: a structural line whatever its words */
  heading?: boolean;
  /** the whole paragraph is italic or bold, as block headings are in Word and Markdown */
  emphasis?: boolean;
}

export interface SourceFootnote {
  id: string;
  text: string;
}

export interface Source {
  file: string;
  paragraphs: SourceParagraph[];
  /** footnotes the format holds apart from the text (Markdown definitions, Word footnotes) */
  footnotes: SourceFootnote[];
}
