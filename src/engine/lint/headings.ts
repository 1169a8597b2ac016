/**
 * Lint: block headings the language table does not have. A heading read by its shape alone is
 * reported as not in the table; a short line that looks like a misspelt block heading (`considring`,
 * `recaling further`, `resolve`) is reported as that heading misspelt: within two edits (one for headings of six letters or fewer, counting a swap of two
 * letters as one edit) of a heading of the language table, without being one. Read are the
 * block headings of the tree the language does not know, and every paragraph without a label that
 * is no longer than the longest heading, does not end as a sentence or an item does, and is in
 * lower case as headings are (or stands before a labelled item, as a heading does).
 */
import { NOTE_START, NOTES_RULE_LINE } from '../../model/footnotes.js';
import { parseLabel } from '../../model/label.js';
import { type Heading, knownHeading, type Language, normalizeHeading } from '../../model/language.js';
import type { LintInput, RawFinding, Rule } from '../../model/lint.js';
import { documentViews, editDistance, quote } from './context.js';

const letters = (text: string): number => [...text].filter((ch) => /\p{L}/u.test(ch)).length;

/** The known heading a text is a near miss of, or null when it is one or is not close to any. */
export function nearHeading(text: string, lang: Language): Heading | null {
  const key = normalizeHeading(text);
  if (key === '' || lang.headingIndex.has(key)) return null;
  let best: { heading: Heading; d: number } | null = null;
  for (const heading of lang.headings) {
    const h = normalizeHeading(heading.text);
    const allowed = letters(h) <= 6 ? 1 : 2;
    if (Math.abs([...h].length - [...key].length) > allowed) continue;
    const d = editDistance(key, h);
    if (d <= allowed && (best === null || d < best.d)) best = { heading, d };
  }
  return best?.heading ?? null;
}

export const headingsRule: Rule = {
  id: 'headings',
  severity: 'warn',
  description: 'block headings not in the language table, and short lines that look like a misspelt heading',
  check(input: LintInput): RawFinding[] {
    const lang = input.lang;
    const out: RawFinding[] = [];
    const reported = new Set<number | null>();
    const push = (text: string, line: number | null, clause: string | null, heading: Heading): void => {
      if (line !== null && reported.has(line)) return;
      reported.add(line);
      out.push({
        rule: 'headings',
        line,
        clause,
        message: `"${quote(text)}" looks like the heading "${heading.text}" misspelt`,
        fix: `write "${heading.text}"`,
      });
    };
    for (const view of documentViews(input)) {
      for (const block of view.res.blocks) {
        if (block.heading === '' || knownHeading(block.heading, lang) !== undefined) continue;
        const near = nearHeading(block.heading, lang);
        const line = view.line(block.id);
        if (near) push(block.heading, line, view.reference(block.id), near);
        else if (block.part !== 'annex') {
          // read as a heading by its shape: the tables should learn it, or it is a typing slip
          reported.add(line);
          out.push({ rule: 'headings', line, clause: view.reference(block.id), message: `"${quote(block.heading)}" is read as a block heading, but the heading is not in the table`, fix: 'check the heading, or add it to the language table' });
        }
      }
    }
    const longest = Math.max(0, ...lang.headings.map((h) => [...normalizeHeading(h.text)].length));
    const { item, end } = lang.punctuation;
    input.paragraphs.forEach((p, k) => {
      const text = p.text.trim();
      if ([...text].length > longest + 2 || text.includes('\n')) return;
      if (text.endsWith(item) || text.endsWith(end) || parseLabel(text, lang) !== null) return;
      if (NOTES_RULE_LINE.test(text) || NOTE_START.test(text) || lang.titlePattern.test(text) || lang.annexPattern.test(text)) return;
      // headings are written in lower case; a capitalised word (`Decided`) is one only before an item
      const first = text[0] ?? '';
      const next = input.paragraphs[k + 1];
      if (first.toLocaleLowerCase() !== first && !(next && parseLabel(next.text.trim(), lang) !== null)) return;
      const near = nearHeading(text, lang);
      if (near) push(text, p.line, null, near);
    });
    return out;
  },
};
