/**
 * Markdown the parser cannot take in reasonable time or stack is refused with its line before it
 * is parsed; Markdown as people write it is untouched by the check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { tameMarkdown } from '../../src/readers/markdown-shape.js';
import { parseText } from '../../src/readers/read.js';

const TITLE = '# RESOLUTION 1 (REV. DUBAI, 2018)\n\n';

function refusal(text: string): string {
  try {
    parseText(text, 'deep.md', { format: 'markdown' });
  } catch (e) {
    if (e instanceof InputError) return e.format();
    throw e;
  }
  throw new Error('parsed');
}

describe('Markdown shaped to stall the parser', () => {
  it('lists nested thousands deep', () => {
    const text = `${TITLE}${Array.from({ length: 3000 }, (_, k) => `${'  '.repeat(k)}- a`).join('\n')}\n`;
    expect(refusal(text)).toBe('deep.md:104: lists or quotes nested more than 100 deep; write the resolution as headings, paragraphs and labelled items');
  });

  it('quotes nested thousands deep', () => {
    expect(refusal(`${TITLE}${'>'.repeat(5000)} deep\n`)).toBe('deep.md:3: lists or quotes nested more than 100 deep; write the resolution as headings, paragraphs and labelled items');
  });

  it('a paragraph of tens of thousands of emphasis marks', () => {
    expect(refusal(`${TITLE}${'*a '.repeat(20_000)}\n`)).toBe('deep.md:3: more than 5000 emphasis marks (* or _) in one paragraph; remove the emphasis, or give the text as .txt');
  });

  it('a paragraph of thousands of brackets (links, notes, references)', () => {
    expect(refusal(`${TITLE}considering\n\n${'[a'.repeat(3000)}${']'.repeat(3000)}\n`)).toBe('deep.md:5: more than 1000 brackets ([ or ]) in one paragraph; remove the links and brackets, or give the text as .txt');
  });

  it('a paragraph of thousands of lines', () => {
    expect(refusal(`${TITLE}considering\n\n${'a line\n'.repeat(5000)}`)).toBe('deep.md:1005: a paragraph of more than 1000 lines; put a blank line between paragraphs');
  });

  it('hundreds of underlined headings the rewrite cannot take (in quotes)', () => {
    expect(refusal(`${TITLE}${'> a\n> ===\n\n'.repeat(500)}`)).toBe('deep.md:304: more than 100 headings underlined with = or - in lists, quotes or after a paragraph line; write headings as # Heading');
  });

  it('thousands of underlined headings, and thousands of unclosed comments, are read', () => {
    const underlined = parseText(`RESOLUTION 1 (REV. DUBAI, 2018)\n===============================\n\n${'considering\n-----------\n\na)\tthat it is so;\n\n'.repeat(3000)}`, 'u.md', { format: 'markdown' });
    expect(underlined.kind).toBe('resolution');
    const comments = parseText(`${TITLE}considering\n\na)\t${'<!--'.repeat(20_000)}\n`, 'c.md', { format: 'markdown' });
    expect(JSON.stringify(comments)).toContain('<!--<!--');
  });

  it('leaves every Markdown fixture as it was written', () => {
    const dir = new URL('../../fixtures/', import.meta.url).pathname;
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(20);
    for (const name of files) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(tameMarkdown(text, name, 0), name).toBe(text);
    }
  });
});
