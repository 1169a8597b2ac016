/**
 * A proposal meets its base: excerpts never suppress what they leave out, marks decide ADD, SUP
 * and NOC of whole provisions, flattened marks and wrong bases are refused.
 */
import { describe, expect, it } from 'vitest';
import { applyProposal, parse, readProposal, type Resolution } from '../../src/index.js';
import { declaredBase, sameBase } from '../../src/engine/base.js';
import { flattenedWords } from '../../src/engine/flattened.js';
import { english } from '../../src/languages/registry.js';
import { writeText } from '../../src/writers/text.js';
import { fixtureText } from '../helpers/fixtures.js';

const en = english();
const dubai = (): Resolution => parse(fixtureText('res179-dubai-2018.txt')) as Resolution;
const applied = (base: Resolution, text: string, options: { form?: 'whole' | 'revised'; file?: string } = {}): { text: string; notices: string[] } => {
  const read = readProposal(text, base, { file: options.file ?? 'p.txt', ...options });
  return { text: writeText(applyProposal(base, read.proposals).resolution), notices: read.notices };
};

describe('a clean excerpt', () => {
  it('changes what it reproduces and leaves the rest, saying so', () => {
    const base = dubai();
    const { text, notices } = applied(base, 'considering\n\nc)\tthat many parents and carers lack the knowledge they need;\n');
    expect(text).toBe(writeText(base).replace(/c\)\tthat many parents, carers and educators lack[^\n]*/u, 'c)\tthat many parents and carers lack the knowledge they need;'));
    expect(notices).toEqual([expect.stringMatching(/read as an excerpt; \d+ provisions it does not reproduce are left as they are \(--form whole/u)]);
  });

  it('rewrites an item it gives under its label even when the new text shares nothing with the old', () => {
    const base = dubai();
    const { text } = applied(base, 'considering\n\nc)\tthat budgets for awareness campaigns are shrinking everywhere;\n');
    expect(text).toContain('c)\tthat budgets for awareness campaigns are shrinking everywhere;\n\nd)\tthat national legal frameworks');
    expect(text).not.toContain('parents, carers and educators');
  });

  it('inserts a new item at its label and re-letters the items after it', () => {
    const base = dubai();
    const old = 'that many parents, carers and educators lack the knowledge and the tools they need to guide children safely through the risks they may meet online;';
    const { text } = applied(base, `considering\n\nc)\tthat schools are where most children first go online;\n\nd)\t${old}\n`);
    expect(text).toContain(`c)\tthat schools are where most children first go online;\n\nd)\t${old}\n\ne)\tthat national legal frameworks`);
    expect(text).toContain('l)\tthat the work of ITU in this field');
  });

  it('reproducing every block but leaving out an item is ambiguous: refused, and decided by --form', () => {
    const base = dubai();
    const whole = writeText(base).replace(/\n\n4\tto cooperate with law enforcement[^\n]*/u, '').replace('\n\n5\tto share their experience', '\n\n4\tto share their experience');
    expect(() => applied(base, whole)).toThrow(/reproduces every block but leaves out "invites Sector Members 4": left out, or suppressed\?/u);
    expect(applied(base, whole, { form: 'whole' }).text).toBe(whole);
    expect(applied(base, whole, { form: 'revised' }).text).toBe(writeText(base));
  });
});

describe('marks before provisions', () => {
  it('ADD adds each provision at its label; SUP suppresses each; NOC changes nothing', () => {
    const base = dubai();
    const text = [
      'ADD TST/1/1',
      'considering',
      'l)\tthat a new item goes last,',
      'SUP TST/1/2',
      'invites Sector Members',
      '2\tto provide users with simple tools;',
      'NOC TST/1/3',
      'resolves',
      '1\tto continue;',
    ].join('\n\n');
    const read = readProposal(text, base, { file: 'p.txt' });
    expect(read.proposals.map((p) => [p.reference, p.changes.map((c) => `${c.op} ${c.reference}`)])).toEqual([
      ['TST/1/1', ['ADD considering l)']],
      ['TST/1/2', ['SUP invites Sector Members 2']],
      ['TST/1/3', ['NOC resolves 1']],
    ]);
    const out = writeText(applyProposal(base, read.proposals).resolution);
    expect(out).toContain('l)\tthat a new item goes last,');
    expect(out).not.toContain('to provide users with simple tools for reporting');
    expect(out).toContain('2\tto offer parents and carers clear information');
  });

  it('ADD of a new block alone closes its part; after a block the text shows, it follows that block', () => {
    const base = dubai();
    const headings = (text: string): string[] => writeText(applyProposal(base, readProposal(text, base, { file: 'p.txt' }).proposals).resolution).split('\n').filter((l) => /^(noting|taking into account|resolves|recognizing|considering)$/u.test(l));
    expect(headings('ADD TST/1/5\n\nnoting\n\na)\tthat one thing is new,\n')).toEqual(['recognizing', 'considering', 'taking into account', 'noting', 'resolves']);
    expect(headings('ADD TST/1/6\n\nconsidering\n\nl)\tthat a new item goes last,\n\nnoting\n\na)\tthat one thing is new,\n')).toEqual(['recognizing', 'considering', 'noting', 'taking into account', 'resolves']);
  });

  it('SUP of a whole block', () => {
    const base = dubai();
    const read = readProposal('SUP TST/1/4\n\ninvites Member States and Sector Members\n', base, { file: 'p.txt' });
    expect(read.proposals[0]?.changes.map((c) => `${c.op} ${c.reference}`)).toEqual(['SUP invites Member States and Sector Members']);
    expect(writeText(applyProposal(base, read.proposals).resolution)).not.toContain('invites Member States and Sector Members');
  });
});

describe('flattened marks', () => {
  const base = dubai();
  const revised = (from: string, to: string): Resolution => parse(writeText(base).replace(from, to)) as Resolution;
  it('a word and the word that replaced it run together, in capitals or digits', () => {
    expect(flattenedWords(base, revised('(REV. DUBAI, 2018)', '(REV. DUBAIBUCHAREST, 20182022)'))).toEqual(['DUBAIBUCHAREST', '20182022']);
    expect(flattenedWords(base, revised('(REV. DUBAI, 2018)', '(REV. DUBAI, 20182)'))).toEqual(['20182']);
  });
  it('but not a word that grew a real ending', () => {
    expect(flattenedWords(base, revised('the tools they need', 'the toolsets they need'))).toEqual([]);
    expect(flattenedWords(base, revised('children going online', 'childrens going online'))).toEqual([]);
    expect(flattenedWords(base, revised('(REV. DUBAI, 2018)', '(REV. BUCHAREST, 2022)'))).toEqual([]);
  });
});

describe('the declared base', () => {
  it('is found in any sentence that names the resolution', () => {
    expect(declaredBase('Proposals on revision of Resolution 179 (Rev. Busan, 2014)', en)).toEqual({ text: 'Resolution 179 (Rev. Busan, 2014)', number: '179', revision: 'Rev. Busan, 2014' });
    expect(declaredBase('a letter', en)).toBeNull();
  });
  it('matches by number, place and year, whatever the capitals', () => {
    const base = dubai();
    expect(sameBase({ text: '', number: '179', revision: 'Rev. Dubai, 2018' }, base, en)).toBe(true);
    expect(sameBase({ text: '', number: '179', revision: 'Rev. Busan, 2014' }, base, en)).toBe(false);
    expect(sameBase({ text: '', number: '178', revision: 'Rev. Dubai, 2018' }, base, en)).toBe(false);
    expect(sameBase({ text: '', number: '179', revision: null }, base, en)).toBe(true);
  });
});
