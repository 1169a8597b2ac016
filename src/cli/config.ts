/**
 * `.redlinerc.json`, found from the current folder upwards: the lint rules' severities, the
 * catalogue (a path from the file's own folder), and defaults for options every command that
 * takes them uses (language, author of revisions, Markdown markup). A file that says something
 * else is refused in one line, so that a typo in a rule's name never silences it.
 */
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { language, languages } from '../languages/registry.js';
import { InputError } from '../model/errors.js';
import type { Catalogue } from '../model/catalogue.js';
import type { RuleId, Severity } from '../model/lint.js';
import { readCatalogue } from '../readers/catalogue.js';
import { readInput } from '../readers/input.js';
import { OPTION_VALUES } from './options.js';

export const CONFIG_FILE = '.redlinerc.json';

export interface Config {
  /** the file read, or null when there is none */
  file: string | null;
  rules: Partial<Record<RuleId, Severity>>;
  lang?: string;
  /** the author of revisions (diff), where --author is not given */
  author?: string;
  /** Markdown marks (diff), where --markup is not given */
  markup?: string;
  /** the catalogue's path, resolved */
  catalogue?: string;
}

/** The settings that stand in for an option of the same name when the command line leaves it out. */
const OPTION_SETTINGS = ['lang', 'author', 'markup'] as const;

const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];

export function findConfig(from: string = process.cwd()): string | null {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const file = join(dir, CONFIG_FILE);
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) return null;
  }
}

/** A rule's severity from `--rule ID=SEVERITY`, `.redlinerc.json`'s `rules`, checked against the known rules. */
export function checkSeverity(rule: string, severity: unknown, known: readonly string[], where: string | undefined): [RuleId, Severity] {
  if (!known.includes(rule)) throw new InputError(`unknown rule "${rule}"`, where, undefined, `rules are ${known.join(', ')}`);
  if (typeof severity !== 'string' || !SEVERITIES.includes(severity as Severity)) throw new InputError(`rule ${rule}: severity must be off, warn or error`, where);
  return [rule as RuleId, severity as Severity];
}

/** Each settings file read once per run: the program's defaults and lint or draft ask for it both. */
const read = new Map<string, Config>();

export function loadConfig(known: readonly string[], from?: string): Config {
  const file = findConfig(from);
  if (!file) return { file: null, rules: {} };
  const cached = read.get(file);
  if (cached) return cached;
  const config = parseConfig(file, known);
  read.set(file, config);
  return config;
}

function parseConfig(file: string, known: readonly string[]): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read the settings file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, file, undefined, 'make it a readable file, or remove it');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(`not valid JSON (${e instanceof Error ? e.message : String(e)})`, file, undefined, 'fix it, or remove it');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new InputError('must hold one JSON object', file, undefined, 'write { "rules": { "punctuation": "warn" } }');
  const config: Config = { file, rules: {} };
  for (const [key, value] of Object.entries(data)) {
    if (key === 'rules') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError('"rules" must map rule names to off, warn or error', file, undefined, 'write "rules": { "punctuation": "warn" }');
      for (const [rule, severity] of Object.entries(value)) {
        const [id, level] = checkSeverity(rule, severity, known, file);
        config.rules[id] = level;
      }
    } else if (key === 'lang' && typeof value === 'string') {
      if (!language(value)) throw new InputError(`unknown language "${value}"`, file, undefined, `use one of ${languages().map((l) => l.code).join(', ')}`);
      config.lang = value;
    } else if (key === 'author' && typeof value === 'string' && value.trim() !== '') config.author = value;
    else if (key === 'markup' && typeof value === 'string' && (OPTION_VALUES['--markup'] as readonly string[]).includes(value)) config.markup = value;
    else if (key === 'catalogue' && typeof value === 'string') config.catalogue = resolve(dirname(file), value);
    else if (key !== '$schema') throw new InputError(`unknown or malformed setting "${key}"`, file, undefined, 'settings are rules, lang, author, markup (critic or html) and catalogue');
  }
  return config;
}

/** The catalogue `--catalogue` names, else the one `.redlinerc.json` names, else none. */
export function catalogueFrom(flag: string | undefined, config: Pick<Config, 'catalogue'>): Catalogue | null {
  const file = flag ?? config.catalogue;
  return file ? readCatalogue(readInput(file)) : null;
}

/**
 * Fill the options a command takes from `.redlinerc.json` where the command line left them out:
 * what is typed always wins, and a command without the option ignores the setting.
 */
export function applySettings(command: Command, config: Config): void {
  for (const key of OPTION_SETTINGS) {
    const value = config[key];
    if (value === undefined || !command.options.some((o) => o.attributeName() === key)) continue;
    if (command.getOptionValueSource(key) === 'cli') continue;
    command.setOptionValueWithSource(key, value, 'config');
  }
}
