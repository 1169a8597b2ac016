/**
 * A moved clause in every writer: shown once, at its destination, with its word edits and where
 * it came from (Markdown and Word, which must give both views whole, keep its old text deleted at
 * its origin and note each end); and still one change in JSON.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compare, type DocumentDiff } from '../../src/engine/compare.js';
import type { Parsed } from '../../src/model/resolution.js';
import { resolveMarkup } from '../../src/readers/criticmarkup.js';
import { parseFile, parseText } from '../../src/readers/read.js';
import { writeDocx } from '../../src/writers/docx.js';
import { diffReview } from '../../src/writers/review-product.js';
import { writeMarkdown } from '../../src/writers/markdown.js';
import { writeTerminal } from '../../src/writers/terminal.js';
import { writeText } from '../../src/writers/text.js';
import { fixture } from '../helpers/fixtures.js';

const base = parseFile(fixture('pairs/move/base.txt'));
const revised = parseFile(fixture('pairs/move/revised.txt'));
const diff = (a: Parsed = base, b: Parsed = revised): DocumentDiff => compare(a, b, { author: 'Test', date: '2026-01-01T00:00:00Z' })[0] as DocumentDiff;
const SPECTRUM = 'that the cost of spectrum licences remains a';
const count = (text: string, what: string): number => text.split(what).length - 1;

/** The move pair with one word of the moved clause changed on the way. */
const reworded = parseText(writeText(revised).replace('remains a significant barrier', 'remains a serious barrier'), 'reworded.txt');

describe('the redline model', () => {
  it('marks the two ends of a move, each naming the other', () => {
    const moves = diff().redline.paragraphs.filter((p) => p.move);
    expect(moves.map((p) => [p.move?.end, p.id, p.move?.reference])).toEqual([
      ['origin', 'considering/b', 'considering e)'],
      ['destination', 'considering/e', 'considering b)'],
      ['origin', 'resolves/3', 'instructs the Secretary-General 2'],
      ['destination', 'instructs-the-secretary-general/2', 'resolves 3'],
    ]);
  });
  it('gives the destination its word edits', () => {
    const dest = diff(base, reworded).redline.paragraphs.find((p) => p.move?.end === 'destination' && p.id === 'considering/e');
    // The final punctuation follows the new place: `;` became `,`.
    expect(dest?.text.filter((s) => s.op !== 'equal')).toEqual([
      { op: 'delete', text: 'significant' },
      { op: 'insert', text: 'serious' },
      { op: 'delete', text: ';' },
      { op: 'insert', text: ',' },
    ]);
  });
});

describe('Markdown', () => {
  it('notes where each end went or came from, with the word edits at the destination, and keeps both views whole', () => {
    const md = writeMarkdown([diff(base, reworded).redline]);
    expect(md).toContain('{>>moved to considering e)<<}');
    expect(md).toContain('{>>moved from considering b): that the cost of spectrum licences remains a [-significant-]{+serious+} barrier');
    expect(writeText(parseText(resolveMarkup(md, 'accept'), 'a.md', { format: 'markdown' }))).toBe(writeText(reworded));
    expect(writeText(parseText(resolveMarkup(md, 'reject'), 'r.md', { format: 'markdown' }))).toBe(writeText(base));
  });
  it('puts the note in the title of <ins> and <del> with --markup html', () => {
    const md = writeMarkdown([diff().redline], 'html');
    expect(md).toContain('<del title="moved to considering e)">b)\t');
    expect(md).toContain('<ins title="moved from considering b): that the cost of spectrum licences remains a significant barrier for small operators in many developing countries[-;-]{+,+}">e)\t');
    expect(writeText(parseText(resolveMarkup(md, 'reject'), 'r.md', { format: 'markdown' }))).toBe(writeText(base));
  });
});

describe('the review page', () => {
  const html = [...diffReview([diff(base, reworded)], 'base → revised')].join('');
  const inline = html.slice(html.indexOf('<div class="inline">'), html.indexOf('<table class="side">'));
  it('shows the moved clause at its destination with its word edits, linked to where it came from and back', () => {
    expect(inline).toMatch(/<p id="d0-p(\d+)" class="item change k-moved"[^>]*data-mark="insert"[^>]*>.*<del>significant<\/del><ins>serious<\/ins>.*<a class="pair ui" href="#d0-p\d+" data-goto="d0-\d+">moved from considering b\)<\/a><\/p>/u);
    // its old place keeps its old text, struck through, for reject to read back
    expect(inline).toMatch(/<p id="d0-p\d+" class="item origin k-moved"[^>]*data-mark="delete"[^>]*><span class="label"><del>b\)<\/del><\/span><span class="text"><del>that the cost of spectrum.*<a class="pair ui" href="#d0-p\d+" data-goto="d0-\d+">moved to considering e\)<\/a><\/p>/u);
  });
  it('pairs the two ends in one row of the side-by-side table', () => {
    const table = html.slice(html.indexOf('<table class="side">'));
    expect(table).toMatch(/<td class="ref">considering b\) → considering e\)<\/td><td><del>b\)<\/del> that the cost of spectrum licences remains a <del>significant<\/del> barrier/u);
    expect(count(table, SPECTRUM)).toBe(2);
  });
});

describe('the terminal', () => {
  it('shows one line per moved clause, with where it came from', () => {
    const text = writeTerminal([diff(base, reworded).redline], false);
    expect(count(text, SPECTRUM)).toBe(1);
    expect(text).toMatch(/^considering\/e {2}\(moved from considering b\)\) \[-b\)-\]\{\+e\)\+\} that the cost of spectrum licences remains a \[-significant-\]\{\+serious\+\} barrier/mu);
  });
});

describe('Word', () => {
  it('notes each end of a move in a comment, the destination with its word edits', async () => {
    const files = unzipSync(await writeDocx(diff(base, reworded).redline));
    const comments = strFromU8(files['word/comments.xml'] ?? new Uint8Array());
    expect(comments).toContain('moved to considering e)');
    expect(comments).toContain('moved from considering b): that the cost of spectrum licences remains a [-significant-]{+serious+} barrier');
    expect(strFromU8(files['word/document.xml'] ?? new Uint8Array())).toMatch(/<w:commentRangeStart w:id="0"\/>/u);
  });
  it('writes no comments part when nothing moved', async () => {
    const files = unzipSync(await writeDocx(diff(parseFile(fixture('pairs/reword/base.txt')), parseFile(fixture('pairs/reword/revised.txt'))).redline));
    expect(files['word/comments.xml']).toBeUndefined();
  });
});

describe('JSON', () => {
  it('is one change per moved clause, where it landed, with its words and where it came from', () => {
    const moved = diff(base, reworded).comparison.changes.filter((c) => c.moved);
    expect(moved.map((c) => [c.op, c.base, c.revised])).toEqual([
      ['MOD', 'considering/b', 'considering/e'],
      ['MOD', 'resolves/3', 'instructs-the-secretary-general/2'],
    ]);
    expect(moved[0]?.words?.filter((s) => s.op !== 'equal').map((s) => s.text)).toEqual(['significant', 'serious', ';', ',']);
  });
});
