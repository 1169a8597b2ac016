/**
 * How alike two clauses are: a Dice coefficient over their words, each word weighted by how rare
 * it is in the two texts (words like "the" or "ITU" that occur everywhere count for little), so
 * that unrelated clauses score low even when they share the usual drafting words.
 *
 * Words are numbered once; a clause's words are a sorted list of numbers with their counts, so
 * that comparing two clauses walks two lists side by side instead of looking words up.
 */
import type { Clause } from '../model/clauses.js';
import { contentTokens } from './tokenize.js';

export interface Profile {
  /** word numbers, ascending, each once */
  ids: Int32Array;
  /** how often each word occurs */
  counts: Int32Array;
  /** the sum of counts times the words' weights */
  weight: number;
}

/** Counts of the numbers in `ids`, as a profile without its weight. */
function bagOf(ids: readonly number[]): Omit<Profile, 'weight'> {
  const sorted = Int32Array.from(ids).sort();
  const unique: number[] = [];
  const counts: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const id = sorted[k] as number;
    if (id === unique.at(-1)) counts[counts.length - 1] = (counts.at(-1) ?? 0) + 1;
    else {
      unique.push(id);
      counts.push(1);
    }
  }
  return { ids: Int32Array.from(unique), counts: Int32Array.from(counts) };
}

/** How many of a clause's rarest words name its candidates, and how many clauses a word may be in to count. */
const RARE_WORDS = 4;
const POSTINGS = 64;

export class Similarity {
  /** how many pairs were scored: what keeps alignment near linear is tested on it */
  comparisons = 0;
  private readonly numbers = new Map<string, number>();
  /** the weight of each word number; a word first met after construction weighs 1 */
  private readonly idf: Float64Array;
  private readonly profiles = new Map<Clause, Profile>();

  constructor(clauses: readonly Clause[]) {
    const bags = clauses.map((c) => bagOf(this.numbered(c.text)));
    const df = new Int32Array(this.numbers.size);
    for (const bag of bags) for (const id of bag.ids) df[id] = (df[id] ?? 0) + 1;
    const n = clauses.length + 1;
    this.idf = Float64Array.from(df, (d) => Math.log(1 + n / d));
    clauses.forEach((c, k) => {
      const bag = bags[k] as Omit<Profile, 'weight'>;
      this.profiles.set(c, { ...bag, weight: this.weightOf(bag) });
    });
  }

  private numbered(text: string): number[] {
    return contentTokens(text).map((w) => {
      let id = this.numbers.get(w);
      if (id === undefined) {
        id = this.numbers.size;
        this.numbers.set(w, id);
      }
      return id;
    });
  }

  private weightOfId(id: number): number {
    return this.idf[id] ?? 1;
  }

  private weightOf(bag: Omit<Profile, 'weight'>): number {
    let weight = 0;
    for (let k = 0; k < bag.ids.length; k++) weight += (bag.counts[k] ?? 0) * this.weightOfId(bag.ids[k] ?? 0);
    return weight;
  }

  profile(c: Clause): Profile {
    const known = this.profiles.get(c);
    if (known) return known;
    const bag = bagOf(this.numbered(c.text));
    return { ...bag, weight: this.weightOf(bag) };
  }

  /** The weight of the words two profiles share, each as often as the rarer side has it. */
  private shared(a: Profile, b: Profile): number {
    let sum = 0;
    for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
      const x = a.ids[i] as number;
      const y = b.ids[j] as number;
      if (x === y) {
        sum += Math.min(a.counts[i] as number, b.counts[j] as number) * this.weightOfId(x);
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return sum;
  }

  /** 0 (nothing in common) to 1 (the same words). */
  score(a: Clause, b: Clause): number {
    this.comparisons++;
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

  /** Clauses taken as one text (the items of a block): made once, compared with many. */
  group(cs: readonly Clause[]): Profile {
    const ids: number[] = [];
    let weight = 0;
    for (const c of cs) {
      const p = this.profile(c);
      p.ids.forEach((id, k) => {
        for (let n = 0; n < (p.counts[k] ?? 0); n++) ids.push(id);
      });
      weight += p.weight;
    }
    return { ...bagOf(ids), weight };
  }

  /** Similarity of two groups of clauses taken as one text each (for blocks). */
  groupScore(a: Profile, b: Profile): number {
    this.comparisons++;
    return a.weight + b.weight === 0 ? 0 : (2 * this.shared(a, b)) / (a.weight + b.weight);
  }

  /**
   * The clauses of `among` that share one of the rarest words of `c`: the only ones worth scoring
   * against it when looking far and wide (moved items). `index` is made once by `rareIndex`.
   */
  candidates(c: Clause, index: ReadonlyMap<number, readonly Clause[]>): Clause[] {
    const p = this.profile(c);
    const rarest = [...p.ids].sort((x, y) => this.weightOfId(y) - this.weightOfId(x) || x - y).slice(0, RARE_WORDS);
    const found = new Set<Clause>();
    for (const id of rarest) for (const other of index.get(id) ?? []) found.add(other);
    return [...found];
  }

  /** Each word number and the clauses that have it, for `candidates`; words in too many clauses are left out. */
  rareIndex(clauses: readonly Clause[]): Map<number, Clause[]> {
    const index = new Map<number, Clause[]>();
    for (const c of clauses) {
      for (const id of this.profile(c).ids) {
        const list = index.get(id);
        if (list) list.push(c);
        else index.set(id, [c]);
      }
    }
    for (const [id, list] of index) if (list.length > POSTINGS) index.delete(id);
    return index;
  }
}
