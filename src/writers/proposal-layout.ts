/**
 * A proposal laid out as a delegation sends it: the cover (meeting, document symbol, date,
 * original language, source, title), `MOD` with the proposal number before the resolution, the
 * whole text as the redline authored by the proposer with `ADD` before each new block and `SUP`
 * before each block or item suppressed whole, and one `Reasons:` paragraph after the resolution.
 */
import type { Language } from '../model/language.js';
import type { Cover } from '../model/proposal.js';
import type { RedlineDocument, RedlineParagraph } from '../model/redline.js';

export interface LayoutCover extends Partial<Cover> {
  /** reasons by reference (`considering a)`), `*` for every change */
  reasons?: ReadonlyMap<string, string>;
}

const note = (id: string, text: string): RedlineParagraph => ({ role: 'note', id, depth: 0, label: [], text: [{ op: 'equal', text }], mark: null });

/** The cover's lines, in the order contributions give them. */
export function coverLines(cover: Partial<Cover>, lang: Language): string[] {
  return [
    cover.meeting,
    cover.document ? lang.words.document.replace('{symbol}', cover.document) : null,
    cover.date,
    cover.original ? lang.words.original.replace('{language}', cover.original) : null,
    cover.proposer,
    cover.title,
  ].filter((x): x is string => !!x);
}

/** One text for the Reasons of a whole proposal: the reasons given for all, else each reference's. */
function reasonsText(reasons: ReadonlyMap<string, string> | undefined, lang: Language): string {
  if (!reasons || reasons.size === 0) return lang.words.reasonsPlaceholder;
  const all = reasons.get('*');
  if (all !== undefined && reasons.size === 1) return all;
  return [...reasons].map(([ref, text]) => (ref === '*' ? text : `${ref}: ${text}`)).join(' ');
}

export function proposalLayout(doc: RedlineDocument, cover: LayoutCover, lang: Language): RedlineDocument {
  const out: RedlineParagraph[] = coverLines(cover, lang).map((text, k) => note(`cover/${k + 1}`, text));
  out.push(note('mark', cover.reference ? `MOD\t${cover.reference}` : 'MOD'));
  let blockGone = false;
  for (const p of doc.paragraphs) {
    if (p.role === 'heading' || p.role === 'annex-heading') {
      blockGone = p.mark === 'delete' && !p.move;
      if (p.mark === 'insert' && !p.move) out.push(note(`${p.id}/add`, 'ADD'));
      if (blockGone) out.push(note(`${p.id}/sup`, 'SUP'));
    } else if (p.role === 'item' && p.mark === 'delete' && !p.move && !blockGone) out.push(note(`${p.id}/sup`, 'SUP'));
    out.push(p);
  }
  out.push({ role: 'reasons', id: 'reasons', depth: 0, label: [{ op: 'equal', text: lang.reasons }], text: [{ op: 'equal', text: reasonsText(cover.reasons, lang) }], mark: null });
  return { ...doc, paragraphs: out };
}
