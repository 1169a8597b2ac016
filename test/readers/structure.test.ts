import { describe, expect, it } from 'vitest';
import { labelsRule } from '../../src/engine/lint/labels.js';
import { InputError } from '../../src/model/errors.js';
import { lintInput } from '../../src/library.js';
import type { Item, Resolution } from '../../src/model/resolution.js';
import { findItem } from '../../src/model/visit.js';
import { parseFile, parseText } from '../../src/readers/read.js';
import { fixture } from '../helpers/fixtures.js';

const DUBAI_BLOCKS: [string, string, number][] = [
  ['recognizing', 'preamble', 5],
  ['considering', 'preamble', 11],
  ['recalling', 'preamble', 8],
  ['recalling-further', 'preamble', 4],
  ['taking-into-account', 'preamble', 6],
  ['resolves', 'operative', 5],
  ['requests-the-itu-council', 'operative', 5],
  ['instructs-the-secretary-general', 'operative', 8],
  ['instructs-the-secretary-general-and-the-directors-of-the-bureaux', 'operative', 2],
  ['instructs-the-director-of-the-telecommunication-development-bureau', 'operative', 9],
  ['instructs-the-director-of-the-telecommunication-standardization-bureau', 'operative', 5],
  ['invites-member-states', 'operative', 11],
  ['invites-sector-members', 'operative', 5],
  ['invites-member-states-and-sector-members', 'operative', 3],
];

const res = (file: string): Resolution => parseFile(fixture(file)) as Resolution;
const find = findItem;

/** The tree without the labels as written, which differ between the label styles. */
function shape(r: Resolution): unknown {
  const items = (list: Item[]): unknown[] => list.map((it) => ({ id: it.id, label: it.label, text: it.text, items: items(it.items) }));
  return { ...r, blocks: r.blocks.map((b) => ({ ...b, items: items(b.items) })) };
}

describe('the Res. 179 (Rev. Dubai, 2018) fixture', () => {
  const r = res('res179-dubai-2018.txt');

  it('has the title, revision tag, subtitle and formula', () => {
    expect(r).toMatchObject({
      kind: 'resolution',
      lang: 'en',
      number: '179',
      revision: 'REV. DUBAI, 2018',
      title: 'RESOLUTION 179 (REV. DUBAI, 2018)',
      subtitle: "ITU's role in child online protection",
      formula: 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),',
    });
  });

  it('has the 14 blocks, in order, with their parts and item counts', () => {
    expect(r.blocks.map((b) => [b.id, b.part, b.items.length])).toEqual(DUBAI_BLOCKS);
  });

  it('letters preamble items and numbers operative items, with ids from block and label', () => {
    expect(r.blocks[1]?.items.map((i) => i.label).join('')).toBe('abcdefghijk');
    expect(r.blocks[5]?.items.map((i) => i.id)).toEqual(['resolves/1', 'resolves/2', 'resolves/3', 'resolves/4', 'resolves/5']);
    expect(find(r, 'considering/k')).toMatchObject({ label: 'k', labelText: 'k)' });
    expect(find(r, 'resolves/2')).toMatchObject({ label: '2', labelText: '2' });
  });

  it('nests the sub-items i) and ii) under instructs the Secretary-General 3', () => {
    const three = find(r, 'instructs-the-secretary-general/3');
    expect(three?.items.map((i) => [i.id, i.labelText])).toEqual([
      ['instructs-the-secretary-general/3/i', 'i)'],
      ['instructs-the-secretary-general/3/ii', 'ii)'],
    ]);
  });

  it('keeps an inline enumeration inside its item', () => {
    const it3 = find(r, 'invites-member-states/3');
    expect(it3?.text).toMatch(/ a\) .*; b\) .*; and c\) /u);
    expect(it3?.items).toEqual([]);
    expect(r.blocks.find((b) => b.id === 'invites-member-states')?.items).toHaveLength(11);
  });

  it('keeps the footnote marker in the text and the note apart', () => {
    expect(find(r, 'recalling/e')?.text).toContain('Child[1]');
    expect(r.footnotes).toHaveLength(1);
    expect(r.footnotes[0]?.id).toBe('1');
    expect(r.footnotes[0]?.text.length).toBeGreaterThan(20);
  });

  it('keeps cross-references as text', () => {
    expect(find(r, 'instructs-the-secretary-general/1')?.text).toContain('resolves 1, 2 and 3 above');
  });

  it('ends items with ITU punctuation: ; inside a block, , at its end, . at the very end', () => {
    for (const b of r.blocks) {
      b.items.forEach((it, k) => {
        const last = k === b.items.length - 1;
        const end = last ? (b === r.blocks.at(-1) ? '.' : ',') : ';';
        expect(it.text.endsWith(end), it.id).toBe(true);
      });
    }
  });
});

describe('variants of the same text parse to the same tree', () => {
  const reference = res('res179-dubai-2018.txt');
  it.each(['res179-dubai-2018.crlf.txt', 'res179-dubai-2018.oneline.txt', 'res179-dubai-2018.italic.md'])('%s', (file) => {
    expect(res(file)).toEqual(reference);
  });
  it.each(['res179-dubai-2018.headings.md', 'res179-dubai-2018.parens.txt'])('%s (labels written otherwise)', (file) => {
    expect(shape(res(file))).toEqual(shape(reference));
  });
  it('keeps labels as written in the (a) / 1. style', () => {
    const r = res('res179-dubai-2018.parens.txt');
    expect(find(r, 'considering/c')).toMatchObject({ label: 'c', labelText: '(c)' });
    expect(find(r, 'resolves/4')).toMatchObject({ label: '4', labelText: '4.' });
    expect(find(r, 'instructs-the-secretary-general/3/ii')).toMatchObject({ label: 'ii', labelText: '(ii)' });
  });
});

describe('the older Busan 2014 version', () => {
  const r = res('res179-busan-2014.txt');
  it('opens with considering and carries the older tag', () => {
    expect(r.revision).toBe('REV. BUSAN, 2014');
    expect(r.formula).toContain('(Busan, 2014),');
    expect(r.blocks.map((b) => `${b.id}:${b.items.length}`)).toEqual([
      'considering:8',
      'recognizing:4',
      'recalling:6',
      'resolves:4',
      'instructs-the-secretary-general:6',
      'instructs-the-director-of-the-telecommunication-development-bureau:7',
      'invites-member-states:8',
      'invites-sector-members:4',
    ]);
  });
});

describe('a collection of three resolutions', () => {
  const parsed = parseFile(fixture('final-acts-excerpt.txt'));
  it('splits on titles, with kinds, numbers and revision tags', () => {
    expect(parsed.kind).toBe('collection');
    if (parsed.kind !== 'collection') return;
    expect(parsed.documents.map((d) => [d.kind, d.number, d.revision])).toEqual([
      ['resolution', '2', 'REV. DUBAI, 2018'],
      ['resolution', '208', 'DUBAI, 2018'],
      ['decision', '5', 'REV. DUBAI, 2018'],
    ]);
    const r208 = parsed.documents[1] as Resolution;
    expect(r208.blocks.map((b) => [b.id, b.part])).toEqual([
      ['considering', 'preamble'],
      ['acknowledging-with-satisfaction', 'preamble'],
      ['resolves', 'operative'],
      ['instructs-the-director-of-the-telecommunication-development-bureau', 'operative'],
    ]);
    expect(r208.annexes).toHaveLength(1);
    expect(r208.annexes[0]).toMatchObject({ id: 'annex', part: 'annex', heading: 'ANNEX TO RESOLUTION 208 (DUBAI, 2018)' });
    expect(r208.annexes[0]?.items.map((i) => i.id)).toEqual(['annex/p1', 'annex/p2', 'annex/p3']);
    expect((parsed.documents[2] as Resolution).blocks.map((b) => b.id)).toEqual(['noting', 'decides', 'instructs-the-secretary-general']);
  });
});

describe('a numbered meeting report', () => {
  const r = res('meeting-report.txt');
  it('is a document with numbered paragraphs nested by their numbers', () => {
    expect(r.kind).toBe('document');
    expect(r.title).toMatch(/^Summary record/u);
    const body = r.blocks[0];
    expect(body?.id).toBe('body');
    expect(body?.items.map((i) => i.label)).toEqual(['1', '2', '3', '4']);
    expect(body?.items[2]?.items.map((i) => i.id)).toEqual(['body/3/3.1', 'body/3/3.2', 'body/3/3.3']);
  });
});

describe('labels past the everyday ones', () => {
  const head = 'RESOLUTION 9 (REV. DUBAI, 2018)\n\nA test\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\n';
  const items = (text: string): string[] => {
    const res = parseText(`${head}${text}`, 'labels.txt') as Resolution;
    return res.blocks.flatMap((b) => b.items.map((i) => `${i.id} ${i.text}`));
  };

  it('item 1000 of a long list follows 999 instead of running into it', () => {
    const list = Array.from({ length: 1002 }, (_, k) => `${k + 1}\tpoint ${k + 1};`).join('\n\n');
    const out = items(`resolves\n\n${list}\n`);
    expect(out).toHaveLength(1002);
    expect(out.slice(998)).toEqual(['resolves/999 point 999;', 'resolves/1000 point 1000;', 'resolves/1001 point 1001;', 'resolves/1002 point 1002;']);
  });

  it('a year that starts a line of a wrapped paragraph, or a paragraph of its own, is no label', () => {
    expect(items('considering\n\na)\tthat the assembly met in\n2015 and agreed;\n\nb)\tthat it met again,\n\n2030 Agenda items are noted below\n')).toEqual([
      'considering/a that the assembly met in 2015 and agreed;',
      'considering/b that it met again,\n2030 Agenda items are noted below',
    ]);
  });

  it('letters go on past zz: aaa, bbb', () => {
    const letter = (k: number): string => String.fromCharCode(97 + (k % 26)).repeat(Math.floor(k / 26) + 1);
    const out = items(`considering\n\n${Array.from({ length: 56 }, (_, k) => `${letter(k)})\tpoint ${k + 1};`).join('\n\n')}\n`);
    expect(out).toHaveLength(56);
    expect(out.slice(51)).toEqual(['considering/zz point 52;', 'considering/aaa point 53;', 'considering/bbb point 54;', 'considering/ccc point 55;', 'considering/ddd point 56;']);
  });

  it('a zero-width space before a label does not hide it', () => {
    expect(items('resolves\n\n1\tto do one thing;\n\n\u200b2\tto do another.\n')).toEqual(['resolves/1 to do one thing;', 'resolves/2 to do another.']);
  });

  it('a label written twice stands beside the first, not under it, and lint names its line', () => {
    const text = `${head}resolves\n\n1\tto do these things:\n\na)\tone;\n\na)\tanother;\n\nb)\ta third;\n\n2\tto end.\n`;
    const res = parseText(text, 'twice.txt') as Resolution;
    const first = res.blocks[0]?.items[0];
    expect(first?.items.map((i) => `${i.id} ${i.text} (${i.items.length})`)).toEqual(['resolves/1/a one; (0)', 'resolves/1/a-2 another; (0)', 'resolves/1/b a third; (0)']);
    const found = labelsRule.check(lintInput({ file: 'twice.txt', bytes: new TextEncoder().encode(text) }));
    expect(found.map((f) => [f.line, f.message])).toEqual([[13, 'label "a)" appears twice in its list (first on line 11)']]);
  });

  it('items nested past twenty levels (1.1.1.1...) are refused with the line, in bounded time', () => {
    const labels = Array.from({ length: 3000 }, (_, k) => Array.from({ length: k + 1 }, () => '1').join('.'));
    const text = `${head}resolves\n\n${labels.map((l) => `${l}\tpoint;`).join('\n\n')}\n`;
    expect(() => parseText(text, 'deep.txt')).toThrow(new InputError(`items nested more than 20 deep ("${labels[20]}")`, 'deep.txt', 49, 'check the labels: a resolution nests items a few levels deep (1, a), i), 1.1)'));
    // twenty levels are read
    const twenty = parseText(`${head}resolves\n\n${labels.slice(0, 20).map((l) => `${l}\tpoint;`).join('\n\n')}\n`, 'twenty.txt') as Resolution;
    let depth = 0;
    for (let items = twenty.blocks[0]?.items ?? []; items.length > 0; items = items[0]?.items ?? []) depth++;
    expect(depth).toBe(20);
  });

  it('a sub-list in another style still goes under its item: a) then (a) or i)', () => {
    const out = parseText(`${head}resolves\n\n1\tto do:\n\na)\tone:\n\ni)\tfirst;\n\nii)\tsecond;\n\nb)\ttwo.\n`, 'sub.txt') as Resolution;
    const a = out.blocks[0]?.items[0]?.items[0];
    expect(a?.items.map((i) => i.id)).toEqual(['resolves/1/a/i', 'resolves/1/a/ii']);
  });
});
