/**
 * A proposal laid out as ITU documents show it: a cover line (proposer, reference, date), `MOD`
 * (with the proposal number) before the resolution, `ADD` before each whole new block, and a
 * `Reasons:` paragraph after each change. The text itself is the redline, authored by the proposer.
 */
import type { Language } from '../model/language.js';
import type { Cover } from '../model/proposal.js';
import type { RedlineDocument, RedlineParagraph } from '../model/redline.js';

export interface LayoutCover extends Cover {
  /** reasons by reference, `*` for every other change */
  reasons?: ReadonlyMap<string, string>;
}

const note = (id: string, text: string): RedlineParagraph => ({ role: 'note', id, depth: 0, label: [], text: [{ op: 'equal', text }], mark: null });
const changed = (p: RedlineParagraph): boolean => p.mark !== null || [...p.label, ...p.text].some((s) => s.op !== 'equal');
const revisedText = (p: RedlineParagraph, part: 'label' | 'text'): string => p[part].filter((s) => s.op !== 'delete').map((s) => s.text).join('');
const baseText = (p: RedlineParagraph, part: 'label' | 'text'): string => p[part].filter((s) => s.op !== 'insert').map((s) => s.text).join('');

export function proposalLayout(doc: RedlineDocument, cover: LayoutCover, lang: Language): RedlineDocument {
  const out: RedlineParagraph[] = [];
  const line = [cover.proposer, cover.reference, cover.date].filter((x): x is string => !!x).join(' — ');
  if (line) out.push(note('cover', line));
  out.push(note('mark', cover.reference ? `MOD\t${cover.reference}` : 'MOD'));
  let heading = '';
  let inNewBlock = false;
  const reasonsFor = (ref: string): string => cover.reasons?.get(ref) ?? cover.reasons?.get('*') ?? lang.words.reasonsPlaceholder;
  doc.paragraphs.forEach((p, k) => {
    if (p.role === 'heading') {
      heading = p.mark === 'delete' ? baseText(p, 'text') : revisedText(p, 'text');
      inNewBlock = p.mark === 'insert';
      if (inNewBlock) out.push(note(`${p.id}/add`, 'ADD'));
    }
    out.push(p);
    if (!changed(p)) return;
    const next = doc.paragraphs[k + 1];
    // One Reasons paragraph for a whole new block, after its last item.
    if (inNewBlock && next && next.role === 'item' && next.mark === 'insert') return;
    const label = p.mark === 'delete' ? baseText(p, 'label') : revisedText(p, 'label');
    const ref = p.role === 'item' ? `${heading} ${label}` : p.role === 'heading' ? heading : (lang.referenceWords as Record<string, string>)[p.role] ?? p.id;
    out.push(note(`${p.id}/reasons`, `${lang.reasons} ${reasonsFor(ref)}`));
  });
  return { ...doc, paragraphs: out };
}
