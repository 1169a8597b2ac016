/**
 * Whatever comes in, the readers answer with a tree or an InputError (one line for the user),
 * never another exception: random lines built from the pieces resolutions are made of, and Word
 * files with random bytes changed.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, compareResolutions } from '../../src/engine/compare.js';
import type { Resolution } from '../../src/model/resolution.js';
import { InputError } from '../../src/model/errors.js';
import { parseBytes, parseText } from '../../src/readers/read.js';
import { writeDocx } from '../../src/writers/docx.js';
import { fixture } from '../helpers/fixtures.js';

const PIECES = [
  'RESOLUTION 179 (REV. DUBAI, 2018)', 'DECISION 5', 'considering', 'resolves', 'instructs the Secretary-General', 'a)', '(b)', 'c bis)', '1', '1.1', 'ii)',
  '____________________', '[1]', '[^1]:', 'ANNEX TO RESOLUTION 1', '{++', '++}', '{--', '--}', '{~~', '~>', '~~}', '<ins>', '</del>', '*', '**', '#', '\t', ' ',
  'that', 'children', 'online', ';', ',', '.', '考虑到', 'يقرر', 'учитывая', '١', '\u200f', '\u00a0',
];
const line = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((xs) => xs.join(' '));
const text = fc.array(line, { maxLength: 30 }).map((ls) => ls.join(fc.sample(fc.constantFrom('\n', '\n\n'), 1)[0] ?? '\n'));

function survives(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    expect(e, String(e)).toBeInstanceOf(InputError);
  }
}

describe('readers never crash', () => {
  it.each(['text', 'markdown'] as const)('on random %s', (format) => {
    fc.assert(
      fc.property(text, (t) => {
        survives(() => {
          const tree = parseText(t, `random.${format === 'text' ? 'txt' : 'md'}`, { format });
          compare(tree, tree);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('on Word files with bytes changed', async () => {
    const read = (name: string): Resolution => parseText(readFileSync(fixture(name), 'utf8'), name) as Resolution;
    const { redline } = compareResolutions(read('pairs/insert/base.txt'), read('pairs/insert/revised.txt'));
    const good = await writeDocx(redline);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.nat(255)), { minLength: 1, maxLength: 20 }), (edits) => {
        const bytes = new Uint8Array(good);
        for (const [at, value] of edits) bytes[at] = value;
        survives(() => parseBytes(bytes, 'mangled.docx'));
      }),
      { numRuns: 200 },
    );
  });
});
