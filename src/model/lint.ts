/**
 * What `redline lint` finds in a text: each finding names its rule, where it is and how to fix it.
 * Rules are engine functions over a text as read (its tree, its paragraphs with their lines);
 * their severities come from the rule's default, `.redlinerc.json` and `--rule`.
 */
import type { Catalogue } from './catalogue.js';
import type { Language } from './language.js';
import type { Resolution } from './resolution.js';

/** The rules, in the order their findings are listed for a line. */
export const RULE_IDS = ['labels', 'punctuation', 'revision-tag', 'headings', 'cross-references', 'brackets', 'empty-items', 'duplicate-headings', 'leftover-marks', 'citations'] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'off' | 'warn' | 'error';

export interface Finding {
  rule: RuleId;
  severity: Exclude<Severity, 'off'>;
  file: string;
  /** the line (paragraph number for Word) the finding is on; null when it is about the whole file */
  line: number | null;
  /** the clause, for people (`considering c)`), when the finding is about one */
  clause: string | null;
  /** what is wrong, one line */
  message: string;
  /** what to do, one line */
  fix: string;
}

/** A finding as a rule reports it: the file and the severity are the linter's to add. */
export type RawFinding = Omit<Finding, 'severity' | 'file'>;

/** One paragraph of the file as read, with its line. */
export interface LintParagraph {
  text: string;
  line: number;
}

/** What every rule sees of a file. */
export interface LintInput {
  file: string;
  /** the resolutions the file holds (a collection holds several), as parsed */
  documents: Resolution[];
  /** the file's paragraphs in its clean (accepted) view, proposal furniture set aside, with their lines */
  paragraphs: LintParagraph[];
  /** the line of each clause (`considering/c`, `title`), per document index: where its paragraph starts */
  lines: Map<string, number>[];
  /** marks the file still carries: Word revisions, underline/strike-through, CriticMarkup; null for none */
  marking: 'revisions' | 'formatting' | 'criticmarkup' | null;
  lang: Language;
  /** what the catalogue knows of resolutions and their revisions, when one is given */
  catalogue: Catalogue | null;
  /** a proposal (a contribution with its marks and reasons): its text is excerpts, whose lists need not start at a) */
  proposal: boolean;
}

export interface Rule {
  id: RuleId;
  /** the severity when nothing configures it */
  severity: Exclude<Severity, 'off'>;
  /** one line for `redline lint --help` and docs */
  description: string;
  check(input: LintInput): RawFinding[];
}
