import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApplyError, applyProposals } from '../../src/engine/apply.js';
import { deriveProposal } from '../../src/engine/derive.js';
import { english } from '../../src/languages/registry.js';
import type { Proposal } from '../../src/model/proposal.js';
import type { Resolution } from '../../src/model/resolution.js';
import { parseFile, parseText } from '../../src/readers/read.js';
import { writeInstructions } from '../../src/writers/proposal.js';
import { writeText } from '../../src/writers/text.js';
import { applyEdits, edit, outlineOf, outlineText, withoutCrossReferences, type Edit } from '../helpers/edits.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';
import { instructionsOf } from '../helpers/proposals.js';

const en = english();
const dubai = (): Resolution => parseFile(fixture('res179-dubai-2018.txt')) as Resolution;
const instructions = (body: string): Proposal => instructionsOf(body);
const apply = (base: Resolution, ...bodies: string[]): { text: string; notes: string[] } => {
  const r = applyProposals(base, bodies.map(instructions), en);
  return { text: writeText(r.resolution), notes: r.notes.map((n) => `${n.clause}: ${n.message}`) };
};

describe('reading instructions', () => {
  it('reads front matter, change lines, texts and reasons', () => {
    const p = instructionsOf(fixtureText('proposals/rcc-2017/instructions.md'), 'rcc.md');
    expect(p).toMatchObject({ proposer: 'Russian Federation, Armenia, Belarus, Kyrgyzstan', reference: 'RCC/3/1', date: '2017-12-01', revision: 'Rev. Dubai, 2018', form: 'instructions' });
    expect(p.changes.map((c) => `${c.op} ${c.reference} @${c.line}`)).toEqual([
      'ADD recognizing a) @9',
      'MOD recalling a) @15',
      'MOD considering b) @21',
      'MOD considering d) @25',
    ]);
    expect(p.changes[0]?.text).toMatch(/^that the Sustainable Development Goals/u);
    expect(p.changes[0]?.reasons).toBe('The resolution should refer to the 2030 Agenda for Sustainable Development.');
    expect(p.changes[2]?.reasons).toBeUndefined();
  });
  it('reads change lines typed without blank lines around them', () => {
    const p = instructions('MOD considering a)\na)\tthat something new;\nReasons: Because.\nSUP resolves 2\n');
    expect(p.changes.map((c) => [c.op, c.reference, c.text, c.reasons])).toEqual([
      ['MOD', 'considering a)', 'that something new;', 'Because.'],
      ['SUP', 'resolves 2', undefined, undefined],
    ]);
  });
});

describe('applying instructions', () => {
  it('RCC 2017 on the Busan text: new tag in title and formula, cited tag, new recognizing item, reworded considering items', () => {
    const base = parseFile(fixture('res179-busan-2014.txt')) as Resolution;
    expect(apply(base, fixtureText('proposals/rcc-2017/instructions.md')).text).toBe(fixtureText('proposals/rcc-2017/expected.txt'));
  });

  it('ADD at the top of resolves renumbers it and turns "resolves 1, 2 and 3 above" into "resolves 2, 3 and 4 above"', () => {
    const { text } = apply(dubai(), 'ADD resolves 1\n\n1\tto put children first;\n');
    expect(text).toContain('1\tto put children first;\n\n2\tto continue the Child Online Protection initiative');
    expect(text).toContain('to implement resolves 2, 3 and 4 above');
  });

  it('SUP closes the gap; a reference to the suppressed item alone is an error with the SUP line, never left pointing at another item', () => {
    const run = (): unknown => apply(dubai(), 'NOC title\n\nSUP considering d)\n');
    expect(run).toThrow(ApplyError);
    try {
      run();
    } catch (e) {
      expect((e as ApplyError).format()).toBe(
        'p.md:3: SUP considering d): requests the ITU Council 4 refers to considering d), which is suppressed; the reference would point at another item: rewrite requests the ITU Council 4 in the same proposal',
      );
    }
  });

  it('SUP with the referring clause rewritten in the same proposal: the other references follow', () => {
    const { text, notes } = apply(dubai(), 'SUP considering d)\n\nMOD requests the ITU Council 4\n\n4\tto encourage the exchange of information among Member States;\n');
    expect(text).not.toContain('that national legal frameworks');
    expect(text).toMatch(/\nd\)\tthat the collection and processing of personal data/u);
    expect(text).toContain('4\tto encourage the exchange of information among Member States;');
    // considering j) became i): the reference follows.
    expect(text).toContain('in line with considering i) above');
    expect(notes).toEqual([]);
  });

  it('a suppressed item leaves a list of references, with a warning: "resolves 1, 2 and 3" becomes "resolves 1 and 2"', () => {
    const { text, notes } = apply(dubai(), 'SUP resolves 2\n');
    expect(text).toContain('to implement resolves 1 and 2 above within the resources');
    expect(notes).toEqual(['instructs the Secretary-General 1: resolves 2 is suppressed and left the reference: now "resolves 1 and 2"']);
  });

  it('a reference to an item of a block suppressed whole is an error too', () => {
    expect(() => apply(dubai(), 'SUP resolves\n')).toThrow(/instructs the Secretary-General 1 refers to resolves 1, 2, 3, which is suppressed/u);
  });

  it('an ADD past the end of a list goes at the end, and says so', () => {
    const { text, notes } = apply(dubai(), 'ADD considering zz)\n\nzz)\tthat text;\n');
    expect(text).toContain('\n\nl)\tthat text;\n\nrecalling\n');
    expect(notes).toEqual(['considering zz): there is no place zz) yet: added at the end of the list']);
  });

  it('a suffixed label (c bis) leaves the others alone', () => {
    const { text } = apply(dubai(), 'ADD considering c bis)\n\nc bis)\tthat teachers need training too;\n');
    expect(text).toContain('\n\nc)\tthat many parents, carers and educators');
    expect(text).toContain('\n\nc bis)\tthat teachers need training too;\n\nd)\tthat national legal frameworks');
    expect(text).toContain('bearing in mind considering d) above');
  });

  it('a sub-item, a whole new block after the one named before it, a renamed block and the title', () => {
    const { text } = apply(
      dubai(),
      [
        'MOD instructs the Secretary-General 3 ii)', 'ii)\tto publish the results every two years;',
        'NOC recalling further', 'ADD noting', 'a)\tthat one thing happened;', 'b)\tthat another thing followed,',
        'MOD requests the ITU Council', 'requests the Council',
        'MOD title', 'RESOLUTION 179 (REV. BUCHAREST, 2022)',
      ].join('\n\n'),
    );
    const tree = parseText(text, 'x.txt') as Resolution;
    expect(tree.title).toBe('RESOLUTION 179 (REV. BUCHAREST, 2022)');
    expect(tree.blocks.map((b) => b.id).slice(3, 7)).toEqual(['recalling-further', 'noting', 'taking-into-account', 'resolves']);
    expect(tree.blocks.find((b) => b.id === 'requests-the-council')?.items).toHaveLength(5);
    expect(text).toContain('\n\nii)\tto publish the results every two years;\n\n');
  });

  it('proposals apply in order, each by the labels of the text it was drafted on', () => {
    const { text } = apply(dubai(), 'ADD resolves 1\n\n1\tto put children first;\n', 'MOD resolves 3\n\n3\tto keep a working group, open to all;\n');
    // The second proposal's resolves 3 is the original 3, now 4.
    expect(text).toContain('\n\n4\tto keep a working group, open to all;\n\n5\tthat ITU should work in close cooperation');
  });

  it('the new revision tag updates the title and the formula', () => {
    const { text } = apply(dubai(), '---\nrevision: Rev. Bucharest, 2022\n---\n\nNOC title\n');
    expect(text).toMatch(/^RESOLUTION 179 \(REV\. BUCHAREST, 2022\)\n/u);
    expect(text).toContain('Telecommunication Union (Bucharest, 2022),');
  });

  it('a reference to a clause that does not exist names it and suggests the nearest', () => {
    const run = (): unknown => apply(dubai(), 'MOD considering m)\n\nm)\ttext;\n');
    expect(run).toThrow(ApplyError);
    try {
      run();
    } catch (e) {
      expect((e as ApplyError).message).toBe('no clause "considering m)" in the base');
      expect((e as ApplyError).hint).toMatch(/^nearest: "considering [a-k]\)"/u);
    }
    expect(() => apply(dubai(), 'MOD considerin a)\n\na)\ttext;\n')).toThrow(/no block "considerin"/u);
  });
});

describe('several proposals, each read against the base', () => {
  const last = 'ADD considering l)\n\nl)\tthat a new item goes last,\n';
  const considering = (text: string): string[] => (text.split('\nconsidering\n')[1] ?? '').split('\nrecalling\n')[0]?.split('\n').filter(Boolean) ?? [];

  it('an addition after the last item stays last when an earlier proposal added an item before it', () => {
    const { text, notes } = apply(dubai(), 'ADD considering c)\n\nc)\tthat a new item goes third;\n', last);
    const items = considering(text);
    expect(items.at(-1)).toBe('m)\tthat a new item goes last,');
    expect(items[2]).toBe('c)\tthat a new item goes third;');
    expect(notes).toEqual([]);
  });

  it('and when an earlier proposal suppressed an item, with no warning', () => {
    const { text, notes } = apply(dubai(), 'SUP considering a)\n', last);
    expect(considering(text).at(-1)).toBe('k)\tthat a new item goes last,');
    expect(notes).toEqual([]);
  });
});

describe('apply(draft(base, revised)) = revised', () => {
  const base = dubai();
  const outline = withoutCrossReferences(outlineOf(base));
  const baseText = outlineText(outline);
  it.each(['markdown', 'text'] as const)('for random edit scripts, through a %s draft', (format) => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        const a = parseText(baseText, 'base.txt') as Resolution;
        const b = parseText(outlineText(applyEdits(outline, edits).outline), 'revised.txt') as Resolution;
        const proposal = deriveProposal(a, b, { proposer: 'P', reference: null, date: null, base: null, form: 'instructions', file: 'p' }, en);
        const written = writeInstructions(proposal, en, { markdown: format === 'markdown' });
        const read = instructionsOf(written, format === 'markdown' ? 'p.md' : 'p.txt');
        expect(writeText(applyProposals(a, [read], en).resolution)).toBe(writeText(b));
      }),
      { numRuns: 120 },
    );
  });
});

describe('new blocks placed after new blocks', () => {
  it('a NOC of a block the same proposal adds places the next new block after it (found by the property above)', () => {
    const outline = outlineOf(dubai());
    const words = ['network', 'network', 'network', 'network', 'network', 'network', 'network', 'network'];
    // the edit names the heading by its place among those the text does not use yet
    const unused = (taken: string[]): string[] => en.headings.map((h) => h.text).filter((h) => !outline.blocks.some((b) => b.heading === h) && !taken.includes(h));
    const edits: Edit[] = [
      { kind: 'addBlock', at: 827, heading: 0, words: [words] },
      { kind: 'across', block: 0, from: 0, to: 620, at: 0 },
      { kind: 'addBlock', at: 0, heading: unused([unused([])[0] ?? '']).indexOf('resolves further'), words: [words] },
      { kind: 'across', block: 0, from: 0, to: 0, at: 0 },
    ];
    const a = parseText(outlineText(outline), 'base.txt') as Resolution;
    const b = parseText(outlineText(applyEdits(outline, edits).outline), 'revised.txt') as Resolution;
    const written = writeInstructions(deriveProposal(a, b, { proposer: 'P', reference: null, date: null, base: null, form: 'instructions', file: 'p' }, en), en, { markdown: false });
    expect(written).toMatch(/\nNOC considering further\n\nADD resolves further\n/u);
    expect(writeText(applyProposals(a, [instructionsOf(written, 'p.txt')], en).resolution)).toBe(writeText(b));
  });
});

describe('proposals that cannot be applied as written', () => {
  it.each([
    ['SUP considering a)\n\nSUP considering a)\n', /changes "considering a\)" again \(see the SUP on line 1\)/u],
    ['MOD considering a)\n', /MOD gives no new text/u],
    ['MOD resolves\n', /MOD gives no new heading/u],
    ['ADD noting\n', /ADD of a block gives no items/u],
    ['ADD recalling further\n\na)\tthat again;\n', /the block "recalling further" is already in the base/u],
  ])('%j', (body, message) => {
    expect(() => apply(dubai(), body)).toThrow(message);
  });
});

describe('reasons', () => {
  it('run from "Reasons:" to the next change line, and are not part of the text', () => {
    const p = instructions('MOD considering a)\n\na)\tthat a;\n\nReasons: First line.\n\nSecond paragraph.\n\nSUP resolves 2\n');
    expect(p.changes.map((c) => [c.text, c.reasons])).toEqual([
      ['that a;', 'First line.\nSecond paragraph.'],
      [undefined, undefined],
    ]);
  });
});

describe('an editorial change of a label', () => {
  it('(a) written for a) survives draft and apply', () => {
    const a = parseFile(fixture('pairs/reword/base.txt')) as Resolution;
    const b = parseText(writeText(a).replace('\nb)\t', '\n(b)\t'), 'restyled.txt') as Resolution;
    const p = deriveProposal(a, b, { proposer: null, reference: null, date: null, base: null, form: 'instructions', file: 'p' }, en);
    expect(p.changes).toMatchObject([{ op: 'MOD', reference: 'considering b)', labelText: '(b)' }]);
    const read = instructionsOf(writeInstructions(p, en, { markdown: true }), 'p.md');
    expect(writeText(applyProposals(a, [read], en).resolution)).toBe(writeText(b));
  });
});
