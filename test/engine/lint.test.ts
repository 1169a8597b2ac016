import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bracketsRule } from '../../src/engine/lint/brackets.js';
import { crossReferencesRule } from '../../src/engine/lint/cross-references.js';
import { duplicateHeadingsRule } from '../../src/engine/lint/duplicate-headings.js';
import { emptyItemsRule } from '../../src/engine/lint/empty-items.js';
import { headingsRule } from '../../src/engine/lint/headings.js';
import { labelsRule } from '../../src/engine/lint/labels.js';
import { leftoverMarksRule } from '../../src/engine/lint/leftover-marks.js';
import { punctuationRule } from '../../src/engine/lint/punctuation.js';
import { revisionTagRule } from '../../src/engine/lint/revision-tag.js';
import { ALL_RULES } from '../../src/engine/lint.js';
import { RULES } from '../../src/engine/lint/rules.js';
import { english } from '../../src/languages/registry.js';
import { lintInput } from '../../src/library.js';
import { RULE_IDS, type LintInput, type RawFinding, type Rule } from '../../src/model/lint.js';
import type { Item } from '../../src/model/resolution.js';
import { readInput } from '../../src/readers/input.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';

const en = english();
const { item: ITEM, last: LAST, end: END, lead: LEAD } = en.punctuation;

const inputOf = (text: string): LintInput => lintInput({ file: 'bad.txt', bytes: new TextEncoder().encode(text) });
const check = (rule: Rule, text: string): RawFinding[] => rule.check(inputOf(text));
const all = (input: LintInput): RawFinding[] => RULES.flatMap((r) => r.check(input));

/**
 * A short resolution written by the rules, modelled on Res. 179 (fixtures/en/lint/good.txt): lines
 * 7 considering (a) 9, b) 11, c) 13), 15 recalling further (a) 17, b) 19), 21 resolves (1 23, 2 25,
 * 3 27), 29 instructs the Secretary-General (1 31, 2 33 with i) 35, ii) 37).
 */
const good = fixtureText('lint/good.txt');

/** The good text with each `from` replaced once by `to`: a change that does not apply is a broken test. */
function bad(...edits: [string, string][]): string {
  return edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`the text has no "${from}"`);
    return text.replace(from, to);
  }, good);
}

describe('lint rules', () => {
  it('are the rules the command line lists, in the same order', () => {
    expect(ALL_RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it('are listed in order, each with its default severity and a one-line description', () => {
    expect(RULES.map((r) => [r.id, r.severity])).toEqual([
      ['labels', 'error'],
      ['punctuation', 'warn'],
      ['revision-tag', 'error'],
      ['headings', 'warn'],
      ['cross-references', 'error'],
      ['brackets', 'error'],
      ['empty-items', 'error'],
      ['duplicate-headings', 'error'],
      ['leftover-marks', 'error'],
    ]);
    for (const r of RULES) expect(r.description).toMatch(/^[^\n]{10,}$/u);
  });

  it.each(['res179-dubai-2018.txt', 'res179-busan-2014.txt', 'final-acts-excerpt.txt', 'lint/good.txt'])('are silent on %s, a text written by the rules', (name) => {
    expect(all(lintInput(readInput(fixture(name))))).toEqual([]);
  });
});

describe('labels', () => {
  it('finds a gap', () => {
    expect(check(labelsRule, bad(['c)\tthat national', 'd)\tthat national']))).toEqual([
      { rule: 'labels', line: 13, clause: 'considering d)', message: 'label "d)" after "b)": "c)" is missing', fix: expect.stringContaining('"d)"') as string },
    ]);
  });

  it('finds a duplicate', () => {
    expect(check(labelsRule, bad(['c)\tthat national', 'b)\tthat national']))).toMatchObject([
      { rule: 'labels', line: 13, clause: 'considering b)', message: expect.stringContaining('"b)" appears twice in its list (first on line 11)') as string },
    ]);
  });

  it('finds a label where another is expected', () => {
    expect(check(labelsRule, bad(['b)\tthat many', 'f)\tthat many']))).toMatchObject([
      { rule: 'labels', line: 11, clause: 'considering f)', message: 'label "f)" after "a)" where "b)" is expected', fix: 'label it "b)"' },
    ]);
  });

  it('finds labels out of order', () => {
    const text = bad(['2\tto keep', '3\tto keep'], ['3\tto give', '2\tto give']);
    expect(check(labelsRule, text)).toMatchObject([
      { rule: 'labels', line: 25, clause: 'resolves 3', message: expect.stringContaining('"2" is missing') as string },
      { rule: 'labels', line: 27, clause: 'resolves 2', message: 'label "2" is out of order after "3"' },
    ]);
  });

  it('finds a label written unlike the others of its list', () => {
    expect(check(labelsRule, bad(['b)\tthat many', '(b)\tthat many']))).toEqual([
      { rule: 'labels', line: 11, clause: 'considering (b)', message: 'label "(b)" is written unlike the others of its list ("a)")', fix: 'write it "b)", as the others are' },
    ]);
    // a letter among numbers stands in the place of the number expected there: the list goes on from it
    expect(check(labelsRule, bad(['2\tto keep', 'b)\tto keep']))).toEqual([
      { rule: 'labels', line: 25, clause: 'resolves b)', message: 'label "b)" is written unlike the others of its list ("1")', fix: 'label it as the others of its list are ("1")' },
    ]);
  });

  it('accepts a suffixed label after its base, and finds one away from it', () => {
    const after = (label: string): string => bad(['c)\tthat national helplines have proved their value[1],', `c)\tthat national helplines have proved their value[1];\n\n${label}\tthat more of them are needed,`]);
    expect(check(labelsRule, after('c bis)'))).toEqual([]);
    expect(check(labelsRule, after('b bis)'))).toMatchObject([{ rule: 'labels', line: 15, clause: 'considering b bis)', message: 'label "b bis)" stands after "c)", not after its base "b)"' }]);
  });

  it('checks sub-items as a list of their own', () => {
    // `j)` continues `i)` as a letter: the reader keeps it in the sub-list, read here as roman numerals
    expect(check(labelsRule, bad(['ii)\tthe use', 'j)\tthe use']))).toEqual([
      { rule: 'labels', line: 37, clause: 'instructs the Secretary-General 2 j)', message: 'label "j)" after "i)" where "ii)" is expected', fix: 'label it "ii)"' },
    ]);
    // `iv)` continues no list under 2: the reader puts it among the numbered items, and i) stands alone
    expect(check(labelsRule, bad(['ii)\tthe use', 'iv)\tthe use']))).toMatchObject([
      { rule: 'labels', line: 37, clause: 'instructs the Secretary-General iv)', message: 'label "iv)" is written unlike the others of its list ("1")' },
      { rule: 'labels', line: 35, clause: 'instructs the Secretary-General 2 i)', message: '"i)" is the only item of its list under "2"' },
    ]);
  });

  it('names an item that a wrong label put under the item before it', () => {
    // `a)` starts a list: the parser puts it under b), and c) then skips b)
    const text = bad(['c)\tthat national', 'a)\tthat national'], ['\nrecalling further', '\nd)\tthat more is needed,\n\nrecalling further']);
    expect(check(labelsRule, text)).toMatchObject([
      { rule: 'labels', line: 15, clause: 'considering d)', message: expect.stringContaining('"c)" is missing') as string },
      { rule: 'labels', line: 13, clause: 'considering b) a)', message: expect.stringContaining('it may be "c)" with a wrong label') as string },
    ]);
    expect(check(labelsRule, bad(['c)\tthat national', 'a)\tthat national']))).toMatchObject([
      { rule: 'labels', line: 13, clause: 'considering b) a)', message: '"a)" is the only item of its list under "b)"' },
    ]);
  });

  it('finds re-lettering of any item of any list of the fixture, on that item\'s line', () => {
    const text = fixtureText('res179-dubai-2018.txt');
    const input = lintInput(readInput(fixture('res179-dubai-2018.txt')));
    const res = input.documents[0];
    const lines = input.lines[0];
    if (!res || !lines) throw new Error('the fixture did not parse');
    const lists: Item[][] = [];
    const collect = (items: Item[]): void => {
      if (items.length > 0) lists.push(items);
      for (const it of items) collect(it.items);
    };
    for (const b of res.blocks) collect(b.items);
    expect(lists.length).toBe(15);
    const source = text.split('\n');
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    const cases = fc
      .constantFrom(...lists)
      .chain((list) => fc.tuple(fc.constantFrom(...list), fc.constantFrom(...letters)))
      .filter(([item, letter]) => item.label !== letter);
    fc.assert(
      fc.property(cases, ([item, letter]) => {
        const line = lines.get(item.id) as number;
        const copy = [...source];
        const old = copy[line - 1] as string;
        expect(old.startsWith(`${item.labelText}\t`)).toBe(true);
        copy[line - 1] = `${letter})${old.slice(item.labelText.length)}`;
        const found = check(labelsRule, copy.join('\n'));
        expect(found.filter((f) => f.line === line).map((f) => f.rule)).toContain('labels');
      }),
      { numRuns: 150 },
    );
  });
});

describe('punctuation', () => {
  it('finds an item, a last item and the last item of the resolution ending wrongly', () => {
    const text = bad(
      ['ever younger age;', `ever younger age${LAST}`],
      [`protecting children online${LAST}`, `protecting children online${ITEM}`],
      [`for that purpose${END}`, `for that purpose${LAST}`],
    );
    expect(check(punctuationRule, text)).toEqual([
      { rule: 'punctuation', line: 9, clause: 'considering a)', message: `"…time at an ever younger age${LAST}" ends with "${LAST}", but an item ends with "${ITEM}"`, fix: `end it with "${ITEM}"` },
      { rule: 'punctuation', line: 19, clause: 'recalling further b)', message: expect.stringContaining(`but the last item of a block ends with "${LAST}"`) as string, fix: `end it with "${LAST}"` },
      { rule: 'punctuation', line: 37, clause: 'instructs the Secretary-General 2 ii)', message: expect.stringContaining(`but the last item of the resolution ends with "${END}"`) as string, fix: `end it with "${END}"` },
    ]);
  });

  it('finds an item with no final punctuation', () => {
    expect(check(punctuationRule, bad([`in line with considering b) above${ITEM}`, 'in line with considering b) above']))).toMatchObject([
      { rule: 'punctuation', line: 25, clause: 'resolves 2', message: expect.stringContaining('has no final punctuation') as string },
    ]);
  });

  it('lets an item that introduces sub-items end with the lead or the item punctuation', () => {
    expect(check(punctuationRule, bad([`resolution, covering${LEAD}`, `resolution, covering${ITEM}`]))).toEqual([]);
    expect(check(punctuationRule, bad([`resolution, covering${LEAD}`, `resolution, covering${END}`]))).toMatchObject([
      { rule: 'punctuation', line: 33, clause: 'instructs the Secretary-General 2', message: expect.stringContaining('an item that introduces sub-items') as string, fix: `end it with "${LEAD}" or "${ITEM}"` },
    ]);
  });

  it('ends the last sub-item as its parent would', () => {
    // in the fixture, instructs the Secretary-General 3 is not last: its last sub-item ends as an item
    const text = fixtureText('res179-dubai-2018.txt').replace(`by Member States and Sector Members${ITEM}`, `by Member States and Sector Members${LAST}`);
    expect(check(punctuationRule, text)).toMatchObject([
      { rule: 'punctuation', line: 119, clause: 'instructs the Secretary-General 3 ii)', message: expect.stringContaining(`an item ends with "${ITEM}"`) as string },
    ]);
  });

  it('does not count a footnote marker at the end', () => {
    expect(check(punctuationRule, bad([`their value[1]${LAST}`, `their value${LAST}[1]`]))).toEqual([]);
  });
});

describe('revision-tag', () => {
  it("finds a formula that names another conference than the title's tag", () => {
    expect(check(revisionTagRule, bad(['(Dubai, 2018),', '(Busan, 2014),']))).toEqual([
      {
        rule: 'revision-tag',
        line: 5,
        clause: 'formula',
        message: `the formula's place and year "Busan, 2014" differ from the title's revision tag "REV. DUBAI, 2018"`,
        fix: expect.stringContaining('"2018"') as string,
      },
    ]);
    expect(check(revisionTagRule, bad(['(Dubai, 2018),', '(Dubai, 2014),']))).toMatchObject([{ line: 5, message: expect.stringContaining("the formula's year") as string }]);
  });

  it('is silent without a tag or a formula', () => {
    expect(check(revisionTagRule, bad(['RESOLUTION 179 (REV. DUBAI, 2018)', 'RESOLUTION 179'], ['(Dubai, 2018),', '(Busan, 2014),']))).toEqual([]);
    expect(check(revisionTagRule, bad(['The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n', '']))).toEqual([]);
  });
});

describe('headings', () => {
  it('finds block headings that look like misspelt known ones', () => {
    const text = bad(['\nconsidering\n', '\nconsidring\n'], ['recalling further', 'recaling further'], ['\nresolves\n', '\nresolve\n']);
    expect(check(headingsRule, text)).toEqual([
      { rule: 'headings', line: 7, clause: 'considring', message: '"considring" looks like the heading "considering" misspelt', fix: 'write "considering"' },
      { rule: 'headings', line: 15, clause: 'recaling further', message: '"recaling further" looks like the heading "recalling further" misspelt', fix: 'write "recalling further"' },
      { rule: 'headings', line: 21, clause: 'resolve', message: '"resolve" looks like the heading "resolves" misspelt', fix: 'write "resolves"' },
    ]);
  });

  it('finds a paragraph the reader did not take for a heading', () => {
    // a final colon keeps the line from being read as a heading: it is a paragraph of its own
    expect(check(headingsRule, bad(['\nconsidering\n', '\nconsidring:\n']))).toMatchObject([
      { rule: 'headings', line: 7, clause: null, message: expect.stringContaining('the heading "considering"') as string },
    ]);
  });

  it('is silent on short sentences, and names a heading far from any known one as not in the table', () => {
    const text = bad(['\nrecalling further\n', '\nacknowledging with gratitude\n'], ['their value[1],', 'their value[1],\n\nNoted.\n\nDecided']);
    expect(check(headingsRule, text)).toEqual([
      {
        rule: 'headings',
        line: 19,
        clause: 'acknowledging with gratitude',
        message: '"acknowledging with gratitude" is read as a block heading, but the heading is not in the table',
        fix: 'check the heading, or add it to the language table',
      },
    ]);
  });
});

describe('cross-references', () => {
  it('finds a reference to an item the block does not have', () => {
    expect(check(crossReferencesRule, bad(['resolves 1, 2 and 3 above', 'resolves 1, 2 and 7 above']))).toEqual([
      { rule: 'cross-references', line: 31, clause: 'instructs the Secretary-General 1', message: '"resolves 7" refers to an item resolves does not have', fix: expect.stringContaining('resolves') as string },
    ]);
    expect(check(crossReferencesRule, bad(['resolves 1, 2 and 3 above', 'instructs the Secretary-General 2 iii) above']))).toMatchObject([
      { line: 31, message: '"instructs the Secretary-General 2 iii)" refers to an item instructs the Secretary-General 2 does not have' },
    ]);
  });

  it('finds a reference to a block the text does not have', () => {
    expect(check(crossReferencesRule, bad(['considering b) above', 'recalling b) above']))).toEqual([
      { rule: 'cross-references', line: 25, clause: 'resolves 2', message: '"recalling b)" refers to a block "recalling" the text does not have', fix: expect.stringContaining('"recalling"') as string },
    ]);
  });

  it('is silent on references to clauses the text has and to other texts', () => {
    expect(check(crossReferencesRule, bad(['considering b) above', 'recalling further a) and b) and resolves 2 of Resolution 130 (Rev. Dubai, 2018)']))).toEqual([]);
    expect(check(crossReferencesRule, bad(['considering b) above', 'resolves 7 of Resolution 130 (Rev. Dubai, 2018)']))).toEqual([]);
    // words after a heading word, not references: a number after a lettered block, a bare number after a heading the text has not
    expect(check(crossReferencesRule, bad(['considering b) above', 'considering 3 criteria and the invites 3 experts may send']))).toEqual([]);
  });
});

describe('brackets', () => {
  it('finds unbalanced brackets', () => {
    expect(check(bracketsRule, bad(['ever younger age;', 'ever [younger age;']))).toMatchObject([
      { rule: 'brackets', line: 9, clause: 'considering a)', message: expect.stringContaining('"[" is never closed: "') as string },
    ]);
    expect(check(bracketsRule, bad(['many parents and', 'many parents] and']))).toMatchObject([
      { rule: 'brackets', line: 11, clause: 'considering b)', message: expect.stringContaining('"]" closes no "["') as string },
    ]);
  });

  it('finds an alternative that names no proposer', () => {
    const text = bad(['that many parents and educators lack the tools they need to guide children safely;', '[that many parents lack the tools (RCC)] [that many educators lack the tools];']);
    expect(check(bracketsRule, text)).toEqual([
      { rule: 'brackets', line: 11, clause: 'considering b)', message: 'the alternative "[that many educators lack the tools]" names no proposer', fix: expect.stringContaining('(RCC)') as string },
    ]);
    expect(check(bracketsRule, text.replace('lack the tools]', 'lack the tools (EUR)]'))).toEqual([]);
  });
});

describe('empty-items', () => {
  it('finds an item with no text and a block with no items', () => {
    const text = bad(['b)\tthat many parents and educators lack the tools they need to guide children safely;', 'b)\t;'], ['\nrecalling further\n', '\nrecalling\n\nrecalling further\n']);
    expect(check(emptyItemsRule, text)).toEqual([
      { rule: 'empty-items', line: 15, clause: 'recalling', message: 'the block "recalling" has no items', fix: expect.any(String) as string },
      { rule: 'empty-items', line: 11, clause: 'considering b)', message: 'item "b)" has no text', fix: expect.any(String) as string },
    ]);
  });

  it('finds a label standing alone', () => {
    expect(check(emptyItemsRule, bad(['2\tto keep the guidelines on child online protection under review, in line with considering b) above;', '2']))).toMatchObject([
      { rule: 'empty-items', line: 25, clause: null, message: 'a paragraph holds the label "2" alone: an item with no text' },
    ]);
  });
});

describe('duplicate-headings', () => {
  it('finds a heading written twice', () => {
    expect(check(duplicateHeadingsRule, bad(['recalling further', 'considering']))).toEqual([
      { rule: 'duplicate-headings', line: 15, clause: 'considering', message: 'the heading "considering" appears a second time (first on line 7)', fix: expect.any(String) as string },
    ]);
  });
});

describe('leftover-marks', () => {
  it('finds a file that still carries marks', () => {
    expect(check(leftoverMarksRule, bad(['ever younger age', 'ever {++younger++} age']))).toEqual([
      { rule: 'leftover-marks', line: null, clause: null, message: 'the file still carries CriticMarkup or <ins>/<del> marks', fix: expect.any(String) as string },
    ]);
  });

  it('finds fragments of marks left in the text', () => {
    expect(check(leftoverMarksRule, bad(['ever younger age', 'ever {++younger age']))).toMatchObject([
      { rule: 'leftover-marks', line: 9, clause: 'considering a)', message: expect.stringContaining('"{++"') as string },
    ]);
    expect(check(leftoverMarksRule, bad(['many parents and', 'many parents~>carers and']))).toMatchObject([
      { rule: 'leftover-marks', line: 11, clause: 'considering b)', message: expect.stringContaining('"~>"') as string },
    ]);
  });
});
