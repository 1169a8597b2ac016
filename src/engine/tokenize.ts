/**
 * Words for diffing, in every script: Latin, Cyrillic, Greek and Arabic words are whole tokens
 * (jsdiff's own tokenizer splits non-Latin words into letters); Chinese and Japanese runs are cut
 * by Intl.Segmenter, one clause at a time (it grows superlinearly on long strings); numbers,
 * punctuation and each run of spaces are tokens of their own.
 */

const HAN_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u;
// A word: letters and marks, with inner apostrophes or hyphens (ITU's, Secretary-General); or a number.
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|(?:[\p{L}\p{M}]+(?:['\u2019\u0640-][\p{L}\p{M}]+)*)|\p{N}+(?:[.,]\p{N}+)*|\s+|[^\s]/gu;

let segmenter: Intl.Segmenter | undefined;

function segmentHan(run: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(run)].map((s) => s.segment);
}

function isHanRun(token: string): boolean {
  return token.length > 1 && HAN_RUN.test(token);
}

// match() rather than matchAll(): a string per token, not a match object; a text with no Chinese
// or Japanese (most) is not looked at again
export function tokenize(text: string): string[] {
  const tokens = text.match(TOKEN) ?? [];
  return HAN_RUN.test(text) ? tokens.flatMap((t) => (isHanRun(t) ? segmentHan(t) : [t])) : tokens;
}

// The words and numbers of TOKEN alone: no spaces or punctuation to make and throw away.
const CONTENT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|(?:[\p{L}\p{M}]+(?:['\u2019\u0640-][\p{L}\p{M}]+)*)|\p{N}+(?:[.,]\p{N}+)*/gu;

/** Tokens that carry meaning, lower-cased: what similarity is measured on (the words `tokenize` gives). */
export function contentTokens(text: string): string[] {
  const tokens = text.toLocaleLowerCase().match(CONTENT) ?? [];
  return HAN_RUN.test(text) ? tokens.flatMap((t) => (isHanRun(t) ? segmentHan(t).filter((w) => /[\p{L}\p{N}]/u.test(w)) : [t])) : tokens;
}

const QUOTES: [RegExp, string][] = [
  [/[\u2018\u2019\u201a\u201b\u2032`]/gu, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/gu, '"'],
  [/[\u2010-\u2015\u2212]/gu, '-'],
];

/** Straight and curly quotes, apostrophes and dashes compared as one (--ignore-quotes). */
export function foldQuotes(token: string): string {
  return QUOTES.reduce((t, [re, to]) => t.replace(re, to), token);
}
