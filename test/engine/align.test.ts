/**
 * Alignment stays near linear whatever the input: counted in comparisons, not timed. The
 * pathological families are those a careless or hostile input makes: every block renamed, every
 * item of a long list reworded.
 */
import { describe, expect, it } from 'vitest';
import { renamedBlocks, rewordedList } from '../../bench/pathological.js';
import { align } from '../../src/engine/align.js';
import { Similarity } from '../../src/engine/similarity.js';
import { clausesOf } from '../../src/model/clauses.js';
import type { Resolution } from '../../src/model/resolution.js';
import { parseText } from '../../src/readers/read.js';

function aligned([a, b]: [string, string]): { pairs: number; comparisons: number; clauses: number } {
  const bs = clausesOf(parseText(a, 'a.txt') as Resolution);
  const rs = clausesOf(parseText(b, 'b.txt') as Resolution);
  const sim = new Similarity([...bs, ...rs]);
  const result = align(bs, rs, sim);
  return { pairs: result.pairs.size, comparisons: sim.comparisons, clauses: bs.length };
}

describe('alignment stays near linear', () => {
  it('every block renamed: each block still finds its partner, and doubling the blocks at most quadruples the comparisons of small profiles', () => {
    const small = aligned(renamedBlocks(200));
    const large = aligned(renamedBlocks(400));
    // blocks, items, and the title, subtitle and formula: all paired
    expect(small.pairs).toBe(small.clauses);
    expect(large.pairs).toBe(large.clauses);
    // block against block is quadratic in blocks, but each comparison is one walk of two short lists
    expect(large.comparisons).toBeLessThanOrEqual(4 * small.comparisons + 1000);
  });

  it('every item of a long list reworded: paired in place, comparisons growing linearly', () => {
    const small = aligned(rewordedList(1500));
    const large = aligned(rewordedList(3000));
    expect(large.pairs).toBeGreaterThan(0.9 * large.clauses);
    expect(large.comparisons / small.comparisons).toBeLessThan(2.5);
    // a band of a few dozen places each side, not all against all (3000 x 3000 would be 9 million)
    expect(large.comparisons).toBeLessThan(3000 * 200);
  });
});

describe('anchors', () => {
  const HEAD = 'RESOLUTION 9 (REV. DUBAI, 2018)\n\nA test\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\n';
  it('an item moved whole into another block pairs with itself, not with a like item deleted there', () => {
    const base = `${HEAD}considering\n\na)\tthe outcome of the open consultations of the working group with young people;\n\nb)\tthat other things hold;\n\nresolves\n\n1\tto support the working group in its open consultations with young people;\n\n2\tto report.\n`;
    const revised = `${HEAD}considering\n\na)\tthat other things hold;\n\nresolves\n\n1\tthe outcome of the open consultations of the working group with young people;\n\n2\tto report.\n`;
    const bs = clausesOf(parseText(base, 'a.txt') as Resolution);
    const rs = clausesOf(parseText(revised, 'b.txt') as Resolution);
    const { pairs, moved } = align(bs, rs);
    const at = (cs: typeof bs, id: string): number => cs.find((c) => c.id === id)?.index ?? -1;
    expect(pairs.get(at(bs, 'considering/a'))).toBe(at(rs, 'resolves/1'));
    expect(moved.has(at(bs, 'considering/a'))).toBe(true);
    expect(pairs.has(at(bs, 'resolves/1'))).toBe(false);
  });
});
