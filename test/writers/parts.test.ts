/**
 * Writers in parts: a large redline is written out a document at a time. The parts, joined, must
 * be exactly what the writer gives whole, for any run of documents (empty ones included), and a
 * lazy run of diffs must be taken once, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/model/comparison.js';
import { summarize } from '../../src/model/comparison.js';
import type { RedlineDocument } from '../../src/model/redline.js';
import { diffReview } from '../../src/writers/review-product.js';
import { diffJson, redlineJsonParts, writeJson } from '../../src/writers/json.js';
import { markdownParts, writeMarkdown } from '../../src/writers/markdown.js';
import type { FileDiff } from '../../src/writers/registry.js';
import { write } from '../../src/writers/registry.js';

const doc = (texts: string[], lang = 'en'): RedlineDocument => ({
  lang,
  author: 'A',
  date: '2026-01-01T00:00:00Z',
  paragraphs: texts.map((t, k) => ({ role: 'item', id: `i${k}`, depth: 0, label: [{ op: 'equal', text: `${k + 1}` }], text: [{ op: 'equal', text: `${t} ` }, { op: 'insert', text: 'new' }], mark: null })),
  footnotes: [],
});

const comparison = (n: number): Comparison => {
  const changes = Array.from({ length: n }, (_, k) => ({ op: 'MOD' as const, kind: 'item' as const, base: `i${k}`, revised: `i${k}`, relabeled: false, moved: false, words: [] }));
  return { changes, summary: summarize(changes, n % 2) };
};

const docs = fc.array(fc.array(fc.constantFrom('alpha', 'beta', 'gamma'), { maxLength: 3 }), { maxLength: 5 });

/** Documents that can be taken once only, as the library's diffs are. */
function* once<T>(items: readonly T[], taken: T[]): Generator<T> {
  for (const item of items) {
    taken.push(item);
    yield item;
  }
}

describe('writers in parts', () => {
  it('Markdown: the parts joined are the blocks of every document, one blank line apart', () => {
    fc.assert(
      fc.property(docs, (texts) => {
        const all = texts.map((t) => doc(t));
        const joined = [...markdownParts(all)].join('');
        expect(joined).toBe(writeMarkdown(all));
        const blocks = all.flatMap((d) => d.paragraphs.map((p) => `${p.label[0]?.text}\t${p.text[0]?.text}{++new++}`));
        expect(joined).toBe(`${blocks.join('\n\n')}\n`);
      }),
    );
  });

  it('HTML: the review page in parts, a document each, in the first document’s language', () => {
    const all: FileDiff[] = [doc(['alpha'], 'ar'), doc(['beta'])].map((redline, k) => ({ file: null, document: `resolution ${k + 1}`, comparison: comparison(1), redline }));
    const parts = [...diffReview(all, 'a → b')];
    const page = parts.join('');
    // the head, then each document in parts of its own, then the header and the outline
    expect(parts.length).toBeGreaterThan(4);
    expect(parts.findIndex((x) => x.includes('alpha'))).toBeLessThan(parts.findIndex((x) => x.includes('beta')));
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page.indexOf('alpha')).toBeLessThan(page.indexOf('beta'));
  });

  it('JSON: the parts joined are the JSON of the whole, for one file, a collection and folders', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ changes: fc.nat(3), file: fc.option(fc.constantFrom('a.txt', 'b.txt'), { nil: null }) }), { maxLength: 4 }), (specs) => {
        const diffs: FileDiff[] = specs.map((s, k) => ({ file: s.file, document: `resolution ${k + 1}`, comparison: comparison(s.changes), redline: doc([]) }));
        const joined = [...redlineJsonParts(diffs)].join('');
        expect(joined).toBe(writeJson(diffJson(diffs)));
        expect(() => JSON.parse(joined) as unknown).not.toThrow();
      }),
    );
  });

  it('takes lazy diffs once, in order, and writes them whole', async () => {
    const diffs: FileDiff[] = [1, 2, 3].map((k) => ({ file: null, document: `resolution ${k}`, comparison: comparison(k), redline: doc([`text ${k}`]) }));
    for (const format of ['md', 'json', 'html'] as const) {
      const taken: FileDiff[] = [];
      const out = await write(format, { kind: 'redline', diffs: once(diffs, taken) });
      expect(taken, format).toEqual(diffs);
      expect(typeof out === 'string' && out.includes(format === 'json' ? '"resolution 3"' : 'text 3'), format).toBe(true);
    }
  });
});
