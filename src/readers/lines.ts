/**
 * Where each clause of a parsed text starts in its file: the tree keeps no lines, so the clauses
 * are walked in reading order beside the paragraphs they were read from, each matched to the next
 * paragraph that holds its label and the start of its text.
 */
import { clausesOf } from '../model/clauses.js';
import type { Resolution } from '../model/resolution.js';

export interface LinedParagraph {
  text: string;
  line: number;
}

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** clause id → line, for each document in turn (the paragraphs run through all of them). */
export function clauseLines(documents: readonly Resolution[], paragraphs: readonly LinedParagraph[]): Map<string, number>[] {
  let at = 0;
  return documents.map((res) => {
    const lines = new Map<string, number>();
    for (const c of clausesOf(res)) {
      const start = squash(c.text.split('\n')[0] ?? '').slice(0, 40);
      const label = squash(c.labelText);
      for (let k = at; k < paragraphs.length; k++) {
        const text = squash((paragraphs[k] as LinedParagraph).text);
        if ((label === '' || text.startsWith(label)) && text.includes(start)) {
          lines.set(c.id, (paragraphs[k] as LinedParagraph).line);
          at = k + 1;
          break;
        }
      }
    }
    return lines;
  });
}
