/**
 * A Word document, in one of its two views (changes accepted or rejected), as paragraphs for the
 * structure parser: numbering labels in front, heading styles (Word's Heading n, ITU's Call) and
 * italics kept as hints, footnotes apart.
 */
import type { Language } from '../model/language.js';
import { viewParagraphs, type DocxContent, type DocxView } from './docx.js';
import { splitLines, tidy } from './paragraphs.js';
import type { Source, SourceParagraph } from './source.js';

const HEADING_STYLE = /^(?:heading\s*\d|call)$/iu;

/** The paragraphs of one view as lines, labels first: for detecting the language. */
export function docxLines(content: DocxContent, view: DocxView): string[] {
  return viewParagraphs(content, view).map((p) => (p.label === null ? p.text : `${p.label}\t${p.text}`));
}

export function docxSource(content: DocxContent, view: DocxView, file: string, lang: Language): Source {
  const paragraphs: SourceParagraph[] = [];
  for (const p of viewParagraphs(content, view)) {
    const text = p.label === null ? p.text : `${p.label}\t${p.text}`;
    if (text.trim() === '') continue;
    const extra: Partial<SourceParagraph> = {};
    if (HEADING_STYLE.test(p.styleName ?? '')) extra.heading = true;
    if (p.italic) extra.emphasis = true;
    // Word has no lines: the paragraph number stands in for a line number in messages.
    for (const s of splitLines(text.split('\n'), p.index + 1, lang, extra)) paragraphs.push({ ...s, text: tidy(s.text), line: p.index + 1 });
  }
  const keep = view === 'accepted' ? 'delete' : 'insert';
  const footnotes = content.footnotes.map((n) => ({
    id: n.id,
    text: tidy(n.runs.filter((r) => r.kind !== keep).map((r) => r.text).join('')),
  }));
  return { file, paragraphs, footnotes };
}

/** Who made the tracked changes: the proposer of a Word proposal. */
export function revisionAuthors(content: DocxContent): string | null {
  const authors = [...new Set(content.revisions.map((r) => r.author).filter((a) => a !== ''))];
  return authors.length > 0 ? authors.join(', ') : null;
}
