/**
 * Markdown through remark-parse (CommonMark) and remark-gfm (footnotes, strike-through; loaded by
 * parsers.ts): headings,
 * italic or bold block headings, ordered lists whose numbers are labels, and paragraphs whose
 * consecutive lines are separate items.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Language } from '../model/language.js';
import { NOTES_RULE } from '../model/footnotes.js';
import { splitLines, tidy } from './paragraphs.js';
import { tameMarkdown } from './markdown-shape.js';
import { markdownParser } from './parsers.js';
import type { SourceFootnote, SourceParagraph } from './source.js';

/** `lineOffset`: lines before `text` in the file (front matter), to keep line numbers right. */
export function markdownParagraphs(text: string, lang: Language, lineOffset = 0, file = 'the Markdown file'): { paragraphs: SourceParagraph[]; footnotes: SourceFootnote[] } {
  // offsets below are into the text as the parser got it
  const source = tameMarkdown(text, file, lineOffset);
  const tree = markdownParser()(source);
  const paragraphs: SourceParagraph[] = [];
  const footnotes: SourceFootnote[] = [];

  const phrasing = (nodes: PhrasingContent[]): string => nodes.map(inline).join('');
  const inline = (node: PhrasingContent): string => {
    switch (node.type) {
      case 'text':
        // A footnote reference whose note is not in the file (an excerpt) is still a marker.
        return node.value.replace(/\[\^([^\]\s]{1,6})\]/gu, '[$1]');
      case 'inlineCode':
      case 'html':
        return node.value;
      case 'break':
        return '\n';
      case 'footnoteReference':
        return `[${node.identifier}]`;
      case 'image':
        return node.alt ?? '';
      case 'imageReference':
        return node.alt ?? '';
      default:
        return 'children' in node ? phrasing(node.children as PhrasingContent[]) : '';
    }
  };
  const lineOf = (node: Nodes): number => (node.position?.start.line ?? 1) + lineOffset;
  const isEmphasis = (nodes: PhrasingContent[]): boolean => {
    const visible = nodes.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
    return visible.length > 0 && visible.every((n) => n.type === 'emphasis' || n.type === 'strong');
  };
  const push = (raw: string, node: Nodes, extra: Partial<SourceParagraph> = {}): void => {
    for (const p of splitLines(raw.split('\n'), lineOf(node), lang, extra)) paragraphs.push({ ...p, text: tidy(p.text) });
  };

  const block = (node: RootContent, label = ''): void => {
    switch (node.type) {
      case 'heading':
        push(phrasing(node.children), node, { heading: true });
        return;
      case 'paragraph':
        push(label + phrasing(node.children), node, isEmphasis(node.children) ? { emphasis: true } : {});
        return;
      case 'list':
        node.children.forEach((li, n) => {
          // CommonMark keeps the number but not its delimiter: take both from the source.
          const written = node.ordered ? /^\s*(\d{1,9}[.)])/u.exec(source.slice(li.position?.start.offset ?? 0))?.[1] : undefined;
          const prefix = node.ordered ? `${written ?? `${(node.start ?? 1) + n}.`} ` : '';
          li.children.forEach((child, k) => block(child, k === 0 ? prefix : ''));
        });
        return;
      case 'footnoteDefinition':
        footnotes.push({
          id: node.identifier,
          text: node.children.map((c) => (c.type === 'paragraph' ? tidy(phrasing(c.children)) : '')).join('\n'),
        });
        return;
      case 'blockquote':
        node.children.forEach((c) => block(c));
        return;
      case 'thematicBreak':
        paragraphs.push({ text: NOTES_RULE, line: lineOf(node) });
        return;
      case 'code':
      case 'html':
        push(node.value, node);
        return;
      case 'table':
        for (const row of node.children) push(row.children.map((c) => phrasing(c.children)).join(' | '), row);
        return;
      default:
        return;
    }
  };
  tree.children.forEach((c) => block(c));
  return { paragraphs, footnotes };
}
