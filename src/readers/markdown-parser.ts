/**
 * The Markdown parser: remark-parse (CommonMark) with remark-gfm (footnotes, strike-through). It is
 * the heaviest module the tool loads (some 190 files), so nothing imports it but `parsers.ts`, on
 * the first Markdown input, and the library entry.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
