/**
 * Lint: references inside the text point at clauses it has. A reference is a block heading (of the
 * language table or of the text) followed by labels, lists joined by commas, dashes and the
 * language's conjunctions, sub-labels after their item (`resolves 1, 2 and 3 above`,
 * `considering d)`, `resolves 3 ii)`), as re-numbering recognises them. Reported: a heading the
 * text has no block for, and a label its block (or item) has no item for. Not references: one next
 * to a citation of another text (`resolves 2 of Resolution 130 (Rev. Dubai, 2018)`); a number after
 * a lettered block or a letter after a numbered one (`considering 3 criteria`); a bare number after
 * a heading the text does not have (`invites 3 experts`). The language table has no words for
 * `above`/`below`, so they are not required.
 */
import { normalizeLabel } from '../../model/label.js';
import { normalizeHeading, type Language } from '../../model/language.js';
import type { LintInput, RawFinding, Rule } from '../../model/lint.js';
import { formatReference, headingStart, parseReference, unwrapLabel, wrapLabel } from '../../model/reference.js';
import { escapeRegExp as escape } from '../../model/regexp.js';
import type { Block, Item, Resolution } from '../../model/resolution.js';
import { citationPattern } from '../citations.js';
import { documentViews, quote } from './context.js';
import { nearHeading } from './headings.js';

interface Patterns {
  reference: RegExp;
  /** one label of a list, with its sub-labels */
  element: RegExp;
  /** a citation of another text ending right before a reference */
  citedBefore: RegExp;
  /** a citation of another text */
  citation: RegExp;
}

function patternsFor(res: Resolution, lang: Language): Patterns {
  const letter = `(?:${[...new Set([...lang.letters, ...'abcdefghijklmnopqrstuvwxyz'])].map(escape).join('|')})`;
  const digit = `[0-9${escape(lang.digits)}]`;
  const suffix = lang.labelSuffixes.length > 0 ? `(?:\\s(?:${lang.labelSuffixes.map(escape).join('|')}))?` : '';
  const closed = `[(（]?(?:${letter}{1,2}|[ivxlcdm]{1,6})${suffix}[)）]`;
  // a number ends where its word does, or where the wrapping of a Chinese reference (`第1段`) goes on
  const label = wrapLabel(`(?:${closed}|${digit}{1,3}(?:\\.${digit}{1,3})*${suffix}(?![\\p{N}]|${lang.script === 'Han' ? '[a-z]' : '\\p{L}'}))`, lang);
  const element = `${label}(?:\\s+${closed})*`;
  const words = lang.conjunctions.map(escape).join('|');
  const before = lang.script === 'Han' ? '\\s*' : '\\s+';
  const sep = `(?:\\s*[,،、，]\\s*${words ? `(?:(?:${words})\\s*)?` : ''}${words ? `|${before}(?:${words})\\s*` : ''}|\\s*[–-]\\s*)`;
  const headings = [...new Set([...lang.headings.map((h) => h.text), ...res.blocks.map((b) => b.heading)])]
    .map((h) => h.trim())
    .filter((h) => h !== '')
    .sort((a, b) => b.length - a.length)
    .map((h) => h.split(/\s+/u).map(escape).join('\\s+'));
  const cite = citationPattern(lang).source;
  return {
    // `resolves 1 and 2`, or with the labels first where the language names them so (`points 1 et 2 du décide`)
    reference: new RegExp(
      `${headingStart(lang)}(?<heading>${headings.join('|')})\\s*(?<list>${element}(?:${sep}${element})*)` +
        (lang.labelsFirst ? `|(?<![\\p{L}\\p{N}])(?<list2>${element}(?:${sep}${element})*)${lang.labelsFirst}(?<heading2>${headings.join('|')})` : ''),
      'giu',
    ),
    element: new RegExp(element, 'giu'),
    citedBefore: new RegExp(`(?:${cite})[\\s,，、]*$`, 'iu'),
    citation: new RegExp(cite, 'iu'),
  };
}

function findBlock(res: Resolution, heading: string, lang: Language): Block | undefined {
  const key = normalizeHeading(heading);
  const known = lang.headingIndex.get(key)?.id;
  return (
    res.blocks.find((b) => normalizeHeading(b.heading) === key) ??
    res.blocks.find((b) => known !== undefined && b.id === known) ??
    // a misspelt heading (`resolve`) is the headings rule's: references to it still resolve
    res.blocks.find((b) => { const near = nearHeading(b.heading, lang); return near !== null && normalizeHeading(near.text) === key; })
  );
}

const numbered = (label: string): boolean => /^\p{N}/u.test(label);

/** `3.1` alone names the sub-item 3.1 of item 3. */
function pathOf(labels: readonly string[]): string[] {
  const only = labels[0];
  if (labels.length === 1 && only !== undefined && /^\d+(\.\d+)+$/u.test(only)) return [only.split('.').slice(0, -1).join('.'), only];
  return [...labels];
}

export const crossReferencesRule: Rule = {
  id: 'cross-references',
  severity: 'error',
  description: 'references to clauses of the text (`resolves 1, 2 and 3 above`) point at blocks and items it has',
  check(input: LintInput): RawFinding[] {
    const lang = input.lang;
    const out: RawFinding[] = [];
    for (const view of documentViews(input)) {
      const { res } = view;
      const p = patternsFor(res, lang);
      for (const clause of view.clauses) {
        if (clause.kind !== 'item') continue;
        const text = clause.text;
        for (const m of text.matchAll(p.reference)) {
          const heading = m.groups?.['heading'] ?? m.groups?.['heading2'] ?? '';
          const list = m.groups?.['list'] ?? m.groups?.['list2'] ?? '';
          const start = m.index;
          const end = start + m[0].length;
          if (p.citedBefore.test(text.slice(Math.max(0, start - 80), start)) || p.citation.test(text.slice(end, end + 40))) continue;
          const report = (message: string, fix: string): void => {
            out.push({ rule: 'cross-references', line: view.line(clause.id), clause: view.reference(clause.id), message, fix });
          };
          const block = findBlock(res, heading, lang);
          const elements = [...list.matchAll(p.element)].map((e) => unwrapLabel(e[0], lang).label);
          if (!block) {
            // a heading word and a bare number alone is as likely words (`invites 3 experts`) as a reference
            if (elements.length === 1 && /^\p{N}[\p{N}.]*$/u.test(elements[0] ?? '')) continue;
            report(`"${quote(m[0])}" refers to a block "${heading}" the text does not have`, `correct the heading of the reference, or add the block "${heading}"`);
            continue;
          }
          // a number after a lettered block (`considering 3 criteria`) is no reference to it, nor a letter after a numbered one
          const first = block.items.find((it) => it.label !== '');
          for (const e of elements) {
            const ref = parseReference(`${heading} ${e}`, lang);
            const labels = pathOf(ref.labels.length > 0 ? ref.labels : [normalizeLabel(e, lang)]);
            if (first && numbered(first.label) !== numbered(labels[0] ?? '')) continue;
            let items: Item[] = block.items;
            let holder = block.heading;
            const written: string[] = [];
            for (const [k, label] of labels.entries()) {
              const found = items.find((it) => it.label === label);
              const labelText = (labels.length === ref.labelTexts.length ? ref.labelTexts[k] : undefined) ?? label;
              if (!found) {
                const where = formatReference(heading, [...written, labelText]);
                report(`"${where}" refers to an item ${holder} does not have`, `point the reference at an existing clause of ${holder}, or correct its label`);
                break;
              }
              written.push(found.labelText);
              holder = formatReference(block.heading, written);
              items = found.items;
            }
          }
        }
      }
    }
    return out;
  },
};
