/**
 * The Word reader: a .docx to paragraphs of runs that keep Word's tracked changes (or ITU
 * underline / strike-through marking), with numbering labels rendered and footnotes apart.
 */
import { BodyReader, type BodyParagraph } from './docx/body.js';
import { Numbering } from './docx/numbering.js';
import { openPackage } from './docx/package.js';
import { Styles } from './docx/styles.js';
import type { DocxContent, ReadDocxOptions } from './docx/types.js';
import { groupParagraphs } from './docx/views.js';

export type {
  DocxContent,
  DocxFootnote,
  DocxParagraph,
  DocxRevision,
  DocxRun,
  ReadDocxOptions,
  RunKind,
} from './docx/types.js';
export type { DocxView, DocxViewParagraph } from './docx/views.js';
export {
  acceptedParagraphs,
  acceptedText,
  rejectedParagraphs,
  rejectedText,
  viewParagraphs,
  viewText,
} from './docx/views.js';

/**
 * `marks`: `revisions` reads tracked changes only, `formatting` underline and strike-through as
 * well; absent, a file with tracked changes is read by them, and one without by its formatting.
 */
export function readDocx(bytes: Uint8Array, file: string, options: ReadDocxOptions = {}): DocxContent {
  const pkg = openPackage(bytes, file);
  const styles = new Styles(pkg.styles);
  const numbering = new Numbering(pkg.numbering, styles);
  const read = (formatting: boolean): DocxContent => {
    const reader = new BodyReader(styles, numbering, formatting, file);
    const body = reader.blocks(pkg.body);
    const footnotes = reader.footnotes(pkg.footnotes);
    labelParagraphs(body, numbering);
    const paragraphs = body.map((b) => b.paragraph);
    const formatted = formatting && paragraphs.some((p) => p.mark !== 'equal' || p.runs.some((r) => r.kind !== 'equal'));
    return {
      paragraphs,
      footnotes,
      revisions: reader.revisions,
      hasRevisions: reader.revisions.length > 0,
      marking: reader.revisions.length > 0 ? 'revisions' : formatted ? 'formatting' : null,
    };
  };
  if (options.marks !== undefined) return read(options.marks === 'formatting');
  // Underline in a file with tracked changes is formatting; read it again without.
  const auto = read(true);
  return auto.hasRevisions ? read(false) : auto;
}

/**
 * Counts list items separately in each view, since an inserted or deleted item shifts the
 * labels of those after it; only the paragraph that lends a joined group its properties counts.
 */
function labelParagraphs(body: readonly BodyParagraph[], numbering: Numbering): void {
  const paragraphs = body.map((b) => b.paragraph);
  for (const view of ['accepted', 'rejected'] as const) {
    const counters = numbering.counters();
    for (const group of groupParagraphs(paragraphs, view)) {
      const item = body[group.lead];
      if (!item?.list) continue;
      const label = counters.next(item.list.numId, item.list.ilvl);
      if (view === 'accepted') item.paragraph.numberingLabel = label;
      else item.paragraph.rejectedNumberingLabel = label;
    }
  }
}
