/** Each product as a Word file: a clean resolution, a redline, or a proposal laid out the ITU way. */
import { cleanLayout } from '../model/clauses.js';
import { InputError } from '../model/errors.js';
import type { RedlineDocument } from '../model/redline.js';
import { documentsOf } from '../model/resolution.js';
import { tableOf } from '../languages/registry.js';
import { writeDocx } from './docx.js';
import { proposalLayout } from './proposal-layout.js';
import type { Product, WriteOptions } from './registry.js';

/** A collection becomes one Word document, resolution after resolution. */
export function joinDocuments(docs: readonly RedlineDocument[]): RedlineDocument {
  const [first] = docs;
  if (!first) throw new InputError('nothing to write');
  if (docs.length === 1) return first;
  return { ...first, paragraphs: docs.flatMap((d) => d.paragraphs), footnotes: docs.flatMap((d) => d.footnotes) };
}

export async function writeDocxProduct(p: Product, options: WriteOptions): Promise<Uint8Array> {
  const marks = options.marks ?? 'revisions';
  if (p.kind === 'resolution') {
    const date = options.date ?? new Date(0).toISOString();
    return writeDocx(joinDocuments(documentsOf(p.parsed).map((res) => cleanLayout(res, 'redline', date))), { marks });
  }
  if (p.kind === 'redline') return writeDocx(joinDocuments(p.diffs.map((d) => d.redline)), { marks });
  if (p.kind === 'merge') return (await import('./merge-formats.js')).mergeDocx(p, marks);
  const { draft } = p;
  if (!draft.redline) {
    throw new InputError('a proposal read as instructions has no marked-up text to write as Word', undefined, undefined, 'draft it from the two texts: redline draft BASE REVISED -o FILE.docx');
  }
  return writeDocx(proposalLayout(draft.redline, { ...draft.cover, reasons: draft.reasons }, tableOf(draft.lang)), { marks });
}
