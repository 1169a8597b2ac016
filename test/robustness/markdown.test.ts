/**
 * Markdown the parser cannot take in reasonable time or stack is refused with its line before it
 * is parsed; Markdown as people write it is untouched by the check.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { parseText } from '../../src/readers/read.js';
import { fixtureText } from '../helpers/fixtures.js';

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

  it('leaves the Markdown fixtures alone', () => {
    for (const name of ['res179-dubai-2018.headings.md', 'res179-dubai-2018.italic.md']) {
      expect(() => parseText(fixtureText(name), name, { format: 'markdown' })).not.toThrow();
    }
  });
});
