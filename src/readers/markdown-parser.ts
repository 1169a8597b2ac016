/**
 * The Markdown parser: remark-parse (CommonMark) with remark-gfm (footnotes, strike-through). It is
 * the heaviest module the tool loads (some 190 files), so nothing imports it but `parsers.ts`, on
 * the first Markdown input, and the library entry.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/** Inline HTML is read as the text it is: a resolution has none, and the parser's scan for the end of each `<!--` is quadratic. */
function withoutInlineHtml(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['htmlText'] } });
}

const processor = unified().use(remarkParse).use(remarkGfm).use(withoutInlineHtml);

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
