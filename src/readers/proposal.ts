/**
 * A proposal file in any of its forms, decided from its content (or named with --form):
 * instructions (change lines), a marked-up text (CriticMarkup, <ins>/<del>, Word revisions or
 * underline/strike-through), or a clean text. A contribution document holds a cover and one or
 * several numbered proposals (`MOD RCC/14/3`, each with its text and Reasons): each becomes a
 * proposal of its own, with the cover as its metadata.
 */
import { InputError } from '../model/errors.js';
import type { Contribution, ProposalForm, ProposalSource } from '../model/proposal.js';
import { documentsOf, type Resolution } from '../model/resolution.js';
import type { InputDocument } from './document.js';
import { readCover, splitProposals, type Chunk } from './furniture.js';
import { isInstructions, readInstructions } from './instructions.js';
import type { SourceParagraph } from './source.js';
import { buildTree } from './structure.js';

/** How to read a proposal: a form, or `whole` for a clean text that is the whole resolution. */
export type Reading = ProposalForm | 'whole';

/** The form a document's content says it is in. */
function formOf(doc: InputDocument): ProposalForm {
  if (doc.marking !== null) return 'markup';
  return isInstructions(doc.source(), doc.lang) ? 'instructions' : 'revised';
}

function single(paragraphs: SourceParagraph[], doc: InputDocument, line: number | undefined): Resolution {
  const docs = documentsOf(buildTree({ file: doc.file, paragraphs, footnotes: doc.source().footnotes }, doc.lang));
  if (docs.length !== 1) throw new InputError(`holds ${docs.length} resolutions in one proposal`, doc.file, line, 'give each resolution its own MOD, ADD or SUP line');
  return docs[0] as Resolution;
}

export function readProposalDocument(doc: InputDocument, reading?: Reading): ProposalSource[] {
  const form: ProposalForm = reading === 'whole' ? 'revised' : (reading ?? formOf(doc));
  if (form === 'instructions') return [{ form, proposal: readInstructions(doc.source(), doc.fields, doc.lang) }];
  const accepted = splitProposals(doc.source('accepted'), doc.lang);
  const rejected = form === 'markup' ? splitProposals(doc.source('rejected'), doc.lang) : null;
  const contribution: Contribution | undefined = accepted.cover.length > 0 ? readCover(accepted.cover, doc.lang) : undefined;
  const { fields } = doc;
  const whole = reading === 'whole' ? true : reading === 'revised' ? false : null;
  const sources: ProposalSource[] = [];
  accepted.chunks.forEach((chunk, k) => {
    const line = chunk.mark?.line ?? chunk.paragraphs[0]?.line;
    const other: Chunk | undefined = rejected?.chunks[k];
    if (chunk.paragraphs.length === 0 && (other?.paragraphs.length ?? 0) === 0) {
      if (chunk.mark?.op === 'NOC') return;
      throw new InputError(`${chunk.mark?.op ?? 'the proposal'} gives no text`, doc.file, line, 'give the provisions it concerns after the mark line');
    }
    sources.push({
      form,
      mark: chunk.mark?.op ?? 'MOD',
      revised: single(chunk.paragraphs, doc, line),
      rejected: other ? single(other.paragraphs, doc, line) : null,
      whole,
      reasons: chunk.reasons,
      ...(line !== undefined ? { line } : {}),
      meta: {
        proposer: fields.proposer ?? contribution?.source ?? doc.authors,
        reference: chunk.mark?.number ?? fields.reference ?? null,
        date: fields.date ?? contribution?.date ?? null,
        base: fields.base ?? contribution?.title ?? null,
        revision: fields.revision ?? null,
        form,
        file: doc.file,
        ...(contribution ? { contribution } : {}),
      },
    });
  });
  return sources;
}
