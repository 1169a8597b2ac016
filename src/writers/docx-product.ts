/** Each product as a Word file: a clean resolution, a redline, or a proposal laid out the ITU way. */
import { cleanLayout } from '../model/clauses.js';
import { InputError } from '../model/errors.js';
import type { RedlineDocument } from '../model/redline.js';
import { documentsOf } from '../model/resolution.js';
import { tableOf } from '../languages/registry.js';
import { writeDocx } from './docx.js';
import { proposalLayout } from './proposal-layout.js';
import type { Product, WriteOptions } from './registry.js';

/** Each of `items` made into a document only when the writer comes to it. */
function* each<T>(items: Iterable<T>, make: (item: T) => RedlineDocument): Generator<RedlineDocument> {
  for (const item of items) yield make(item);
}

export async function writeDocxProduct(p: Product, options: WriteOptions): Promise<Uint8Array> {
  const marks = options.marks ?? 'revisions';
  if (p.kind === 'resolution') {
    const date = options.date ?? new Date(0).toISOString();
    // a collection becomes one Word document, resolution after resolution
    return writeDocx(each(documentsOf(p.parsed), (res) => cleanLayout(res, 'redline', date)), { marks });
  }
  if (p.kind === 'redline') return writeDocx(each(p.diffs, (d) => d.redline), { marks });
  if (p.kind === 'merge') return (await import('./merge-formats.js')).mergeDocx(p, marks);
  const { draft } = p;
  if (!draft.redline) {
    throw new InputError('a proposal read as instructions has no marked-up text to write as Word', undefined, undefined, 'draft it from the two texts: redline draft BASE REVISED -o FILE.docx');
  }
  return writeDocx(proposalLayout(draft.redline, { ...draft.cover, reasons: draft.reasons }, tableOf(draft.lang)), { marks });
}
