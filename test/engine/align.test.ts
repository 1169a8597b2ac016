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
