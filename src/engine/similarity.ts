/**
 * How alike two clauses are: a Dice coefficient over their words, each word weighted by how rare
 * it is in the two texts (words like "the" or "ITU" that occur everywhere count for little), so
 * that unrelated clauses score low even when they share the usual drafting words.
 */
import type { Clause } from '../model/clauses.js';
import { contentTokens } from './tokenize.js';

export interface Profile {
  counts: Map<string, number>;
  weight: number;
}

function countsOf(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of tokens) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

export class Similarity {
  private readonly idf = new Map<string, number>();
  private readonly profiles = new Map<Clause, Profile>();

  constructor(clauses: readonly Clause[]) {
    // one pass counts each clause's words and the clauses each word is in; weights follow
    const df = new Map<string, number>();
    for (const c of clauses) {
      const counts = countsOf(contentTokens(c.text));
      this.profiles.set(c, { counts, weight: 0 });
      counts.forEach((_, w) => df.set(w, (df.get(w) ?? 0) + 1));
    }
    const n = clauses.length + 1;
    df.forEach((d, w) => this.idf.set(w, Math.log(1 + n / d)));
    for (const p of this.profiles.values()) p.weight = this.weightOf(p.counts);
  }

  // forEach rather than for-of over entries: no [key, value] array per word (the alignment's
  // garbage was most of its time)
  private weightOf(counts: ReadonlyMap<string, number>): number {
    let weight = 0;
    counts.forEach((k, w) => {
      weight += k * (this.idf.get(w) ?? 1);
    });
    return weight;
  }

  private profileOf(tokens: string[]): Profile {
    const counts = countsOf(tokens);
    return { counts, weight: this.weightOf(counts) };
  }

  profile(c: Clause): Profile {
    return this.profiles.get(c) ?? this.profileOf(contentTokens(c.text));
  }

  private shared(a: Profile, b: Profile): number {
    const small = a.counts.size <= b.counts.size ? a.counts : b.counts;
    const large = small === a.counts ? b.counts : a.counts;
    let sum = 0;
    small.forEach((n, w) => {
      const m = large.get(w);
      if (m) sum += Math.min(n, m) * (this.idf.get(w) ?? 1);
    });
    return sum;
  }

  /** 0 (nothing in common) to 1 (the same words). */
  score(a: Clause, b: Clause): number {
    const pa = this.profile(a);
    const pb = this.profile(b);
    if (pa.weight + pb.weight === 0) return a.text === b.text ? 1 : 0;
    return (2 * this.shared(pa, pb)) / (pa.weight + pb.weight);
  }

  /** How much of `part` is found in `whole`: 1 when every word of part is in whole. */
  containment(part: Clause, whole: Clause): number {
    const pp = this.profile(part);
    return pp.weight === 0 ? 0 : this.shared(pp, this.profile(whole)) / pp.weight;
  }

  /** Similarity of two groups of clauses taken as one text each (for blocks). */
  groupScore(a: readonly Clause[], b: readonly Clause[]): number {
    const merge = (cs: readonly Clause[]): Profile => {
      const counts = new Map<string, number>();
      let weight = 0;
      for (const c of cs) {
        const p = this.profile(c);
        p.counts.forEach((n, w) => counts.set(w, (counts.get(w) ?? 0) + n));
        weight += p.weight;
      }
      return { counts, weight };
    };
    const pa = merge(a);
    const pb = merge(b);
    return pa.weight + pb.weight === 0 ? 0 : (2 * this.shared(pa, pb)) / (pa.weight + pb.weight);
  }
}
