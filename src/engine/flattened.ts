/**
 * A marked-up text copied as plain text loses its marks, and deleted and added words run together:
 * `(REV. BUSANDUBAI, 20142018)`. Such a text must never reach a consolidated text as a clean
 * proposal. Found against the base: a word replaced by itself with another word joined to it (the
 * other word in capitals or digits, or a word of the texts), a number by a longer one holding it.
 */
import type { Resolution } from '../model/resolution.js';
import { compareResolutions } from './compare.js';
import { contentTokens } from './tokenize.js';

const ALL_CAPS_OR_DIGITS = /^[\p{Lu}\p{N}]+$/u;

function joined(deleted: string, inserted: string, vocabulary: ReadonlySet<string>): boolean {
  if (!/^[\p{L}\p{N}]+$/u.test(deleted) || !/^[\p{L}\p{N}]+$/u.test(inserted) || inserted.length <= deleted.length) return false;
  if (/^\p{N}+$/u.test(deleted) && /^\p{N}+$/u.test(inserted)) return isSubsequence(deleted, inserted) && deleted.length >= 3;
  const other = inserted.startsWith(deleted) ? inserted.slice(deleted.length) : inserted.endsWith(deleted) ? inserted.slice(0, -deleted.length) : null;
  if (other === null || other.length < 2) return false;
  return ALL_CAPS_OR_DIGITS.test(inserted) || (vocabulary.has(other.toLocaleLowerCase()) && !vocabulary.has(inserted.toLocaleLowerCase()));
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** The words of `revised` that look like flattened marks, in the order found. */
export function flattenedWords(base: Resolution, revised: Resolution): string[] {
  const { comparison } = compareResolutions(base, revised);
  const vocabulary = new Set<string>();
  for (const c of comparison.changes) for (const s of c.words ?? []) if (s.op === 'equal') for (const t of contentTokens(s.text)) vocabulary.add(t);
  for (const res of [base]) for (const text of [res.title, res.subtitle, res.formula]) for (const t of contentTokens(text ?? '')) vocabulary.add(t);
  const found: string[] = [];
  for (const c of comparison.changes) {
    const words = c.words ?? [];
    for (let k = 0; k + 1 < words.length; k++) {
      const del = words[k];
      const ins = words[k + 1];
      if (del?.op === 'delete' && ins?.op === 'insert' && joined(del.text.trim(), ins.text.trim(), vocabulary)) found.push(ins.text.trim());
    }
  }
  return found;
}
