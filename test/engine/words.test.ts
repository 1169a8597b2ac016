import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentTokens, tokenize } from '../../src/engine/tokenize.js';
import { diffWords, sideOf } from '../../src/engine/words.js';

describe('tokenize', () => {
  it('keeps Latin words with inner apostrophes and hyphens whole, punctuation apart', () => {
    expect(tokenize("ITU's Secretary-General, (2018);")).toEqual(["ITU's", ' ', 'Secretary-General', ',', ' ', '(', '2018', ')', ';']);
  });
  it('keeps Cyrillic, Greek and Arabic words whole', () => {
    expect(tokenize('защита детей')).toEqual(['защита', ' ', 'детей']);
    expect(tokenize('προστασία παιδιών')).toEqual(['προστασία', ' ', 'παιδιών']);
    expect(tokenize('حماية الأطفال')).toEqual(['حماية', ' ', 'الأطفال']);
  });
  it('cuts Chinese into words, not characters, and keeps full-width punctuation apart', () => {
    const tokens = tokenize('保护儿童上网安全，');
    expect(tokens.join('')).toBe('保护儿童上网安全，');
    expect(tokens.at(-1)).toBe('，');
    expect(tokens.some((t) => [...t].length > 1)).toBe(true);
  });
  it('gives back the text when its tokens are joined, in any mix of scripts (a Latin word running into Chinese included)', () => {
    const piece = fc.constantFrom('ITU', '的', '儿童', '保护', 'защита', 'حماية', ' ', '  ', '\t', ',', '，', '12.5', "'", '-', 'é', '\u0301');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text).join('')).toBe(text);
        expect(tokenize(text).every((t) => t !== '')).toBe(true);
      }),
    );
  });
  it('splits a Latin word written against Chinese into its word and the Chinese words', () => {
    expect(tokenize('ITU的作用')).toEqual(['ITU', '的', '作用']);
  });
  it('gives content tokens lower-cased without spaces or punctuation', () => {
    expect(contentTokens('The ITU, and the Union.')).toEqual(['the', 'itu', 'and', 'the', 'union']);
  });
});

describe('diffWords', () => {
  it('shows a changed word as one replacement, with the rest equal', () => {
    expect(diffWords('to protect children online;', 'to protect young people online;').segments).toEqual([
      { op: 'equal', text: 'to protect ' },
      { op: 'delete', text: 'children' },
      { op: 'insert', text: 'young people' },
      { op: 'equal', text: ' online;' },
    ]);
  });
  it('changes whole Russian words, not letters', () => {
    const { segments } = diffWords('поручает Генеральному секретарю', 'поручает Директору Бюро');
    expect(segments.filter((s) => s.op !== 'equal').map((s) => s.text)).toEqual(['Генеральному секретарю', 'Директору Бюро']);
  });
  it('changes whole Arabic words, not letters', () => {
    const { segments } = diffWords('يكلف الأمين العام', 'يكلف مدير المكتب');
    expect(segments[0]).toEqual({ op: 'equal', text: 'يكلف ' });
    expect(segments.filter((s) => s.op === 'delete').map((s) => s.text)).toEqual(['الأمين العام']);
  });
  it('changes Chinese words inside a clause without spaces', () => {
    const { segments } = diffWords('责成秘书长提交报告', '责成电信发展局主任提交报告');
    expect(sideOf(segments, 'base')).toBe('责成秘书长提交报告');
    expect(sideOf(segments, 'revised')).toBe('责成电信发展局主任提交报告');
    expect(segments[0]?.op).toBe('equal');
    expect(segments.at(-1)).toEqual({ op: 'equal', text: '提交报告' });
  });
  it('treats curly and straight quotes alike with ignoreQuotes', () => {
    expect(diffWords("ITU's role", 'ITU\u2019s role').segments.some((s) => s.op !== 'equal')).toBe(true);
    expect(diffWords("ITU's role", 'ITU\u2019s role', { ignoreQuotes: true }).segments.every((s) => s.op === 'equal')).toBe(true);
  });
  it('falls back to a whole replacement past its edit bound, and says so', () => {
    const a = Array.from({ length: 4000 }, (_, i) => `w${i}`).join(' ');
    const b = Array.from({ length: 4000 }, (_, i) => `v${i}`).join(' ');
    const d = diffWords(a, b);
    expect(d.fallback).toBe(true);
    expect(sideOf(d.segments, 'base')).toBe(a);
    expect(sideOf(d.segments, 'revised')).toBe(b);
  });
  it('gives the same answer however loaded the machine: the bound counts edits, not time', () => {
    // a clause of 500 words, every other one changed: within the bound, so never a fallback
    const a = Array.from({ length: 500 }, (_, i) => `w${i}`).join(' ');
    const b = Array.from({ length: 500 }, (_, i) => (i % 2 ? `v${i}` : `w${i}`)).join(' ');
    const d = diffWords(a, b);
    expect(d.fallback).toBe(false);
    expect(d.segments.filter((s) => s.op === 'insert')).toHaveLength(250);
    expect(diffWords(a, b, { maxEdits: 10 }).fallback).toBe(true);
  });
});
