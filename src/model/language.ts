/**
 * The language layer: everything that differs between the six official languages is data, one
 * JSON file per language in src/languages/. Adding a language is adding a file; no code changes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
export interface LanguageData {
  code: string;
  name: string;
  /** Unicode script of the language's letters (`Latin`, `Cyrillic`, `Han`, `Arabic`): drives detection */
  script: string;
  dir: 'ltr' | 'rtl';
  /** regex with groups kind, number, revision; matched case-insensitively against a whole paragraph */
  title: string;
  /** title keyword (upper-cased) -> kind */
  kinds: Record<string, 'resolution' | 'decision' | 'recommendation'>;
  /** regex with groups place, year (and rev when the tag says it is a revision) */
  revision: string;
  /** regex for the enacting formula paragraph */
  formula: string;
  /** regex for an annex heading, group n for its number */
  annex: string;
  /** letters used for lettered labels, in order; index i normalizes to the i-th Latin letter */
  letters: string[];
  /** the ten digits used in labels, 0 to 9 */
  digits: string;
  labelSuffixes: string[];
  reasons: string;
  /** words joining labels in a cross-reference: `resolves 1, 2 and 3 above` */
  conjunctions: string[];
  /** words naming the clauses that have no heading, in change references: `MOD title` */
  referenceWords: { title: string; subtitle: string; formula: string; footnote: string };
  headings: HeadingData[];
}

export interface Heading {
  id: string;
  text: string;
  part: Exclude<Part, 'annex'>;
}

export interface Language extends Omit<LanguageData, 'headings' | 'title' | 'revision' | 'formula' | 'annex'> {
  headings: Heading[];
  titlePattern: RegExp;
  revisionPattern: RegExp;
  formulaPattern: RegExp;
  annexPattern: RegExp;
  /** normalized heading text -> heading */
  headingIndex: Map<string, Heading>;
}

/** src/languages/ of this package, found from wherever this module was built to (src, dist, bench). */
function dataDir(): URL {
  for (let dir = new URL('./', import.meta.url); dir.pathname !== '/'; dir = new URL('../', dir)) {
    const candidate = new URL('src/languages/', dir);
    if (existsSync(new URL('en.json', candidate))) return candidate;
  }
  throw new Error('the language tables (src/languages/*.json) are missing from this installation');
}

function compile(data: LanguageData): Language {
  const headings = data.headings.map((h) => ({ id: h.id ?? slug(h.text), text: h.text, part: h.part }));
  return {
    ...data,
    headings,
    titlePattern: new RegExp(data.title, 'iu'),
    revisionPattern: new RegExp(data.revision, 'iu'),
    formulaPattern: new RegExp(data.formula, 'u'),
    annexPattern: new RegExp(data.annex, 'iu'),
    headingIndex: new Map(headings.map((h) => [normalizeHeading(h.text), h])),
  };
}

/** Headings compare without case, trailing punctuation, or runs of spaces. */
export function normalizeHeading(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s:,，：،]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase();
}

let registry: Map<string, Language> | undefined;

/** All languages, English first, then by code. */
export function languages(): Language[] {
  if (!registry) {
    const dir = dataDir();
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    const loaded = files.map((f) => compile(JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as LanguageData));
    loaded.sort((a, b) => (a.code === 'en' ? -1 : b.code === 'en' ? 1 : a.code.localeCompare(b.code)));
    registry = new Map(loaded.map((l) => [l.code, l]));
  }
  return [...registry.values()];
}

/**
 * Add or replace a language table at run time (the same shape as a file in src/languages/):
 * for a language not shipped yet, or a house variant of one.
 */
export function registerLanguage(data: LanguageData): Language {
  languages();
  const compiled = compile(data);
  registry?.set(compiled.code, compiled);
  return compiled;
}

export function language(code: string): Language | undefined {
  languages();
  return registry?.get(code);
}

/** The English heading table: block ids and parts are the same in every language. */
export function english(): Language {
  const en = language('en');
  if (!en) throw new Error('the English language table is missing from src/languages');
  return en;
}
