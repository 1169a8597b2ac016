import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/readers/markdown-parser.js';
import { tameMarkdown } from '../../src/readers/markdown-shape.js';

/** The tree without positions, which the rewrite moves within a line. */
function shape(node: Nodes): unknown {
  const { position: _position, ...rest } = node as Nodes & { children?: Nodes[] };
  return 'children' in rest && Array.isArray(rest.children) ? { ...rest, children: rest.children.map(shape) } : rest;
}
const tree = (text: string): unknown => shape(parseMarkdown(text));

describe('tameMarkdown', () => {
  it('writes a one-line underlined heading with #, keeping every line where it was', () => {
    const text = 'RESOLUTION 1\n============\n\nconsidering\n-----------\n\na)\tthat it is so;\n';
    const tamed = tameMarkdown(text, 'x.md', 0);
    expect(tamed).toBe('# RESOLUTION 1\n\n\n## considering\n\n\na)\tthat it is so;\n');
    expect(tree(tamed)).toEqual(tree(text));
  });

  it('leaves underlines in code, in comments, under list items and after a paragraph line to the parser', () => {
    for (const text of ['```\nTitle\n===\n```\n', '<!--\n\nTitle\n===\n-->\n', '- item\n---\n', 'one\ntwo\n===\n', '***\n---\n', 'Title #\n===\n', '> Title\n> ===\n']) {
      expect(tameMarkdown(text, 'x.md', 0)).toBe(text);
    }
  });

  it('gives the parser a text it reads to the same tree, whatever the lines', () => {
    const line = fc.constantFrom(
      'Title', '  Title', '   Title', '    code', '\tTitle', 'Title #', 'Title \\#', '*Title*', '===', '---', '  ===', '    ===', '= =', '- - -', '***', '___', '',
      '- item', '* item', '1. item', '2) item', '  - nested', '> quote', '> ===', '>', '```', '~~~', '<!--', '-->', '<div>', '</div>', '[^1]: note', '[a]: http://x',
      '| a | b |', '| --- | --- |', 'a\\', 'text *em* and [link](x)', '# Heading', '1\ttext;', 'a)\ttext;',
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 24 }), (lines) => {
        const text = lines.join('\n');
        const tamed = tameMarkdown(text, 'x.md', 0);
        expect(tamed.split('\n')).toHaveLength(lines.length);
        expect(tree(tamed)).toEqual(tree(text));
      }),
      { seed: 11, numRuns: 3000 },
    );
  });

  it('rewrites thousands of underlined headings, which the parser would take minutes over', () => {
    const tamed = tameMarkdown('a\n=\n\n'.repeat(4000), 'x.md', 0);
    expect(tamed).not.toMatch(/^=/mu);
    expect(tamed.match(/^# a$/gmu)).toHaveLength(4000);
  });
});
