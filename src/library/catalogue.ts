/** The job of `catalogue`: the resolutions some texts hold, and how each is cited. */
import { catalogueOf } from '../engine/catalogue.js';
import type { Catalogue } from '../model/catalogue.js';
import { InputError } from '../model/errors.js';
import { documentsOf, type Resolution } from '../model/resolution.js';
import { readDocument, type ReadOptions } from '../readers/document.js';
import type { Input } from '../readers/input.js';
import { textOf } from '../readers/read.js';
import { tableFor } from './inputs.js';

/** A catalogue of the resolutions the inputs hold (a collection holds several). */
export function catalogueInputs(inputs: readonly Input[], options: ReadOptions = {}): Catalogue {
  const documents = inputs.flatMap((input) => documentsOf(textOf(readDocument(input, options)).parsed).map((resolution) => ({ file: input.file, resolution })));
  if (documents.length === 0) throw new InputError('no resolution to catalogue', inputs[0]?.file);
  return catalogueOf(documents, tableFor(documents[0]?.resolution as Resolution));
}
