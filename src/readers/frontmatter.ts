/**
 * Front matter: `---` / `key: value` lines / `---` at the top of a text or Markdown file, as
 * proposals written by hand or by `redline draft` carry it.
 *
 *     ---
 *     proposer: Russian Federation
 *     reference: RCC/14A1/1
 *     revision: Rev. Dubai, 2018
 *     ---
 */
import { InputError } from '../model/errors.js';

export const FRONT_KEYS = ['proposer', 'reference', 'date', 'revision', 'base'] as const;
export type FrontKey = (typeof FRONT_KEYS)[number];

export interface FrontMatter {
  fields: Partial<Record<FrontKey, string>>;
  /** the text after the front matter */
  body: string;
  /** lines taken by the front matter, to keep line numbers right */
  lines: number;
}

export function frontMatter(text: string, file: string): FrontMatter {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u.exec(text);
  if (!m) return { fields: {}, body: text, lines: 0 };
  const fields: FrontMatter['fields'] = {};
  (m[1] ?? '').split('\n').forEach((line, k) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const kv = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/u.exec(line);
    const key = kv?.[1]?.toLowerCase();
    if (!kv || !FRONT_KEYS.includes(key as FrontKey)) {
      throw new InputError(`unknown front matter line "${line.trim()}"`, file, k + 2, `use ${FRONT_KEYS.join(', ')}`);
    }
    fields[key as FrontKey] = (kv[2] ?? '').replace(/^(["'])(.*)\1$/u, '$2');
  });
  return { fields, body: text.slice(m[0].length), lines: (m[0].match(/\n/gu) ?? []).length };
}
