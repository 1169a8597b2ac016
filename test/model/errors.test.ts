import { describe, expect, it } from 'vitest';
import { InputError, readingWithin } from '../../src/model/errors.js';

describe('InputError', () => {
  it('is one line, whatever text it quotes', () => {
    const e = new InputError('text before the title "A\nB \u001b[2J"', 'x.txt', 3, 'start with the title');
    expect(e.format()).toBe('x.txt:3: text before the title "A B \\u001b[2J"; start with the title');
  });
});

describe('readingWithin', () => {
  it('the stack or a string running out while reading names the file, in one line', () => {
    const deep = (n: number): number => (n === 0 ? 0 : 1 + deep(n - 1));
    let error: unknown;
    try {
      readingWithin('deep.txt', () => deep(1e7));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).format()).toBe('deep.txt: too large or too deeply nested to read (Maximum call stack size exceeded); simplify it, or report it with the file if it is an ordinary text');
  });
  it('lets any other error through: a defect stays a defect', () => {
    expect(() =>
      readingWithin('other.txt', () => {
        throw new TypeError('a defect');
      }),
    ).toThrow(TypeError);
  });
});
