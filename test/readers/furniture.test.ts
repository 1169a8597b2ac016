/** The furniture of proposals, found on paragraphs: covers, mark lines, Reasons. */
import { describe, expect, it } from 'vitest';
import { english } from '../../src/languages/registry.js';
import { readDocument } from '../../src/readers/document.js';
import { describeFurniture, readCover, separateFurniture, splitProposals } from '../../src/readers/furniture.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';

const en = english();
const sourceOf = (name: string) => readDocument({ file: fixture(name), bytes: new TextEncoder().encode(fixtureText(name)) }).source();

describe('the cover of a contribution', () => {
  it('gives the meeting, document symbol, date, original language, source, title and introduction', () => {
    const { cover } = splitProposals(sourceOf('contributions/cwg-cop-14/contribution.md'), en);
    expect(readCover(cover, en)).toEqual({
      meeting: 'Council Working Group on Child Online Protection, Fourteenth meeting, Geneva, 23 January 2018',
      document: 'CWG-COP-14/3-E',
      date: '15 December 2017',
      original: 'Russian',
      source: 'Russian Federation, Armenia, Belarus, Kyrgyzstan',
      title: 'PROPOSALS ON REVISION OF RESOLUTION 179 (REV. BUSAN, 2014)',
      introduction: [expect.stringMatching(/^Since the Busan conference/u), expect.stringMatching(/^The proposals below refer/u)],
    });
  });

  it("takes a title that names its proposals after the group's own words", () => {
    const lines = ['Plenipotentiary Conference (PP-22)', 'Document 25-E', '20 July 2022', 'Original: English', 'Member States of the CEPT', 'EUROPEAN COMMON PROPOSALS FOR THE WORK OF THE CONFERENCE', 'A summary.'];
    const read = readCover(lines.map((text, k) => ({ text, line: k + 1 })), en);
    expect(read).toMatchObject({ source: 'Member States of the CEPT', title: 'EUROPEAN COMMON PROPOSALS FOR THE WORK OF THE CONFERENCE', introduction: ['A summary.'] });
    const unrelated = readCover(['Document 25-E', 'Member States of the CEPT', 'SOME OTHER WORDS FOR THE CONFERENCE'].map((text, k) => ({ text, line: k + 1 })), en);
    expect(unrelated.title).toBeNull();
  });

  it('without its usual fields, is kept whole as the introduction', () => {
    const cover = [{ text: 'A note to the secretariat.', line: 1 }];
    expect(readCover(cover, en)).toMatchObject({ meeting: null, document: null, title: null, introduction: ['A note to the secretariat.'] });
  });
});

describe('proposals in a document', () => {
  it('open at each numbered mark line, with their own Reasons', () => {
    const { chunks } = splitProposals(sourceOf('contributions/pp-22/contribution.md'), en);
    expect(chunks.map((c) => [c.mark?.op, c.mark?.number, c.paragraphs[0]?.text, c.reasons.length])).toEqual([
      ['MOD', 'RCC/44A12/1', 'considering', 1],
      ['ADD', 'RCC/44A12/2', 'recognizing', 1],
      ['SUP', 'RCC/44A12/3', 'invites Sector Members', 1],
      // the accepted view: the revision tag as proposed
      ['MOD', 'RCC/44A12/4', 'RESOLUTION 67 (REV. KIGALI, 2022)', 1],
    ]);
  });

  it('a bare ADD or SUP inside a text marks a block of it, and opens no proposal', () => {
    const source = {
      file: 'p.txt',
      footnotes: [],
      paragraphs: ['MOD TST/1/1', 'RESOLUTION 1 (REV. DUBAI, 2018)', 'considering', 'a)\tthat one,', 'ADD', 'noting', 'a)\tthat two,', 'Reasons: Because.'].map((text, k) => ({ text, line: k + 1 })),
    };
    const { chunks } = splitProposals(source, en);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.inline.map((m) => m.op)).toEqual(['ADD']);
    const { sources, furniture } = separateFurniture(source, en);
    expect(sources[0]?.paragraphs.map((p) => p.text)).toEqual(['RESOLUTION 1 (REV. DUBAI, 2018)', 'considering', 'a)\tthat one,', 'noting', 'a)\tthat two,']);
    expect(furniture).toEqual({ cover: [], marks: [{ op: 'MOD', number: 'TST/1/1', line: 1 }, { op: 'ADD', number: null, line: 5 }], reasons: ['Because.'], summary: [] });
  });

  it("a merge's closing summary is set aside, from its title on", () => {
    const paragraphs = ['RESOLUTION 1 (REV. DUBAI, 2018)', 'considering', 'a)\tthat one,', 'Summary of the proposals', 'RCC: Changes 1; agreed 1'];
    const { sources, furniture } = separateFurniture({ file: 'd.md', footnotes: [], paragraphs: paragraphs.map((text, k) => ({ text, line: k + 1 })) }, en);
    expect(sources[0]?.paragraphs.map((p) => p.text)).toEqual(paragraphs.slice(0, 3));
    expect(furniture.summary).toEqual(paragraphs.slice(3));
    expect(describeFurniture(furniture)).toBe('the summary of a merge');
  });

  it('text before the title of a document with no marks is not a cover: it stays, and the parser refuses it', () => {
    const source = { file: 'p.txt', footnotes: [], paragraphs: ['A cover note', 'RESOLUTION 1', 'considering', 'a)\tthat one,'].map((text, k) => ({ text, line: k + 1 })) };
    expect(splitProposals(source, en).cover).toEqual([]);
  });
});
