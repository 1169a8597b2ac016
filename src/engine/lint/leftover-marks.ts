/**
 * Lint: marks left in a file meant to be clean. The file still carries marks (Word tracked
 * changes, underline/strike-through formatting, CriticMarkup or `<ins>`/`<del>`): a whole-file
 * finding. Fragments of CriticMarkup or of those tags left in the text once the marks are read (an
 * unclosed `{++`, a stray `~>`): a finding on their clause.
 */
import type { LintInput, RawFinding, Rule } from '../../model/lint.js';
import { documentViews, quote } from './context.js';

const MARKING: Record<NonNullable<LintInput['marking']>, { message: string; fix: string }> = {
  revisions: {
    message: 'the file still carries Word tracked changes',
    fix: 'accept or reject every change (Review > Accept All) and save a clean copy',
  },
  formatting: {
    message: 'the file still marks changes with underline or strike-through',
    fix: 'take the deleted words out and the underline off the added ones, or compare the clean texts instead',
  },
  criticmarkup: {
    message: 'the file still carries CriticMarkup or <ins>/<del> marks',
    fix: 'accept or reject every mark and save a clean copy',
  },
};

/** What a CriticMarkup mark or an `<ins>`/`<del>` tag opens, closes or divides with. */
const FRAGMENT = /\{\+\+|\+\+\}|\{--|--\}|\{~~|~~\}|~>|\{==|==\}|\{>>|<<\}|<\/?(?:ins|del)\b[^>]*>/iu;

export const leftoverMarksRule: Rule = {
  id: 'leftover-marks',
  severity: 'error',
  description: 'no revision marks, change formatting or CriticMarkup left in the text',
  check(input: LintInput): RawFinding[] {
    const out: RawFinding[] = [];
    if (input.marking !== null) out.push({ rule: 'leftover-marks', line: null, clause: null, ...MARKING[input.marking] });
    for (const view of documentViews(input)) {
      for (const clause of view.clauses) {
        const m = FRAGMENT.exec(clause.text);
        if (!m) continue;
        const near = quote(clause.text.slice(Math.max(0, m.index - 15), m.index + m[0].length + 15));
        out.push({
          rule: 'leftover-marks',
          line: view.line(clause.id),
          clause: view.reference(clause.id),
          message: `a fragment of a change mark "${m[0]}" is left in the text: "${near}"`,
          fix: 'finish or remove the mark, keeping the words that are meant to stay',
        });
      }
    }
    return out;
  },
};
