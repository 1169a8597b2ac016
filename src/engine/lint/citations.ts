/**
 * Lint: citations against the catalogue. A citation of a revision older than the latest the
 * catalogue knows is superseded; a citation of a number the catalogue does not know, of a kind it
 * has entries for, may be a typo or a text the user has yet to add. Without a catalogue: silent.
 */
import type { Catalogue, Citation } from '../../model/catalogue.js';
import type { Language } from '../../model/language.js';
import type { LintInput, RawFinding, Rule } from '../../model/lint.js';
import { citedRevision, isSuperseded, latestRevision } from '../catalogue.js';
import { citationName, citationsOf, citedWith } from '../citations.js';
import { documentViews, type DocumentView } from './context.js';

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();


/** Where a citation is: its clause for people, and its line (a footnote's: the paragraph that holds its text). */
function place(c: Citation, view: DocumentView, input: LintInput): { line: number | null; clause: string } {
  if (c.clause.startsWith('footnote/')) {
    const id = c.clause.slice('footnote/'.length);
    const note = view.res.footnotes.find((n) => n.id === id);
    const from = view.line('title') ?? input.lines[view.index]?.values().next().value ?? 0;
    const head = squash(note?.text ?? '').slice(0, 40);
    const p = input.paragraphs.find((x) => x.line >= from && squash(x.text).includes(head) && squash(x.text).includes(squash(c.text)));
    return { line: p?.line ?? null, clause: `${input.lang.referenceWords.footnote} ${id}` };
  }
  return { line: view.line(c.clause), clause: view.reference(c.clause) ?? c.clause };
}

function findingsOf(view: DocumentView, input: LintInput, catalogue: Catalogue): RawFinding[] {
  const lang = input.lang;
  const kinds = new Set(catalogue.entries.map((e) => e.kind));
  const out: RawFinding[] = [];
  for (const c of citationsOf(view.res, lang)) {
    if (!kinds.has(c.kind)) continue;
    const latest = latestRevision(catalogue, c.kind, c.number);
    if (latest === null) {
      out.push({
        rule: 'citations',
        ...place(c, view, input),
        message: `${c.text} is not in the catalogue: it knows no ${c.kind} ${c.number}`,
        fix: `check the number, or add the text of ${citationName(c, lang)} to the catalogue`,
      });
      continue;
    }
    if (!isSuperseded(c, latest)) continue;
    const tag = citedRevision(latest, catalogue);
    const replacement = tag === null ? citationName(c, lang) : citedWith(c, tag, lang);
    out.push({
      rule: 'citations',
      ...place(c, view, input),
      message: `${c.text} is superseded: the latest revision the catalogue knows is ${tag === null ? 'untagged' : `(${tag})`}, in ${latest.file}`,
      fix: `cite ${replacement}`,
    });
  }
  return out;
}

export const citationsRule: Rule = {
  id: 'citations',
  severity: 'warn',
  description: 'citations of resolutions the catalogue knows a later revision of, or does not know at all (needs a catalogue)',
  check(input: LintInput): RawFinding[] {
    const catalogue = input.catalogue;
    if (catalogue === null) return [];
    return documentViews(input).flatMap((view) => findingsOf(view, input, catalogue));
  },
};
