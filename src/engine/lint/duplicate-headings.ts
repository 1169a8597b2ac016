/**
 * Lint: a block heading written twice in one resolution (`considering` ... `considering`): the
 * two blocks are one, or one heading is wrong. Headings compare as the language table compares
 * them: without case, trailing punctuation or runs of spaces. Annex headings are not blocks.
 */
import { normalizeHeading } from '../../model/language.js';
import type { LintInput, RawFinding, Rule } from '../../model/lint.js';
import type { Block } from '../../model/resolution.js';
import { documentViews } from './context.js';

export const duplicateHeadingsRule: Rule = {
  id: 'duplicate-headings',
  severity: 'error',
  description: 'no block heading appears twice in one resolution',
  check(input: LintInput): RawFinding[] {
    const out: RawFinding[] = [];
    for (const view of documentViews(input)) {
      const first = new Map<string, Block>();
      for (const block of view.res.blocks) {
        const key = normalizeHeading(block.heading);
        if (key === '') continue;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, block);
          continue;
        }
        const line = view.line(earlier.id);
        out.push({
          rule: 'duplicate-headings',
          line: view.line(block.id),
          clause: view.reference(block.id),
          message: `the heading "${block.heading}" appears a second time${line === null ? '' : ` (first on line ${line})`}`,
          fix: 'move its items into the first block, re-lettering them, or correct the heading',
        });
      }
    }
    return out;
  },
};
