/**
 * Lint: square brackets. In every clause they balance; and in a text with bracketed alternatives
 * (a merged draft writes `[text A (RCC)] [text B (EUR)]`), every bracketed passage names its
 * proposers in parentheses at its end. Footnote markers (`[1]`, `[*]` right after a word) are not
 * brackets.
 */
import { markers } from '../../model/footnotes.js';
import type { LintInput, RawFinding, Rule } from '../../model/lint.js';
import { documentViews, quote } from './context.js';

/** Proposers at the end of an alternative: `(RCC)`, `(APT, EUR)`. */
const PROPOSERS = /\(([^()]*\S[^()]*)\)\s*$/u;

interface Scan {
  /** where a bracket has no partner, and which */
  unbalanced: { at: number; ch: string } | null;
  /** the outermost bracketed passages, without their brackets */
  passages: string[];
}

function scan(text: string): Scan {
  let clean = text;
  for (const m of markers(text)) clean = `${clean.slice(0, m.index)}${' '.repeat(m.text.length)}${clean.slice(m.index + m.text.length)}`;
  const open: number[] = [];
  const passages: string[] = [];
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i];
    if (ch === '[') open.push(i);
    else if (ch === ']') {
      const from = open.pop();
      if (from === undefined) return { unbalanced: { at: i, ch }, passages };
      if (open.length === 0) passages.push(clean.slice(from + 1, i));
    }
  }
  const left = open[0];
  return { unbalanced: left === undefined ? null : { at: left, ch: '[' }, passages };
}

export const bracketsRule: Rule = {
  id: 'brackets',
  severity: 'error',
  description: 'square brackets balance in every clause, and bracketed alternatives name their proposers',
  check(input: LintInput): RawFinding[] {
    const out: RawFinding[] = [];
    const scanned = documentViews(input).flatMap((view) => view.clauses.map((clause) => ({ view, clause, scan: scan(clause.text) })));
    const alternatives = scanned.some((s) => s.scan.passages.some((p) => PROPOSERS.test(p)));
    for (const { view, clause, scan: s } of scanned) {
      const at = { line: view.line(clause.id), clause: view.reference(clause.id) };
      if (s.unbalanced) {
        const { at: i, ch } = s.unbalanced;
        const near = quote(clause.text.slice(Math.max(0, i - 15), i + 25));
        out.push({
          rule: 'brackets',
          ...at,
          message: ch === '[' ? `"[" is never closed: "${near}"` : `"]" closes no "[": "${near}"`,
          fix: ch === '[' ? 'close the bracket, or delete it' : 'open the bracket where the passage starts, or delete it',
        });
        continue;
      }
      if (!alternatives) continue;
      for (const passage of s.passages) {
        if (PROPOSERS.test(passage)) continue;
        out.push({
          rule: 'brackets',
          ...at,
          message: `the alternative "[${quote(passage)}]" names no proposer`,
          fix: 'end the alternative with its proposers in parentheses, as the others do: "[text (RCC)]"',
        });
      }
    }
    return out;
  },
};
