/**
 * Citations brought up to date: each citation of a revision older than the latest the catalogue
 * knows is rewritten to cite the latest one, keeping the kind word as written. What `draft
 * --update-citations` proposes, one MOD per clause, each with its Reasons.
 */
import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/language.js';
import type { Item, Resolution } from '../model/resolution.js';
import { citedRevision, outdatedCitations } from './catalogue.js';
import { citedWith } from './citations.js';

export interface CitationUpdate {
  /** the clause id (`recalling/a`, `footnote/1`) */
  clause: string;
  from: string;
  to: string;
}

export function updateCitations(res: Resolution, catalogue: Catalogue, lang: Language): { resolution: Resolution; updates: CitationUpdate[] } {
  const updates: CitationUpdate[] = [];
  const byClause = new Map<string, { index: number; text: string; to: string }[]>();
  for (const { citation, latest } of outdatedCitations(res, catalogue, lang)) {
    const tag = citedRevision(latest, catalogue);
    if (!tag) continue;
    const to = citedWith(citation, tag, lang);
    updates.push({ clause: citation.clause, from: citation.text, to });
    byClause.set(citation.clause, [...(byClause.get(citation.clause) ?? []), { index: citation.index, text: citation.text, to }]);
  }
  // from the end of each clause, so earlier offsets still hold
  const rewrite = (id: string, text: string): string =>
    [...(byClause.get(id) ?? [])].sort((a, b) => b.index - a.index).reduce((t, u) => `${t.slice(0, u.index)}${u.to}${t.slice(u.index + u.text.length)}`, text);
  const item = (it: Item): Item => ({ ...it, text: rewrite(it.id, it.text), items: it.items.map(item) });
  const resolution: Resolution = {
    ...res,
    blocks: res.blocks.map((b) => ({ ...b, items: b.items.map(item) })),
    annexes: res.annexes.map((b) => ({ ...b, items: b.items.map(item) })),
    footnotes: res.footnotes.map((n) => ({ ...n, text: rewrite(`footnote/${n.id}`, n.text) })),
  };
  return { resolution, updates };
}
