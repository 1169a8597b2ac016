/**
 * Lint: items with no text and blocks with no items. An item has no text when nothing but
 * punctuation and footnote markers follows its label; a paragraph holding a label alone (which a
 * reader joins to the item before it, for want of text) is one too. A block has no items when its
 * heading is followed by the next heading.
 */
import { parseLabel } from '../../model/label.js';
import type { LintInput, RawFinding, Rule } from '../../model/lint.js';
import { visits } from '../../model/visit.js';
import { documentViews, withoutMarkers } from './context.js';

const hasText = (text: string): boolean => /[\p{L}\p{N}]/u.test(withoutMarkers(text));

export const emptyItemsRule: Rule = {
  id: 'empty-items',
  severity: 'error',
  description: 'every item has text and every block has items',
  check(input: LintInput): RawFinding[] {
    const out: RawFinding[] = [];
    const lines = new Set<number>();
    for (const view of documentViews(input)) {
      for (const block of [...view.res.blocks, ...view.res.annexes]) {
        if (block.items.length === 0) {
          out.push({
            rule: 'empty-items',
            line: view.line(block.id),
            clause: view.reference(block.id),
            message: `the block "${block.heading}" has no items`,
            fix: 'add its items under the heading, or delete the heading',
          });
        }
      }
      for (const { item } of visits(view.res)) {
        if (hasText(item.text)) continue;
        const line = view.line(item.id);
        if (line !== null) lines.add(line);
        out.push({
          rule: 'empty-items',
          line,
          clause: view.reference(item.id),
          message: `item "${item.labelText || item.id}" has no text`,
          fix: 'write the text of the item, or delete it and re-label the list',
        });
      }
    }
    for (const p of input.paragraphs) {
      const text = p.text.trim();
      const label = parseLabel(`${text} x`, input.lang);
      if (!label || label.rest !== 'x' || label.labelText !== text || lines.has(p.line)) continue;
      out.push({
        rule: 'empty-items',
        line: p.line,
        clause: null,
        message: `a paragraph holds the label "${text}" alone: an item with no text`,
        fix: 'write the text of the item after its label, or delete the label and re-label the list',
      });
    }
    return out;
  },
};
