/**
 * Markdown through remark-parse (CommonMark) and remark-gfm (footnotes, strike-through; loaded by
 * parsers.ts): headings,
 * italic or bold block headings, ordered lists whose numbers are labels, and paragraphs whose
 * consecutive lines are separate items.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { InputError } from '../model/errors.js';
import type { Language } from '../model/language.js';
import { NOTES_RULE } from '../model/footnotes.js';
import { splitLines, tidy } from './paragraphs.js';
import { markdownParser } from './parsers.js';
import type { SourceFootnote, SourceParagraph } from './source.js';

/** `lineOffset`: lines before `text` in the file (front matter), to keep line numbers right. */
/** Deeper than this, lists or quotes inside one another are no resolution: the parser would take minutes or overflow. */
const MAX_NESTING = 100;
/** More emphasis marks than this in one paragraph, and the parser's time grows past reason. */
const MAX_EMPHASIS = 5000;

/**
 * Markdown the parser cannot take in reasonable time or stack, refused with its line before it is
 * parsed: quotes or list items nested more than 100 deep, or a paragraph of thousands of emphasis
 * marks.
 */
function checkShape(text: string, file: string, lineOffset: number): void {
  const lines = text.split('\n');
  let marks = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    const quoted = /^(?:[ \t]*>)*/u.exec(line)?.[0] ?? '';
    const quotes = quoted.split('>').length - 1;
    const indent = (/^[ \t]*/u.exec(line.slice(quoted.length))?.[0] ?? '').replace(/\t/gu, '    ').length;
    if (quotes > MAX_NESTING || indent / 2 > MAX_NESTING) {
      throw new InputError(`lists or quotes nested more than ${MAX_NESTING} deep`, file, k + 1 + lineOffset, 'write the resolution as headings, paragraphs and labelled items');
    }
    marks = line.trim() === '' ? 0 : marks + (line.match(/[*_]/gu)?.length ?? 0);
    if (marks > MAX_EMPHASIS) {
      throw new InputError(`more than ${MAX_EMPHASIS} emphasis marks (* or _) in one paragraph`, file, k + 1 + lineOffset, 'remove the emphasis, or give the text as .txt');
    }
  }
}

export function markdownParagraphs(text: string, lang: Language, lineOffset = 0, file = 'the Markdown file'): { paragraphs: SourceParagraph[]; footnotes: SourceFootnote[] } {
  checkShape(text, file, lineOffset);
  const tree = markdownParser()(text);
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
          const written = node.ordered ? /^\s*(\d{1,9}[.)])/u.exec(text.slice(li.position?.start.offset ?? 0))?.[1] : undefined;
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
