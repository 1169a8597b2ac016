/**
 * The language tables in use: the JSON files of this folder, loaded on first use, and any table
 * registered at run time. Everything that differs between languages comes from here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { checkLanguage, compileLanguage, type Language, type LanguageData } from '../model/language.js';

/** src/languages/ of this package, found from wherever this module was built to (src, dist, bench). */
function dataDir(): URL {
  for (let dir = new URL('./', import.meta.url); dir.pathname !== '/'; dir = new URL('../', dir)) {
    const candidate = new URL('src/languages/', dir);
    if (existsSync(new URL('en.json', candidate))) return candidate;
  }
  throw new Error('the language tables (src/languages/*.json) are missing from this installation');
}

let registry: Map<string, Language> | undefined;

function loaded(): Map<string, Language> {
  if (!registry) {
    const dir = dataDir();
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    const tables = files.map((f) => compileLanguage(JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as LanguageData));
    // codes are ASCII: compared as such, which spares starting a collator (over 10 ms)
    tables.sort((a, b) => (a.code === 'en' ? -1 : b.code === 'en' ? 1 : a.code < b.code ? -1 : 1));
    registry = new Map(tables.map((l) => [l.code, l]));
  }
  return registry;
}

/** All languages, English first, then by code. */
export function languages(): Language[] {
  return [...loaded().values()];
}

/**
 * Add or replace a language table at run time (the same shape as a file in src/languages/):
 * for a language not shipped yet, or a house variant of one.
 */
export function registerLanguage(data: LanguageData): Language {
  const compiled = checkLanguage(compileLanguage(data));
  loaded().set(compiled.code, compiled);
  return compiled;
}

export function language(code: string): Language | undefined {
  return loaded().get(code);
}

/** The English table: block ids and parts are the same in every language. */
export function english(): Language {
  const en = language('en');
  if (!en) throw new Error('the English language table is missing from src/languages');
  return en;
}

/** The table of a document's language; English for a document whose table is not loaded. */
export function tableOf(code: string): Language {
  return language(code) ?? english();
}
