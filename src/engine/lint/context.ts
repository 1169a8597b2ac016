/**
 * What the lint rules share: each document of a file with its clauses, their lines and how people
 * name them, and small helpers for quoting text in one-line messages.
 */
import { clausesOf, referenceOf, type Clause } from '../../model/clauses.js';
import type { LintInput } from '../../model/lint.js';
import type { Resolution } from '../../model/resolution.js';

/** One document of a file as a rule walks it. */
export interface DocumentView {
  res: Resolution;
  /** the document's place in LintInput.documents (and LintInput.lines) */
  index: number;
  clauses: Clause[];
  byId: ReadonlyMap<string, Clause>;
  /** the line a clause starts on, or null when it is not known */
  line(id: string): number | null;
  /** how people name a clause (`considering c)`; `2 2.1` in the heading-less body of a report), or null for an id the document does not have */
  reference(id: string): string | null;
}

export function documentViews(input: LintInput): DocumentView[] {
  return input.documents.map((res, index) => {
    const clauses = clausesOf(res);
    const byId = new Map(clauses.map((c) => [c.id, c]));
    const lines = input.lines[index];
    return {
      res,
      index,
      clauses,
      byId,
      line: (id: string): number | null => lines?.get(id) ?? null,
      reference: (id: string): string | null => {
        const c = byId.get(id);
        return c ? referenceOf(c, byId, input.lang.referenceWords).trim() || null : null;
      },
    };
  });
}

/** A text cut down to fit a one-line message: the first `max` characters, on one line. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The end of a text, for a message about how it ends: `…the last words;`. */
export function quoteEnd(text: string, max = 30): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `…${flat.slice(flat.length - max + 1).trimStart()}`;
}

/** The text without anything that looks like a footnote marker (`[1]`, `[*]`: up to six characters, no space). */
export function withoutMarkers(text: string): string {
  return text.replace(/\[[^\]\s]{1,6}\]/gu, '');
}

/**
 * Edit distance with transpositions (optimal string alignment): `considring` is one edit from
 * `considering`, `recoginzing` one from `recognizing`.
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= x.length; i++) {
    const row = d[i] as number[];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      row[j] = v;
    }
  }
  return at(x.length, y.length);
}
