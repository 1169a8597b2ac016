/**
 * How many edits a token diff may look for before it gives up. Myers' diff costs about
 * (n + m) x edits, so the bound shrinks as the texts grow: a clause costs at most a fixed amount
 * of work, and the same texts give the same answer on any machine (a timeout would not).
 */
const WORK = 4_000_000;
const FLOOR = 64;

export function editBound(baseTokens: number, revisedTokens: number): number {
  const n = baseTokens + revisedTokens;
  return Math.max(FLOOR, Math.min(n, Math.floor(WORK / Math.max(1, n))));
}
