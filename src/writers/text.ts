/**
 * The tree back to plain text in ITU layout: a paragraph per line, a blank line between
 * paragraphs, a tab after each label, notes after a rule. `parse(writeText(tree))` gives the tree.
 */
import type { Block, Item, Parsed, Resolution } from '../model/resolution.js';
import { documentsOf } from '../model/resolution.js';

export const FOOTNOTE_RULE = '____________________';

function itemLines(item: Item): string[] {
  const [first = '', ...more] = item.text.split('\n');
  const head = item.labelText ? `${item.labelText}\t${first}` : first;
  return [head, ...more, ...item.items.flatMap(itemLines)];
}

function blockLines(block: Block): string[] {
  return [...(block.heading ? [block.heading] : []), ...block.items.flatMap(itemLines)];
}

/** The paragraphs of one resolution, in reading order. */
export function resolutionParagraphs(res: Resolution): string[] {
  const head = [res.title, res.subtitle, res.formula].filter((t): t is string => t !== null);
  const notes = res.footnotes.length > 0 ? [FOOTNOTE_RULE, ...res.footnotes.map((n) => `[${n.id}] ${n.text}`)] : [];
  return [...head, ...res.blocks.flatMap(blockLines), ...notes, ...res.annexes.flatMap(blockLines)];
}

export function writeText(parsed: Parsed): string {
  return `${documentsOf(parsed).flatMap(resolutionParagraphs).join('\n\n')}\n`;
}
