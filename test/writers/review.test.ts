/**
 * The review page: what it counts is what the JSON counts, every change is one element the page
 * can filter and step to, and the page reads back as the redline it is (accept gives the revised
 * text, reject the base, clause for clause). Its behaviour in a browser is tested in test/browser/.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, type DocumentDiff } from '../../src/engine/compare.js';
import { InputError } from '../../src/model/errors.js';
import type { Parsed, Resolution } from '../../src/model/resolution.js';
import { readDocument } from '../../src/readers/document.js';
import { readInput } from '../../src/readers/input.js';
import { parseFile, parseText, textOf } from '../../src/readers/read.js';
import { mergeInputs } from '../../src/library.js';
import { diffReview, mergeReview } from '../../src/writers/review-product.js';
import { writeText } from '../../src/writers/text.js';
import { applyEdits, edit, outlineOf, outlineText } from '../helpers/edits.js';
import { fixture, PAIRS } from '../helpers/fixtures.js';

const OPTIONS = { author: 'Test', date: '2026-01-01T00:00:00Z' };
const page = (diffs: readonly DocumentDiff[]): string => [...diffReview(diffs, 'base.txt → revised.txt')].join('');
const diffOf = (a: Parsed, b: Parsed): DocumentDiff[] => compare(a, b, OPTIONS);
const pair = (name: string): [Parsed, Parsed] => [parseFile(fixture(`pairs/${name}/base.txt`)), parseFile(fixture(`pairs/${name}/revised.txt`))];

/** The page read back in both views, as `accept` and `reject` read it. */
function views(html: string): { accepted: Parsed; rejected: Parsed } {
  const doc = readDocument({ file: 'redline.html', bytes: new TextEncoder().encode(html) });
  return { accepted: textOf(doc, 'accepted').parsed, rejected: textOf(doc, 'rejected').parsed };
}

/** Elements of the inline view (and notes) that are a change of this kind. */
function shown(html: string, kind: string): number {
  const inline = html.slice(html.indexOf('<div class="inline">'), html.indexOf('<table class="side">'));
  const notes = html.includes('<section class="notes">') ? html.slice(html.indexOf('<section class="notes">')) : '';
  return [...`${inline}${notes}`.matchAll(/<(?:p|li) [^>]*class="[^"]*\bchange\b[^"]*"[^>]*data-kinds="([^"]*)"/gu)].filter((m) => (m[1] ?? '').split(' ').includes(kind)).length;
}

const counted = (html: string, key: string): number => Number(new RegExp(`data-count="${key}">(\\d+)<`, 'u').exec(html)?.[1] ?? Number.NaN);

describe('round trip: accept(page) = revised, reject(page) = base', () => {
  it.each(PAIRS)('%s', (name) => {
    const [a, b] = pair(name);
    const { accepted, rejected } = views(page(diffOf(a, b)));
    expect(writeText(accepted)).toBe(writeText(b));
    expect(writeText(rejected)).toBe(writeText(a));
  });

  it('Busan 2014 -> Dubai 2018, footnotes and moves included', () => {
    const a = parseFile(fixture('res179-busan-2014.txt'));
    const b = parseFile(fixture('res179-dubai-2018.txt'));
    const { accepted, rejected } = views(page(diffOf(a, b)));
    expect(accepted).toEqual(b);
    expect(rejected).toEqual(a);
  });

  it.each(['fr', 'es', 'ru', 'zh', 'ar'])('%s', (code) => {
    const a = parseFile(`fixtures/${code}/parallel/resolution.txt`);
    const b = parseFile(`fixtures/${code}/parallel/revised.txt`);
    const { accepted, rejected } = views(page(diffOf(a, b)));
    expect(writeText(accepted)).toBe(writeText(b));
    expect(writeText(rejected)).toBe(writeText(a));
  });

  it('random edit scripts on the Res. 179 fixture', () => {
    const outline = outlineOf(parseFile(fixture('res179-dubai-2018.txt')) as Resolution);
    const baseText = outlineText(outline);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const a = parseText(baseText, 'base.txt');
        const b = parseText(outlineText(applyEdits(outline, edits).outline), 'revised.txt');
        const d = diffOf(a, b);
        const html = page(d);
        const { accepted, rejected } = views(html);
        expect(writeText(accepted)).toBe(writeText(b));
        expect(writeText(rejected)).toBe(writeText(a));
        // every change is one element the filters and the navigation reach, as the JSON counts it
        const summary = (d[0] as DocumentDiff).comparison.summary;
        expect(shown(html, 'modified')).toBe(summary.MOD);
        expect(shown(html, 'added')).toBe(summary.ADD);
        expect(shown(html, 'suppressed')).toBe(summary.SUP);
        expect(shown(html, 'moved')).toBe(summary.moved);
        expect(shown(html, 'relettered')).toBe(summary.relabeled);
      }),
      { numRuns: 60, seed: 179 },
    );
  });
});

describe('the page', () => {
  const busan = parseFile(fixture('res179-busan-2014.txt'));
  const dubai = parseFile(fixture('res179-dubai-2018.txt'));
  const d = diffOf(busan, dubai);
  const html = page(d);
  const summary = (d[0] as DocumentDiff).comparison.summary;

  it('is one file: no scripts, styles or fonts from elsewhere', () => {
    expect(html).not.toMatch(/<link\b|\bsrc=|url\(|@import|https?:\/\//u);
  });

  it('is titled, says what was compared, and counts by kind what the JSON counts', () => {
    expect(html).toContain('<title>Redline: RESOLUTION 179 (REV. DUBAI, 2018)</title>');
    expect(html).toContain('Compared: base.txt → revised.txt');
    expect([counted(html, 'modified'), counted(html, 'added'), counted(html, 'suppressed'), counted(html, 'moved'), counted(html, 'relettered')]).toEqual([summary.MOD, summary.ADD, summary.SUP, summary.moved, summary.relabeled]);
    for (const kind of ['modified', 'added', 'suppressed', 'moved', 'relettered']) expect(shown(html, kind), kind).toBe(counted(html, kind));
  });

  it('keeps labels out of <ins> and <del> unless the label itself changed', () => {
    expect(html).not.toMatch(/<(ins|del)\b[^>]*>(?:(?!<\/\1>).)*<span class="label">/u);
    for (const m of html.matchAll(/<p [^>]*data-role="item"[^>]*>(<span class="label">.*?<\/span>)/gu)) {
      const paragraph = m[0];
      const label = m[1] as string;
      const relabelled = /data-kinds="[^"]*(relettered|added|suppressed)/u.test(paragraph) || /data-mark=/u.test(paragraph);
      if (!relabelled) expect(label, paragraph).not.toMatch(/<ins|<del/u);
    }
  });

  it('links footnote references to their notes and back', () => {
    const refs = [...html.matchAll(/<sup class="fnref"><a href="#(d0-fn-[^"]+)" id="([^"]+)">/gu)];
    expect(refs.length).toBeGreaterThan(0);
    for (const [, note, anchor] of refs) {
      expect(html).toContain(`<li id="${note}"`);
      expect(html).toContain(`href="#${anchor}"`);
    }
    expect(html).not.toMatch(/<span class="text">[^<]*\[\d+\]/u);
  });

  it('pairs a moved clause with the place it left, both ways', () => {
    const [a, b] = pair('move');
    const moved = page(diffOf(a, b));
    const links = [...moved.matchAll(/<p id="(d0-p\d+)"[^>]*>.*?<a class="pair ui" href="#(d0-p\d+)"/gu)];
    expect(links.length).toBe(4);
    for (const [, from, to] of links) expect(links.some(([, f, t]) => f === to && t === from), `${from} → ${to}`).toBe(true);
    // in the side-by-side table a moved clause is one row: where it was, and where it is
    expect(moved).toMatch(/<td class="ref">considering b\) → considering e\)<\/td>/u);
  });

  it('is written the same way twice', () => {
    expect(page(diffOf(busan, dubai))).toBe(html);
  });

  it('lays Arabic out right to left and Chinese with its fonts', () => {
    const ar = page(diffOf(parseFile('fixtures/ar/parallel/resolution.txt'), parseFile('fixtures/ar/parallel/revised.txt')));
    expect(ar).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">/u);
    expect(ar).toContain('<header class="page" lang="en" dir="ltr">');
    const zh = page(diffOf(parseFile('fixtures/zh/parallel/resolution.txt'), parseFile('fixtures/zh/parallel/revised.txt')));
    expect(zh).toMatch(/<html lang="zh" dir="ltr">/u);
    expect(zh).toContain('Noto Serif CJK SC');
  });
});

describe('the merge page', () => {
  const groups = ['apt.md', 'cept.md', 'rcc.md'].map((f) => readInput(fixture(`merge/${f}`)));
  const { merge } = mergeInputs(readInput(fixture('res179-dubai-2018.txt')), groups, { date: '2026-01-01T00:00:00Z' });
  const html = [...mergeReview(merge, 'base with proposals', 'side')].join('');

  it('counts clauses by status and changes by proposer as the JSON does', () => {
    const clauses = merge.documents.flatMap((x) => x.clauses);
    for (const status of ['agreed', 'compatible', 'conflict', 'unchanged'] as const) {
      expect(counted(html, `status-${status}`), status).toBe(clauses.filter((c) => c.status === status).length);
    }
    for (const p of merge.proposers) expect(counted(html, `proposer-${p.proposer}`)).toBe(p.changes);
  });

  it('marks each paragraph of the draft with its proposers and status, and reads back as the draft', () => {
    expect(html).toMatch(/data-proposers="[A-Z]+( [A-Z]+)*" data-status="conflict"/u);
    const { accepted } = views(html);
    expect(writeText(accepted)).toBe(writeText((merge.documents[0] as { draft: Resolution }).draft));
  });

  it('has a synoptic row per clause, with its status', () => {
    const rows = [...html.matchAll(/<tr id="d0-s\d+"/gu)].length;
    expect(rows).toBe(merge.documents[0]?.clauses.length);
  });
});

describe('reading pages back', () => {
  it('refuses an HTML file that is not a review page, in one line', () => {
    const read = (): unknown => readDocument({ file: 'other.html', bytes: new TextEncoder().encode('<html><body><p>hello</p></body></html>') });
    expect(read).toThrow(InputError);
    expect(read).toThrow(expect.objectContaining({ file: 'other.html', message: 'an HTML file that is not a redline review page' }));
  });

  it('reads a page a browser would save again: other quoting, entities, attributes in another order', () => {
    const [a, b] = pair('reword');
    const html = page(diffOf(a, b))
      .replace(/ (class|data-role|data-mark)="([^"]*)"/gu, " $1='$2'")
      .replace(/&quot;/gu, '&#34;')
      .replace(/<br>/gu, '<br/>');
    const { accepted, rejected } = views(html);
    expect(writeText(accepted)).toBe(writeText(b));
    expect(writeText(rejected)).toBe(writeText(a));
  });

  it('never throws anything but an InputError on a mangled page', () => {
    const [a, b] = pair('move');
    const html = page(diffOf(a, b));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: html.length }), fc.integer({ min: 0, max: 400 }), fc.string({ maxLength: 20 }), (at, cut, junk) => {
        const mangled = `${html.slice(0, at)}${junk}${html.slice(at + cut)}`;
        try {
          views(mangled);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 200, seed: 15 },
    );
  });
});
