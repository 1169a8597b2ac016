/**
 * The document with all changes accepted or all rejected. Word keeps a paragraph's properties in
 * its mark: a deleted mark joins the paragraph to the next one once accepted, an inserted mark
 * does the same once rejected.
 */
import type { DocxContent, DocxParagraph, RunKind } from './types.js';

export type DocxView = 'accepted' | 'rejected';

export interface DocxViewParagraph {
  /** the text, without the numbering label */
  text: string;
  /** the numbering label in this view */
  label: string | null;
  style: string | null;
  styleName: string | null;
  italic: boolean;
  bold: boolean;
  /** index in `DocxContent.paragraphs` of the paragraph that lends its properties */
  index: number;
  /** indices of every paragraph joined into this one */
  sources: number[];
}

export interface ParagraphGroup {
  members: number[];
  /** the member that lends the group its style and numbering */
  lead: number;
  text: string;
}

const GONE_IN: Record<DocxView, RunKind> = { accepted: 'delete', rejected: 'insert' };

export function viewText(p: DocxParagraph, view: DocxView): string {
  const gone = GONE_IN[view];
  return p.runs
    .filter((r) => r.kind !== gone)
    .map((r) => r.text)
    .join('');
}

/** Equal and inserted text. */
export function acceptedText(p: DocxParagraph): string {
  return viewText(p, 'accepted');
}

/** Equal and deleted text. */
export function rejectedText(p: DocxParagraph): string {
  return viewText(p, 'rejected');
}

/**
 * Paragraphs as they stand in one view. A joined group takes its properties from its first
 * member that keeps some text, so a wholly deleted paragraph lends nothing to the next one, and
 * the last paragraph, whose mark Word cannot revise, is carried by the one before it. A group
 * left open at the end (its last mark revised) is kept only if it keeps some text.
 */
export function groupParagraphs(paragraphs: readonly DocxParagraph[], view: DocxView): ParagraphGroup[] {
  const joins = GONE_IN[view];
  const groups: ParagraphGroup[] = [];
  let members: number[] = [];
  const close = (open: boolean): void => {
    const texts = members.map((i) => {
      const p = paragraphs[i];
      return p ? viewText(p, view) : '';
    });
    const text = texts.join('');
    const kept = members.find((_, k) => (texts[k] ?? '').trim() !== '');
    const lead = kept ?? members[members.length - 1];
    if (lead !== undefined && !(open && text.trim() === '')) groups.push({ members, lead, text });
    members = [];
  };
  paragraphs.forEach((p, i) => {
    members.push(i);
    if (p.mark !== joins) close(false);
  });
  if (members.length > 0) close(true);
  return groups;
}

export function viewParagraphs(content: DocxContent, view: DocxView): DocxViewParagraph[] {
  const out: DocxViewParagraph[] = [];
  for (const group of groupParagraphs(content.paragraphs, view)) {
    const lead = content.paragraphs[group.lead];
    if (!lead) continue;
    out.push({
      text: group.text,
      label: view === 'accepted' ? lead.numberingLabel : lead.rejectedNumberingLabel,
      style: lead.style,
      styleName: lead.styleName,
      italic: lead.italic,
      bold: lead.bold,
      index: group.lead,
      sources: group.members,
    });
  }
  return out;
}

function lines(content: DocxContent, view: DocxView): string[] {
  return viewParagraphs(content, view).map((p) => (p.label === null ? p.text : `${p.label}\t${p.text}`));
}

/** The text once every change is accepted, one string per paragraph, labels first. */
export function acceptedParagraphs(content: DocxContent): string[] {
  return lines(content, 'accepted');
}

/** The text once every change is rejected, one string per paragraph, labels first. */
export function rejectedParagraphs(content: DocxContent): string[] {
  return lines(content, 'rejected');
}
