import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueId } from '../../src/model/ids.js';

/** The plain definition: the first of id, id-2, id-3 … not taken. */
function firstFree(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}

describe('uniqueId', () => {
  it('numbers repeats -2, -3 … in order', () => {
    const taken = new Set<string>();
    expect(['a', 'a', 'b', 'a'].map((id) => uniqueId(id, taken))).toEqual(['a', 'a-2', 'b', 'a-3']);
  });
  it('skips a suffix another id already took', () => {
    const taken = new Set(['a', 'a-2']);
    expect(uniqueId('a', taken)).toBe('a-3');
  });
  it('gives what the plain definition gives, for any sequence of ids', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'a-2', 'a-3', 'b', 'a-2-2'), { maxLength: 40 }), (ids) => {
        const fast = new Set<string>();
        const plain = new Set<string>();
        expect(ids.map((id) => uniqueId(id, fast))).toEqual(ids.map((id) => firstFree(id, plain)));
      }),
      { seed: 7 },
    );
  });
  it('a label written ten thousand times costs linear work: each call looks at one or two ids', () => {
    const taken = new Set<string>();
    let looks = 0;
    const counting = new Proxy(taken, {
      get(target, key) {
        if (key === 'has') return (v: string) => (looks++, target.has(v));
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    for (let k = 0; k < 10_000; k++) uniqueId('considering', counting);
    expect(taken.size).toBe(10_000);
    expect(looks).toBeLessThan(30_000);
  });
});
