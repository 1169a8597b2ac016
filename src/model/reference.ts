/**
 * References to clauses as delegations write them: `considering a)`, `resolves 3 ii)`,
 * `invites Member States 2`, `considering c bis)`, a whole block `recalling further`, or
 * `title`, `subtitle`, `formula`, `footnote 1` (in the document's language); an unlabelled
 * paragraph is `considering ¶1`.
 */
import { parseLabel } from './label.js';
import type { Language } from './language.js';
import { escapeRegExp } from './regexp.js';

export interface Reference {
  kind: 'title' | 'subtitle' | 'formula' | 'footnote' | 'clause';
  /** the block heading as written (clauses), or the footnote marker */
  heading: string;
  /** normalized labels from the block down: `['3', 'ii']`; empty for a whole block */
  labels: string[];
  /** the labels as written */
  labelTexts: string[];
}

/** An unlabelled paragraph, named by its place among the unlabelled ones: `¶1` (its id ends `/p1`). */
const PARAGRAPH = /^¶(\d+)$/u;

/** How an unlabelled paragraph is named in a reference, from its id (`…/p2` -> `¶2`). */
export function paragraphMark(id: string): string {
  return `¶${/\/p(\d+)$/u.exec(id)?.[1] ?? ''}`;
}

/** The normalized label a reference gives an unlabelled paragraph (`p1`): it has no label of its own. */
export function isParagraphLabel(label: string): boolean {
  return /^p\d+$/u.test(label);
}

export function parseReference(text: string, lang: Language): Reference {
  const ref = text.trim().replace(/\s+/gu, ' ');
  const words = lang.referenceWords;
  const lower = ref.toLocaleLowerCase();
  for (const kind of ['title', 'subtitle', 'formula'] as const) {
    if (lower === words[kind].toLocaleLowerCase()) return { kind, heading: '', labels: [], labelTexts: [] };
  }
  const note = new RegExp(`^${words.footnote}\\s+\\[?([^\\]\\s]+)\\]?$`, 'iu').exec(ref);
  if (note) return { kind: 'footnote', heading: note[1] ?? '', labels: [], labelTexts: [] };

  const tokens = ref.split(' ');
  const labels: string[] = [];
  const labelTexts: string[] = [];
  const suffixes = new Set(lang.labelSuffixes);
  while (tokens.length > 1) {
    let token = tokens.at(-1) as string;
    let take = 1;
    // `c bis)` is one label written as two words.
    const bare = token.replace(/[.)）]$/u, '');
    if (suffixes.has(bare) && tokens.length > 2) {
      token = `${tokens.at(-2) ?? ''} ${token}`;
      take = 2;
    }
    const paragraph = PARAGRAPH.exec(token);
    const parsed = paragraph ? { label: `p${paragraph[1] ?? ''}`, labelText: token, rest: 'x' } : parseLabel(`${token} x`, lang);
    if (!parsed || parsed.rest !== 'x') break;
    labels.unshift(parsed.label);
    labelTexts.unshift(parsed.labelText);
    tokens.splice(tokens.length - take, take);
  }
  return { kind: 'clause', heading: tokens.join(' '), labels, labelTexts };
}

/** How a reference is written back: `considering c)`, `resolves 3 ii)`. */
export function formatReference(heading: string, labelTexts: readonly string[]): string {
  return [heading, ...labelTexts].join(' ');
}

/**
 * A label pattern as a cross-reference in running text writes it: bare (`resolves 3`, `considering
 * d)`), or wrapped as the language table says (Chinese `做出决议第1段`).
 */
export function wrapLabel(pattern: string, lang: Language): string {
  const wrap = lang.referenceLabel;
  return wrap ? `(?:${escapeRegExp(wrap.before)})?${pattern}(?:${escapeRegExp(wrap.after)})?` : pattern;
}

/** A label of a cross-reference without its wrapping, and the wrapping to put back around another. */
export function unwrapLabel(token: string, lang: Language): { before: string; label: string; after: string } {
  const wrap = lang.referenceLabel;
  const before = wrap && wrap.before !== '' && token.startsWith(wrap.before) ? wrap.before : '';
  const after = wrap && wrap.after !== '' && token.endsWith(wrap.after) && token.length > before.length + wrap.after.length ? wrap.after : '';
  return { before, label: token.slice(before.length, token.length - after.length), after };
}

/** Where a heading may start in running text: after a non-letter, or anywhere in a script without spaces. */
export function headingStart(lang: Language): string {
  return lang.script === 'Han' ? '' : '(?<![\\p{L}\\p{N}])';
}
