/**
 * A proposal file in any of its three forms, decided from its content (or named with --form):
 * instructions (change lines), a marked-up text (CriticMarkup, <ins>/<del>, Word revisions or
 * underline/strike-through), or a clean revised text. Instructions are read as they are; whole
 * texts are parsed in their two views, their furniture set apart, for the engine to turn into
 * changes against the base.
 */
import { InputError } from '../model/errors.js';
import type { ProposalForm, ProposalSource } from '../model/proposal.js';
import { documentsOf, type Resolution } from '../model/resolution.js';
import type { InputDocument } from './document.js';
import { separateFurniture } from './furniture.js';
import { isInstructions, readInstructions } from './instructions.js';
import type { Source } from './source.js';
import { buildTree } from './structure.js';

/** The form a document's content says it is in. */
export function formOf(doc: InputDocument): ProposalForm {
  if (doc.marking !== null) return 'markup';
  return isInstructions(doc.source(), doc.lang) ? 'instructions' : 'revised';
}

function single(source: Source, doc: InputDocument): Resolution {
  const docs = documentsOf(buildTree(source, doc.lang));
  if (docs.length !== 1) throw new InputError(`holds ${docs.length} resolutions`, doc.file, undefined, 'give one proposal per resolution');
  return docs[0] as Resolution;
}

export function readProposalDocument(doc: InputDocument, form: ProposalForm = formOf(doc)): ProposalSource {
  if (form === 'instructions') return { form, proposal: readInstructions(doc.source(), doc.fields, doc.lang) };
  const accepted = separateFurniture(doc.source('accepted'), doc.lang);
  const rejected = form === 'markup' ? separateFurniture(doc.source('rejected'), doc.lang).source : null;
  const { fields } = doc;
  return {
    form,
    revised: single(accepted.source, doc),
    rejected: rejected === null ? null : single(rejected, doc),
    reasons: accepted.furniture.reasons,
    meta: {
      proposer: fields.proposer ?? doc.authors,
      reference: fields.reference ?? accepted.furniture.marks.find((m) => m.number !== null)?.number ?? null,
      date: fields.date ?? null,
      base: fields.base ?? null,
      revision: fields.revision ?? null,
      form,
      file: doc.file,
    },
  };
}
