/** A tree for people: ids, labels and the first words of each clause. */
import type { Block, Parsed, Resolution } from '../model/resolution.js';
import { documentsOf } from '../model/resolution.js';
import { visits } from '../model/visit.js';

const WORDS = 8;

function firstWords(text: string): string {
  const words = text.replace(/\n/gu, ' ').split(/\s+/u);
  // Texts without spaces (Chinese) are cut by characters instead.
  if (words.length === 1 && [...text].length > 24) return `${[...text].slice(0, 24).join('')}…`;
  return words.length > WORDS ? `${words.slice(0, WORDS).join(' ')} …` : words.join(' ');
}

function items(block: Block): string[] {
  return visits([block]).map(({ item, ancestors }) => `    ${'  '.repeat(ancestors.length)}${item.id}  ${item.labelText ? `${item.labelText} ` : ''}${firstWords(item.text)}`);
}

function resolution(res: Resolution): string[] {
  const head = [
    `${res.kind}${res.number ? ` ${res.number}` : ''}${res.revision ? ` (${res.revision})` : ''} [${res.lang}]`,
    ...(res.subtitle ? [`  subtitle  ${firstWords(res.subtitle)}`] : []),
    ...(res.formula ? [`  formula  ${firstWords(res.formula)}`] : []),
  ];
  const blocks = [...res.blocks, ...res.annexes].flatMap((b) => [
    `  ${b.id} (${b.part}, ${b.items.length} ${b.items.length === 1 ? 'item' : 'items'})${b.heading && b.heading !== b.id ? `  "${b.heading}"` : ''}`,
    ...items(b),
  ]);
  const notes = res.footnotes.map((n) => `  footnote [${n.id}]  ${firstWords(n.text)}`);
  return [...head, ...blocks, ...notes];
}

export function writeOutline(parsed: Parsed): string {
  return `${documentsOf(parsed).map((d) => resolution(d).join('\n')).join('\n\n')}\n`;
}
