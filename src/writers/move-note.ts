/** The note on a moved clause, in the document's language: where it came from and what changed. */
import type { Language } from '../model/language.js';
import type { RedlineParagraph } from '../model/redline.js';

/** `[-old-]{+new+}` marks, as in a terminal word diff: for notes that cannot hold real marks. */
function wordDiffText(p: RedlineParagraph): string {
  return p.text.map((s) => (s.op === 'delete' ? `[-${s.text}-]` : s.op === 'insert' ? `{+${s.text}+}` : s.text)).join('');
}

/** `moved from considering c)`, with the word edits when the text changed on the way. */
export function moveNote(p: RedlineParagraph, lang: Language, withEdits = true): string | null {
  if (!p.move) return null;
  const words = p.move.end === 'origin' ? lang.words.movedTo : lang.words.movedFrom;
  const note = words.replace('{ref}', p.move.reference);
  const edited = p.move.end === 'destination' && p.text.some((s) => s.op !== 'equal');
  return withEdits && edited ? `${note}: ${wordDiffText(p)}` : note;
}
