/**
 * A catalogue of resolutions: what each text is (kind, number, title, revision tag with its
 * conference and year) and what it cites. Built by `redline catalogue` from texts the user has;
 * lint flags citations of superseded revisions, and draft can update them.
 */

/** A resolution (or decision, recommendation) cited in a text: `Resolution 67 (Rev. Buenos Aires, 2017)`. */
export interface Citation {
  /** the kind as the language table knows it (`resolution`, `decision`, `recommendation`) */
  kind: string;
  number: string;
  /** the revision tag as written (`Rev. Buenos Aires, 2017`), or null for a citation without one */
  revision: string | null;
  /** the place and year of the tag, when it has them */
  place: string | null;
  year: number | null;
  /** the citation as written in the text */
  text: string;
  /** where it is: the clause id, and the character offset of `text` in that clause's text */
  clause: string;
  index: number;
}

export interface CatalogueEntry {
  kind: string;
  number: string;
  title: string | null;
  revision: string | null;
  place: string | null;
  year: number | null;
  /** where it was read from */
  file: string;
  cites: Omit<Citation, 'clause' | 'index'>[];
}

export interface Catalogue {
  entries: CatalogueEntry[];
}
