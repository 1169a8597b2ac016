import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tidy } from '../../src/readers/paragraphs.js';

describe('tidy', () => {
  it('makes every run of spaces, tabs and no-break spaces one space, and trims', () => {
    const piece = fc.constantFrom('a', 'word', ' ', '  ', '\t', '\u00a0', ' \t', '\u3000', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(tidy(text)).toBe(text.replace(/[ \t\u00a0]+/gu, ' ').trim());
      }),
    );
  });
});
