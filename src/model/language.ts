/**
 * The language layer: everything that differs between the six official languages is data, one
 * JSON file per language in src/languages/ (loaded by src/languages/registry.ts). Adding a
 * language is adding a file; no code changes.
 */
import type { Part } from './resolution.js';
import { slug } from './slug.js';

export interface HeadingData {
  /** the heading as written in this language */
  text: string;
  /** the block id: the slug of the English heading; defaults to slug(text) (English) */
  id?: string;
  part: Exclude<Part, 'annex'>;
}

/** The shape of a file in src/languages/. */
export interface MergeWords {
  compilation: string;
  synoptic: string;
  draft: string;
  /** the line that opens the summary closing every merge output; readers set aside what follows it */
  summary: string;
  provision: string;
  base: string;
  proposer: string;
  name: string;
  changes: string;
  noc: string;
  /** a provision the base does not have */
  added: string;
  /** the advisory order of a conflict */
  order: string;
  /** `{n}` provisions no proposal touches, folded */
  folded: string;
  status: { unchanged: string; agreed: string; compatible: string; conflict: string };
}

export interface LanguageData {
  code: string;
  name: string;
  /** Unicode script of the language's letters (`Latin`, `Cyrillic`, `Han`, `Arabic`): drives detection */
  script: string;
  /** writing direction: `rtl` gives right-to-left paragraphs and runs in every writer */
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag written into documents (`en-GB`, `ar-SA`) */
  locale: string;
  /** fonts: Word's three script classes, their sizes in points, and the HTML font stack */
  fonts: { body: string; complexScript: string; eastAsia: string; size: number; complexScriptSize: number; html: string };
  /** regex with groups kind, number, revision; matched case-insensitively against a whole paragraph */
  title: string;
  /**
   * regex for a citation in running text, with groups kind, number and revision (`第175号决议（…）`);
   * by default a kind word, a number and the bracket right after it (`Resolution 175 (Rev. Busan, 2014)`)
   */
  citation?: string;
  /** title keyword (upper-cased) -> kind */
  kinds: Record<string, 'resolution' | 'decision' | 'recommendation'>;
  /** regex with groups place, year (and rev when the tag says it is a revision) */
  revision: string;
  /** regex for the enacting formula paragraph (its final comma may be missing: lint reports that) */
  formula: string;
  /** how the place and year of a revision are written in the formula's brackets: `{place}, {year}` */
  formulaTag?: string;
  /** regex for an annex heading, group n for its number */
  annex: string;
  /** letters used for lettered labels, in order; index i normalizes to the i-th Latin letter */
  letters: string[];
  /** other ways of writing a letter of `letters` (Arabic `ه` typed for `هـ`) -> that letter */
  letterVariants?: Record<string, string>;
  /** the ten digits used in labels, 0 to 9 */
  digits: string;
  labelSuffixes: string[];
  /** the label that opens a proposal's reasons (`Reasons:`) */
  reasons: string;
  /**
   * how clauses end: an item with `item` (`;`), the last item of a block with `last` (`,`), the
   * last item of the resolution with `end` (`.`); an item that introduces sub-items may end with `lead` (`:`)
   */
  punctuation: { item: string; last: string; end: string; lead: string };
  /** words the writers put into documents in this language */
  words: {
    /** the reasons of a drafted change the proposer has yet to write */
    reasonsPlaceholder: string;
    /** notes on a moved clause; `{ref}` is the clause it moved from or to */
    movedFrom: string;
    movedTo: string;
    /** the cover of a drafted proposal: `Document {symbol}`, `Original: {language}`, its title */
    document: string;
    original: string;
    proposalsTitle: string;
    /** the reasons of a MOD that cites the latest revision of a resolution: `{from}` and `{to}` are the citations */
    citationReasons: string;
    /** the secretariat's merge: titles, column heads, statuses and the closing summary; `{title}` is the base's title */
    merge: MergeWords;
  };
  /** the names of the months, January first, as dates write them (`décembre`; alternatives joined by `|`: `декабрь|декабря`) */
  months?: string[];
  /** frequent short words of the language (`the`, `of`, `de`, `la`): they tell apart languages of one script when no heading does */
  common?: string[];
  /** patterns (matched without case) for the cover of a contribution document */
  contribution: { document: string; original: string; date: string; title: string; introduction: string };
  /** words joining labels in a cross-reference: `resolves 1, 2 and 3 above` */
  conjunctions: string[];
  /**
   * regex for the words between labels and the heading after them, in languages that can name the
   * labels first (French `points 1 et 2 du décide`: the pattern `\s+du\s+`)
   */
  labelsFirst?: string;
  /** what a label is wrapped in when a cross-reference names it in running text (Chinese `第1段`) */
  referenceLabel?: { before: string; after: string };
  /** words naming the clauses that have no heading, in change references (`MOD title`), and a proposal's new revision tag in a merge */
  referenceWords: { title: string; subtitle: string; formula: string; footnote: string; revision: string };
  headings: HeadingData[];
}

export interface Heading {
  id: string;
  text: string;
  part: Exclude<Part, 'annex'>;
}

export interface Language extends Omit<LanguageData, 'headings' | 'title' | 'revision' | 'formula' | 'annex' | 'contribution'> {
  headings: Heading[];
  cover: Record<keyof LanguageData['contribution'], RegExp>;
  titlePattern: RegExp;
  revisionPattern: RegExp;
  formulaPattern: RegExp;
  annexPattern: RegExp;
  /** normalized heading text -> heading */
  headingIndex: Map<string, Heading>;
  /** the length of the longest heading, in code units: a longer line is no known heading */
  longestHeading: number;
}

/**
 * A language table made ready for use: patterns compiled and headings indexed, each on first use,
 * since a run reads one or two languages of the six (compiling every table cost more than reading a
 * short resolution).
 */
export function compileLanguage(data: LanguageData): Language {
  const headings = data.headings.map((h) => ({ id: h.id ?? slug(h.text), text: h.text, part: h.part }));
  const once = <T>(make: () => T): (() => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const title = once(() => new RegExp(data.title, 'iu'));
  const revision = once(() => new RegExp(data.revision, 'iu'));
  const formula = once(() => new RegExp(data.formula, 'u'));
  const annex = once(() => new RegExp(data.annex, 'iu'));
  const cover = once(() => ({
    document: new RegExp(data.contribution.document, 'iu'),
    original: new RegExp(data.contribution.original, 'iu'),
    date: new RegExp(data.contribution.date, 'iu'),
    title: new RegExp(data.contribution.title, 'iu'),
    introduction: new RegExp(data.contribution.introduction, 'iu'),
  }));
  const index = once(() => new Map(headings.map((h) => [normalizeHeading(h.text), h])));
  return {
    ...data,
    headings,
    get titlePattern() {
      return title();
    },
    get revisionPattern() {
      return revision();
    },
    get formulaPattern() {
      return formula();
    },
    get annexPattern() {
      return annex();
    },
    get cover() {
      return cover();
    },
    get headingIndex() {
      return index();
    },
    longestHeading: Math.max(0, ...headings.map((h) => h.text.length)),
  };
}

/** Every pattern of a table compiled now: a table given at run time is refused at once when one is wrong. */
export function checkLanguage(lang: Language): Language {
  void [lang.titlePattern, lang.revisionPattern, lang.formulaPattern, lang.annexPattern, lang.cover, lang.headingIndex];
  return lang;
}

/** Headings compare without case, trailing punctuation, runs of spaces, or the curl of an apostrophe. */
export function normalizeHeading(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(/[\s:,，：،]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase();
}

/**
 * The enacting formula: the table's pattern, ending with the comma that closes it or, where that
 * comma was forgotten, with the bracket that names the conference (`(Busan, 2014)`), so that a
 * subtitle which happens to name a conference is not taken for it.
 */
export function isFormula(text: string, lang: Language): boolean {
  const t = text.trim();
  return lang.formulaPattern.test(t) && (t.endsWith(lang.punctuation.last) || /[(（][^()（）]*\p{N}{4}[^()（）]*[)）]$/u.test(t));
}

/** The table's heading a line is, or undefined; a line longer than any heading is not normalised at all. */
export function knownHeading(text: string, lang: Language): Heading | undefined {
  // room for trailing punctuation and spaces, and for decomposed accents
  if (text.length > 2 * lang.longestHeading + 8) return undefined;
  return lang.headingIndex.get(normalizeHeading(text));
}
