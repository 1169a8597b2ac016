import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, type DocumentDiff } from '../../src/engine/compare.js';
import type { Change } from '../../src/model/comparison.js';
import { differs } from '../../src/model/comparison.js';
import { clausesOf } from '../../src/model/clauses.js';
import { documentsOf, type Parsed, type Resolution } from '../../src/model/resolution.js';
import { resolveMarkup } from '../../src/readers/criticmarkup.js';
import { parseFile, parseText } from '../../src/readers/read.js';
import { writeMarkdown } from '../../src/writers/markdown.js';
import { writeText } from '../../src/writers/text.js';
import { applyEdits, edit, outlineOf, outlineText } from '../helpers/edits.js';
import { fixture, PAIRS } from '../helpers/fixtures.js';
import { resolutionTree } from '../helpers/generate.js';

const pair = (name: string): [Parsed, Parsed] => [parseFile(fixture(`pairs/${name}/base.txt`)), parseFile(fixture(`pairs/${name}/revised.txt`))];
const diffOf = (a: Parsed, b: Parsed): DocumentDiff => compare(a, b, { author: 'Test', date: '2026-01-01T00:00:00Z' })[0] as DocumentDiff;
/** The changes that show something, in a compact form. */
const visible = (d: DocumentDiff): string[] =>
  d.comparison.changes
    .filter((c) => c.op !== 'NOC' || c.relabeled || c.moved)
    .map((c) => [c.op, c.base ?? '-', c.revised ?? '-', c.relabeled ? 'relabeled' : '', c.moved ? 'moved' : '', c.renamed ? 'renamed' : ''].filter(Boolean).join(' '));
const changed = (c: Change): string => (c.words ?? []).filter((s) => s.op !== 'equal').map((s) => `${s.op === 'insert' ? '+' : '-'}${s.text}`).join(' ');

/** accept(markdown redline) and reject(markdown redline), parsed back. */
function views(d: DocumentDiff[], file = 'redline.md'): { accepted: Parsed; rejected: Parsed } {
  const md = writeMarkdown(d.map((x) => x.redline));
  return {
    accepted: parseText(resolveMarkup(md, 'accept'), file, { format: 'markdown' }),
    rejected: parseText(resolveMarkup(md, 'reject'), file, { format: 'markdown' }),
  };
}

describe('alignment on the change pairs', () => {
  it('an inserted item: one ADD, the items after it re-lettered, never SUP + ADD', () => {
    expect(visible(diffOf(...pair('insert')))).toEqual([
      'ADD - considering/c',
      'NOC considering/c considering/d relabeled',
      'NOC considering/d considering/e relabeled',
      'NOC considering/e considering/f relabeled',
    ]);
  });
  it('a deleted item: one SUP, the items after it re-lettered', () => {
    expect(visible(diffOf(...pair('delete')))).toEqual([
      'SUP considering/b -',
      'NOC considering/c considering/b relabeled',
      'NOC considering/d considering/c relabeled',
      'NOC considering/e considering/d relabeled',
    ]);
  });
  it('a few reworded words are word edits, not a replaced clause', () => {
    const d = diffOf(...pair('reword'));
    expect(visible(d)).toEqual(['MOD considering/d considering/d', 'MOD resolves/3 resolves/3']);
    const [a, b] = d.comparison.changes.filter((c) => c.op === 'MOD') as [Change, Change];
    expect(changed(a)).toBe('-reliable +stable -precondition +prerequisite');
    expect(changed(b)).toBe('-fine geographical +detailed local');
  });
  it('moved items, within a block and to another block, are one change each', () => {
    expect(visible(diffOf(...pair('move')))).toEqual([
      'NOC considering/c considering/b relabeled',
      'NOC considering/d considering/c relabeled',
      'MOD considering/e considering/d relabeled',
      'MOD considering/b considering/e relabeled moved',
      'NOC resolves/4 resolves/3 relabeled',
      'MOD resolves/3 instructs-the-secretary-general/2 relabeled moved',
      'NOC instructs-the-secretary-general/2 instructs-the-secretary-general/3 relabeled',
      'NOC instructs-the-secretary-general/3 instructs-the-secretary-general/4 relabeled',
    ]);
  });
  it('renumbering after an insertion at the top of resolves, and the updated cross-reference', () => {
    const d = diffOf(...pair('reletter'));
    expect(visible(d)).toEqual([
      'ADD - resolves/1',
      'NOC resolves/1 resolves/2 relabeled',
      'NOC resolves/2 resolves/3 relabeled',
      'NOC resolves/3 resolves/4 relabeled',
      'NOC resolves/4 resolves/5 relabeled',
      'MOD instructs-the-secretary-general/1 instructs-the-secretary-general/1',
    ]);
    expect(changed(d.comparison.changes.find((c) => c.base === 'instructs-the-secretary-general/1') as Change)).toBe('-1 +2 -2 +3');
  });
  it('an item split in two', () => {
    const changes = diffOf(...pair('split')).comparison.changes;
    const add = changes.find((c) => c.op === 'ADD');
    const mod = changes.find((c) => c.splitInto);
    expect(add?.splitFrom).toBe('resolves/4');
    expect(mod?.base).toBe('resolves/4');
    expect(mod?.splitInto?.sort()).toEqual(['resolves/4', 'resolves/5']);
  });
  it('two items merged into one', () => {
    const changes = diffOf(...pair('merge')).comparison.changes;
    const sup = changes.find((c) => c.op === 'SUP');
    const mod = changes.find((c) => c.mergedFrom);
    expect(sup?.mergedInto).toBe('instructs-the-secretary-general/2');
    expect(mod?.revised).toBe('instructs-the-secretary-general/2');
    expect(mod?.mergedFrom?.sort()).toEqual(['instructs-the-secretary-general/2', 'instructs-the-secretary-general/3']);
  });
  it('a block added, removed or renamed is one change, with its items', () => {
    // The items of a block added or suppressed whole are changes of their own, with their words.
    expect(visible(diffOf(...pair('block-added')))).toEqual(['ADD - noting', 'ADD - noting/a', 'ADD - noting/b', 'ADD - noting/c']);
    expect(diffOf(...pair('block-added')).comparison.changes.find((c) => c.revised === 'noting/b')?.words?.[0]).toMatchObject({ op: 'insert' });
    expect(visible(diffOf(...pair('block-removed')))[0]).toBe('SUP recalling -');
    expect(visible(diffOf(...pair('block-removed'))).slice(1).every((c) => /^SUP recalling\/[a-z] -$/u.test(c))).toBe(true);
    expect(visible(diffOf(...pair('block-renamed')))).toEqual(['MOD requests-the-council requests-the-itu-council renamed']);
  });
  it('revision tags change as words in the title and formula', () => {
    const d = diffOf(...pair('revision-tag'));
    expect(visible(d)).toEqual(['MOD title title', 'MOD formula formula']);
    expect(d.comparison.changes.filter((c) => c.op === 'MOD').map(changed)).toEqual(['-BUSAN +DUBAI -2014 +2018', '-Busan +Dubai -2014 +2018']);
  });
  it('identical texts: all NOC, no difference', () => {
    const d = diffOf(...pair('identical'));
    expect(visible(d)).toEqual([]);
    expect(differs(d.comparison)).toBe(false);
  });
  it('unrelated clauses never pair because their labels match', () => {
    const base = parseText('RESOLUTION 1 (REV. DUBAI, 2018)\n\nconsidering\n\na)\tthat spectrum auctions raise revenue for treasuries;\n\nb)\tthat satellites need orbital slots,\n', 'a.txt');
    const revised = parseText('RESOLUTION 1 (REV. DUBAI, 2018)\n\nconsidering\n\na)\tthat children deserve protection from online abuse;\n\nb)\tthat satellites need orbital slots,\n', 'b.txt');
    expect(visible(diffOf(base, revised))).toEqual(['SUP considering/a -', 'ADD - considering/a']);
  });
});

describe('round trip: accept(redline) = revised, reject(redline) = base', () => {
  it.each(PAIRS)('%s', (name) => {
    const [a, b] = pair(name);
    const { accepted, rejected } = views([diffOf(a, b)]);
    expect(writeText(accepted)).toBe(writeText(b));
    expect(writeText(rejected)).toBe(writeText(a));
  });

  it('Busan 2014 -> Dubai 2018', () => {
    const a = parseFile(fixture('res179-busan-2014.txt'));
    const b = parseFile(fixture('res179-dubai-2018.txt'));
    const { accepted, rejected } = views(compare(a, b));
    expect(accepted).toEqual(b);
    expect(rejected).toEqual(a);
  });

  it('random edit scripts on the Res. 179 fixture', () => {
    const base = parseFile(fixture('res179-dubai-2018.txt')) as Resolution;
    const outline = outlineOf(base);
    const baseText = outlineText(outline);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const { outline: edited, reworded } = applyEdits(outline, edits);
        const a = parseText(baseText, 'base.txt');
        const b = parseText(outlineText(edited), 'revised.txt');
        const d = compare(a, b);
        const { accepted, rejected } = views(d);
        expect(writeText(accepted)).toBe(writeText(b));
        expect(writeText(rejected)).toBe(writeText(a));
        const changes = d.flatMap((x) => x.comparison.changes);
        // A clause whose text is on both sides is never reported as SUP + ADD.
        const textsOf = (p: Parsed): Set<string> => new Set((p as Resolution).blocks.flatMap((blk) => blk.items.map((i) => i.text)));
        const inBase = textsOf(a);
        const inRevised = textsOf(b);
        for (const c of changes) {
          const text = (c.words ?? []).map((s) => s.text).join('');
          if (c.kind === 'item' && c.op === 'SUP') expect(inRevised.has(text), `SUP of a kept clause: ${c.base}`).toBe(false);
          if (c.kind === 'item' && c.op === 'ADD') expect(inBase.has(text), `ADD of a kept clause: ${c.revised}`).toBe(false);
        }
        // A clause with one word changed shows word edits, never a whole replacement.
        for (const c of changes) {
          const revisedText = (c.words ?? []).filter((s) => s.op !== 'delete').map((s) => s.text).join('');
          if (c.op !== 'MOD' || !reworded.has(revisedText)) continue;
          const same = (c.words ?? []).filter((s) => s.op === 'equal').map((s) => s.text).join('');
          expect(same.length / revisedText.length, c.revised ?? '').toBeGreaterThan(0.6);
        }
      }),
      {
        numRuns: 150,
        seed: 179,
        examples: [
          // an item moved to the head of a block whose first item was deleted, a like text: a move, not a MOD of that first item
          [[{ kind: 'removeBlock', block: 0 }, { kind: 'across', block: 393, from: 259, to: 137, at: 0 }, { kind: 'across', block: 774, from: 16, to: 0, at: 0 }, { kind: 'removeBlock', block: 0 }]],
        ],
      },
    );
  });
});

describe('the change list is complete', () => {
  /** Every clause id of a side: title, subtitle, formula, blocks, items at any depth, footnotes. */
  const idsOf = (p: Parsed): string[] => documentsOf(p).flatMap((d) => [...clausesOf(d).map((c) => c.id), ...d.footnotes.map((n) => `footnote/${n.id}`)]);
  const expectComplete = (a: Parsed, b: Parsed): void => {
    const changes = compare(a, b).flatMap((d) => d.comparison.changes);
    const asBase = changes.flatMap((c) => (c.base ? [c.base] : []));
    const asRevised = changes.flatMap((c) => (c.revised ? [c.revised] : []));
    expect([...asBase].sort()).toEqual(idsOf(a).sort());
    expect([...asRevised].sort()).toEqual(idsOf(b).sort());
    // A clause added or suppressed whole carries its words, so a consumer of the JSON has its text.
    for (const c of changes) if (c.op === 'ADD' || c.op === 'SUP') expect(c.words?.length ?? 0, `${c.op} ${c.base ?? c.revised}`).toBeGreaterThan(0);
  };
  it.each(PAIRS)('on the pair %s', (name) => expectComplete(...pair(name)));
  it('on Busan 2014 -> Dubai 2018, both ways', () => {
    const a = parseFile(fixture('res179-busan-2014.txt'));
    const b = parseFile(fixture('res179-dubai-2018.txt'));
    expectComplete(a, b);
    expectComplete(b, a);
  });
  it('on random edit scripts: every base clause once as base, every revised clause once as revised', () => {
    const outline = outlineOf(parseFile(fixture('res179-dubai-2018.txt')) as Resolution);
    const baseText = outlineText(outline);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        expectComplete(parseText(baseText, 'base.txt'), parseText(outlineText(applyEdits(outline, edits).outline), 'revised.txt'));
      }),
      { numRuns: 150 },
    );
  });
  it('on random resolutions against nothing and against themselves', () => {
    fc.assert(
      fc.property(resolutionTree, (res) => {
        const empty: Resolution = { ...res, title: null, subtitle: null, formula: null, blocks: [], footnotes: [], annexes: [] };
        expectComplete(res, empty);
        expectComplete(empty, res);
        expectComplete(res, res);
      }),
      { numRuns: 60 },
    );
  });
});

describe('reading order of the redline', () => {
  it('keeps new items with their block, before a block deleted after it', () => {
    const [d] = compare(parseFile(fixture('res179-busan-2014.txt')), parseFile(fixture('res179-dubai-2018.txt')));
    const ids = d?.redline.paragraphs.map((p) => `${p.mark ?? '='} ${p.id}`) ?? [];
    const at = (x: string): number => ids.indexOf(x);
    expect(at('insert considering/k')).toBe(at('= considering/h') + 3);
    expect(at('delete recognizing')).toBe(at('insert considering/k') + 1);
  });
});

describe('determinism', () => {
  it('the same inputs give the same bytes', () => {
    const run = (): string => {
      const d = compare(parseFile(fixture('res179-busan-2014.txt')), parseFile(fixture('res179-dubai-2018.txt')), { author: 'A', date: '2026-01-01T00:00:00Z' });
      return writeMarkdown(d.map((x) => x.redline)) + JSON.stringify(d.map((x) => x.comparison));
    };
    expect(run()).toBe(run());
  });
});
