import { describe, expect, it } from 'vitest';
import { editBound } from '../../src/engine/edit-bound.js';

describe('editBound', () => {
  it('lets a clause of ordinary length be diffed in full', () => {
    expect(editBound(300, 320)).toBe(620);
  });
  it('shrinks as the texts grow, so the work per clause stays bounded', () => {
    const big = editBound(20_000, 20_000);
    expect(big).toBe(100);
    expect(40_000 * big).toBeLessThanOrEqual(4_000_000);
  });
  it('never falls under its floor', () => {
    expect(editBound(1_000_000, 1_000_000)).toBe(64);
  });
});
