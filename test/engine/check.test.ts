/**
 * The consolidated text against the expected one, clause by clause: layout is no difference; a
 * word, a label, a missing or extra clause and a footnote are.
 */
import { describe, expect, it } from 'vitest';
import { checkConsolidated } from '../../src/engine/check.js';
import type { Resolution } from '../../src/model/resolution.js';
import { parseText } from '../../src/readers/read.js';
import { fixtureText } from '../helpers/fixtures.js';

const text = fixtureText('res179-dubai-2018.txt');
const parse = (t: string): Resolution => parseText(t, 'c.txt') as Resolution;
const base = parse(text);
const report = (t: string): string[] => checkConsolidated(base, parse(t)).map((m) => `${m.reference}: ${m.expected === null ? '+' : m.actual === null ? '-' : '~'}`);

describe('checkConsolidated', () => {
  it('finds nothing between a text and itself, whatever the spacing', () => {
    expect(report(text)).toEqual([]);
    expect(report(text.replace('that children are now among', 'that children  are now   among').replace('\nconsidering\n', '\nconsidering \n'))).toEqual([]);
  });

  it('names a changed word, a re-lettered item, a missing item, an item too many and a changed footnote', () => {
    expect(report(text.replace('affordable smartphones', 'cheap smartphones'))).toEqual(['considering a): ~']);
    const m = checkConsolidated(base, parse(text.replace('affordable smartphones', 'cheap smartphones')))[0];
    expect(m?.words.filter((s) => s.op !== 'equal').map((s) => `${s.op} ${s.text}`)).toEqual(['delete affordable', 'insert cheap']);
    expect(report(text.replace(/\nd\)\tthat several regional organizations[^\n]*\n/u, '\n'))).toEqual(['recalling further d): -']);
    expect(report(text.replace('\nrecalling further\n', '\nrecalling further\n\na)\tthat one more thing was recalled;\n').replace(/\n([a-d])\)\tthat (the Tunis|the United|the Human|several)/gu, (_m, l: string, w: string) => `\n${String.fromCharCode(l.charCodeAt(0) + 1)})\tthat ${w}`))).toContain('recalling further a): +');
    expect(report(text.replace('entered into force in September 1990', 'entered into force in 1990'))).toEqual(['footnote 1: ~']);
  });
});
