/** Reading proposals in tests, through the same way in as the command line. */
import type { Proposal } from '../../src/model/proposal.js';
import { readDocument } from '../../src/readers/document.js';
import { readInstructions } from '../../src/readers/instructions.js';

/** A proposal in the instructions form, from its text (`.md` unless the name says otherwise). */
export function instructionsOf(text: string, file = 'p.md'): Proposal {
  const doc = readDocument({ file, bytes: new TextEncoder().encode(text) }, { lang: 'en' });
  return readInstructions(doc.source(), doc.fields, doc.lang);
}
