/**
 * The tree back to plain text in ITU layout: a paragraph per line, a blank line between
 * paragraphs, a tab after each label, notes after a rule. `parse(writeText(tree))` gives the tree.
 */
import { noteLine, NOTES_RULE } from '../model/footnotes.js';
import type { Block, Parsed, Resolution } from '../model/resolution.js';
import { documentsOf } from '../model/resolution.js';
import { itemsOf } from '../model/visit.js';

function blockLines(block: Block): string[] {
  const items = itemsOf([block]).flatMap((item) => {
    const [first = '', ...more] = item.text.split('\n');
    return [item.labelText ? `${item.labelText}\t${first}` : first, ...more];
  });
  return [...(block.heading ? [block.heading] : []), ...items];
}

/** The paragraphs of one resolution, in reading order. */
export function resolutionParagraphs(res: Resolution): string[] {
  const head = [res.title, res.subtitle, res.formula].filter((t): t is string => t !== null);
  const notes = res.footnotes.length > 0 ? [NOTES_RULE, ...res.footnotes.map((n) => noteLine(n.id, n.text))] : [];
  return [...head, ...res.blocks.flatMap(blockLines), ...notes, ...res.annexes.flatMap(blockLines)];
}

export function writeText(parsed: Parsed): string {
  return `${documentsOf(parsed).flatMap(resolutionParagraphs).join('\n\n')}\n`;
}
