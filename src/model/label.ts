/**
 * Item labels: recognized at the start of a paragraph, normalized so that `a)`, `(a)`, `a.` and an
 * Arabic `أ)` all become `a`, and renumbered in the style they were written in.
 */
import type { Language } from './language.js';
import { escapeRegExp as escape } from './regexp.js';

export type LabelKind = 'letter' | 'roman' | 'number' | 'dotted';

export interface ParsedLabel {
  /** as written, without the separator: `(a)`, `3.`, `c bis)` */
  labelText: string;
  /** normalized: `a`, `3`, `c bis`, `3.1` */
  label: string;
  /** the text after the label and its separator */
  rest: string;
}

const ROMAN = /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/u;

const patterns = new WeakMap<Language, RegExp>();

function labelPattern(lang: Language): RegExp {
  let re = patterns.get(lang);
  if (!re) {
    const letters = [...new Set([...lang.letters, ...Object.keys(lang.letterVariants ?? {}), ...'abcdefghijklmnopqrstuvwxyz'])].sort((a, b) => b.length - a.length);
    const letter = `(?:${letters.map(escape).join('|')})`;
    const digit = `[0-9${escape(lang.digits)}]`;
    // past zz, Word letters lists go on aaa, bbb: one Latin letter written three times or more
    const repeated = '(?:aaa+|bbb+|ccc+|ddd+|eee+|fff+|ggg+|hhh+|iii+|jjj+|kkk+|lll+|mmm+|nnn+|ooo+|ppp+|qqq+|rrr+|sss+|ttt+|uuu+|vvv+|www+|xxx+|yyy+|zzz+)';
    // a number of four digits or more (item 1000 of a long report) may be a year starting a line:
    // the readers take it for a label only where it continues the items before it (`isLongNumber`)
    const number = `(?:${digit}{1,3}(?:\\.${digit}{1,3})*|${digit}{4,6})`;
    const suffix = `(?:\\s(?:${lang.labelSuffixes.map(escape).join('|')}))?`;
    // Letters need a closing mark (`a)`, `(a)`, `a.`); numbers may stand alone before a tab or space.
    // Brackets may be full-width, as in Chinese text, where no space need follow: `（a）`, `a）`.
    re = new RegExp(
      `^(?<text>[(（](?:${letter}{1,2}|${repeated}|[ivxlcdm]{1,6}|${number})${suffix}[)）]` +
        `|(?:${letter}{1,2}|${repeated}|[ivxlcdm]{1,6})${suffix}[.)）]` +
        `|${number}${suffix}[.)）]?)(?:\\t|[ \\u00a0\\u3000]+|(?<=）))(?<rest>\\S[\\s\\S]*)$`,
      'u',
    );
    patterns.set(lang, re);
  }
  return re;
}

/** The label at the start of a paragraph, or null when it has none. */
export function parseLabel(paragraph: string, lang: Language): ParsedLabel | null {
  const m = labelPattern(lang).exec(paragraph);
  if (!m?.groups) return null;
  const labelText = m.groups['text'] ?? '';
  const rest = m.groups['rest'] ?? '';
  return { labelText, label: normalizeLabel(labelText, lang), rest };
}

/** A label of four digits or more, which could as well be a year. */
export function isLongNumber(label: string): boolean {
  return /^\d{4,}$/u.test(label);
}

/** `(a)` -> `a`, `3.` -> `3`, `أ)` -> `a`, `هـ)` -> `e`, `١` -> `1`, `c bis)` -> `c bis`. */
export function normalizeLabel(labelText: string, lang: Language): string {
  const core = labelText.replace(/^[(（]/u, '').replace(/[.)）]$/u, '');
  const [head = '', ...suffix] = core.split(/\s+/u);
  if (plainLatin(lang) && /^[A-Za-z0-9.]*$/u.test(head)) return [head.toLowerCase(), ...suffix].join(' ');
  // a letter of the table may be written with more than one character (`هـ`): longest first, then its variants
  const letters = lettersByLength(lang);
  const variants = lang.letterVariants ?? {};
  let out = '';
  for (let at = 0; at < head.length; ) {
    const ch = head.slice(at, at + 1);
    const d = lang.digits.indexOf(ch);
    const written = d >= 0 ? undefined : (letters.find((l) => head.startsWith(l, at)) ?? Object.keys(variants).find((v) => head.startsWith(v, at)));
    const letter = written === undefined ? undefined : (variants[written] ?? written);
    if (d >= 0) out += String(d);
    else if (letter !== undefined && !/[a-z]/u.test(letter)) out += labelAt(lang.letters.indexOf(letter) + 1, 'letter');
    else out += (written ?? ch).toLowerCase();
    at += written?.length ?? 1;
  }
  return [out, ...suffix].join(' ');
}

const latin = new WeakMap<Language, boolean>();

/** Letters a to z and digits 0 to 9: a label in those is its own normal form, lower-cased (the common case, made fast). */
function plainLatin(lang: Language): boolean {
  let plain = latin.get(lang);
  if (plain === undefined) {
    plain = lang.digits === '0123456789' && lang.letters.length >= 26 && lang.letters.slice(0, 26).every((l, i) => l === String.fromCharCode(97 + i)) && lang.letters.every((l) => /^[a-z]+$/u.test(l)) && Object.keys(lang.letterVariants ?? {}).length === 0;
    latin.set(lang, plain);
  }
  return plain;
}

const byLength = new WeakMap<Language, string[]>();

function lettersByLength(lang: Language): string[] {
  let sorted = byLength.get(lang);
  if (!sorted) {
    sorted = [...lang.letters].sort((a, b) => b.length - a.length);
    byLength.set(lang, sorted);
  }
  return sorted;
}

export function labelKind(label: string): LabelKind {
  const base = baseOf(label);
  if (/^\d+$/u.test(base)) return 'number';
  if (/^\d+(\.\d+)+$/u.test(base)) return 'dotted';
  if (ROMAN.test(base) && base !== '') return 'roman';
  return 'letter';
}

/** A label with a suffix (`c bis`, `3 ter`): it follows its base and leaves the others alone. */
export function isSuffixed(label: string): boolean {
  return label.includes(' ');
}

/** The label without a `bis`/`ter` suffix. */
export function baseOf(label: string): string {
  return label.split(' ')[0] ?? '';
}

export function isRoman(label: string): boolean {
  const base = baseOf(label);
  return base !== '' && ROMAN.test(base);
}

/** Position of a label in its sequence, 1-based: `a`=1, `aa`=27, `iv`=4, `3`=3, `3.2`=2. */
export function ordinal(label: string, as: LabelKind): number {
  const base = baseOf(label);
  switch (as) {
    case 'number':
      return Number(base);
    case 'dotted':
      return Number(base.split('.').at(-1));
    case 'roman':
      return romanValue(base);
    case 'letter': {
      // a..z, then aa..zz, aaa..zzz: the letter, and how many times it is written
      const c = base.charCodeAt(0) - 96;
      return c >= 1 && c <= 26 && [...base].every((ch) => ch === base[0]) ? 26 * (base.length - 1) + c : NaN;
    }
  }
}

function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i] ?? ''] ?? 0;
    const b = v[s[i + 1] ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

/** True when `next` follows `prev` in the same sequence (a suffixed `c bis` follows `c`). */
export function follows(prev: string, next: string, as: LabelKind): boolean {
  if (isSuffixed(next) && baseOf(next) === baseOf(prev)) return true;
  if (as === 'dotted' && baseOf(prev).split('.').slice(0, -1).join('.') !== baseOf(next).split('.').slice(0, -1).join('.')) {
    return false;
  }
  return ordinal(next, as) === ordinal(prev, as) + 1;
}

/** The label for position n (1-based) in a sequence of the given kind. */
export function labelAt(n: number, as: LabelKind, prefix = ''): string {
  switch (as) {
    case 'number':
      return String(n);
    case 'dotted':
      return `${prefix}.${n}`;
    case 'roman':
      return toRoman(n);
    case 'letter':
      return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
  }
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/**
 * Write a normalized label the way another label of the same item was written (`(b)`, `b.`, `ب)`):
 * in the language's own letters or digits when that one was, else in Latin letters and Western digits.
 */
export function relabelText(labelText: string, newLabel: string, lang: Language): string {
  const nativeDigits = [...labelText].some((ch) => !/[0-9]/u.test(ch) && lang.digits.includes(ch));
  const nativeLetters = lang.letters.some((l) => !/^[a-z]+$/u.test(l) && labelText.includes(l));
  const render = (label: string): string => {
    const [head = '', ...suffix] = label.split(' ');
    const letter = nativeLetters && /^[a-z]+$/u.test(head) ? lang.letters[ordinal(head, 'letter') - 1] : undefined;
    const out = letter ?? [...head].map((ch) => (nativeDigits && /\d/u.test(ch) ? (lang.digits[Number(ch)] ?? ch) : ch)).join('');
    return [out, ...suffix].join(' ');
  };
  const open = /^[(（]/u.test(labelText) ? labelText.slice(0, 1) : '';
  const close = /[.)）]$/u.test(labelText) ? labelText.slice(-1) : '';
  return `${open}${render(newLabel)}${close}`;
}

/**
 * The kind of a sequence of labels, from the sequence rather than one label: `i` is the ninth
 * letter after `h`, but the first roman numeral in `i, ii, iii`.
 */
export function listKind(labels: readonly string[]): LabelKind | undefined {
  const plain = labels.filter((l) => l !== '' && !isSuffixed(l));
  const first = plain[0];
  if (first === undefined) return undefined;
  const kind = labelKind(first);
  if (kind === 'number' || kind === 'dotted') return kind;
  return first === 'i' && (plain.length === 1 || plain[1] === 'ii') ? 'roman' : 'letter';
}
