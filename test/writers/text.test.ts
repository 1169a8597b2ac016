import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile, parseText } from '../../src/readers/read.js';
import { writeText } from '../../src/writers/text.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';
import { resolutionTree } from '../helpers/generate.js';

const FIXTURES = [
  'res179-dubai-2018.txt',
  'res179-busan-2014.txt',
  'res179-dubai-2018.parens.txt',
  'res179-dubai-2018.italic.md',
  'res179-dubai-2018.headings.md',
  'final-acts-excerpt.txt',
  'meeting-report.txt',
];

describe('writeText', () => {
  it('writes the ITU layout of the fixture byte for byte', () => {
    expect(writeText(parseFile(fixture('res179-dubai-2018.txt')))).toBe(fixtureText('res179-dubai-2018.txt'));
  });

  it.each(FIXTURES)('parse(writeText(tree)) = tree for %s', (file) => {
    const tree = parseFile(fixture(file));
    expect(parseText(writeText(tree), file)).toEqual(tree);
  });

  it('parse(writeText(tree)) = tree for generated resolutions', () => {
    fc.assert(
      fc.property(resolutionTree, (tree) => {
        expect(parseText(writeText(tree), 'generated.txt')).toEqual(tree);
      }),
      { numRuns: 200 },
    );
  });
});
