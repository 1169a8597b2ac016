/**
 * Inputs built to be hard on alignment, for the bench's doubling series and the tests that bound
 * alignment's work: every block renamed, every item of a long list reworded, one long clause rewritten;
 * and Markdown the parser alone would take quadratic time on: underlined headings, unclosed comments.
 */
import { random, VOCABULARY } from './corpus.js';

const HEAD = 'RESOLUTION 9 (REV. DUBAI, 2018)\n\nA test\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\n';

function words(next: () => number, n: number): string[] {
  return Array.from({ length: n }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)] as string);
}

/** n one-item blocks whose headings all changed (the items kept). */
export function renamedBlocks(n: number): [string, string] {
  const next = random(n);
  const texts = Array.from({ length: n }, () => words(next, 12).join(' '));
  const side = (word: string): string => HEAD + texts.map((t, k) => `instructs the ${word} number ${k}\n\n1\t${t};\n`).join('\n');
  return [side('body'), side('organ')];
}

/** n items of one block, each with most of its words changed. */
export function rewordedList(n: number): [string, string] {
  const next = random(n + 1);
  const base: string[] = [];
  const revised: string[] = [];
  for (let k = 0; k < n; k++) {
    const w = words(next, 14);
    base.push(`${k + 1}\t${w.join(' ')};`);
    revised.push(`${k + 1}\t${w.map((x) => (next() < 0.35 ? (VOCABULARY[Math.floor(next() * VOCABULARY.length)] as string) : x)).join(' ')};`);
  }
  return [`${HEAD}resolves\n\n${base.join('\n\n')}`, `${HEAD}resolves\n\n${revised.join('\n\n')}`];
}

/** One clause of n words, most of them changed: the word diff's bound keeps its work flat. */
export function rewrittenClause(n: number): [string, string] {
  const next = random(n + 2);
  const base = words(next, n);
  const revised = base.map((x) => (next() < 0.6 ? (VOCABULARY[Math.floor(next() * VOCABULARY.length)] as string) : x));
  return [`${HEAD}resolves\n\n1\t${base.join(' ')};\n`, `${HEAD}resolves\n\n1\t${revised.join(' ')};\n`];
}

/** A Markdown resolution of n blocks whose headings are underlined (`considering` over `---`). */
export function underlinedHeadings(n: number): [string, string] {
  const side = (end: string): string => `RESOLUTION 9 (REV. DUBAI, 2018)\n===============================\n\n${Array.from({ length: n }, (_, k) => `considering ${k}\n-----------\n\na)\tthat point ${k} ${end};\n`).join('\n')}`;
  return [side('holds'), side('still holds')];
}

/** One Markdown item of n unclosed `<!--`, each of which sent the parser to the end of the paragraph. */
export function openComments(n: number): [string, string] {
  const side = (end: string): string => `# RESOLUTION 9 (REV. DUBAI, 2018)\n\nresolves\n\n1\t${'<!-- '.repeat(n)}${end}\n`;
  return [side('a'), side('b')];
}
