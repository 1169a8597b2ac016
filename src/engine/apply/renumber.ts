/**
 * Labels and cross-references after a proposal: each list it touched is re-lettered or
 * renumbered in the style it was written in (a suffixed `c bis` follows whatever its predecessor
 * became), and references in the clauses it did not rewrite follow (`resolves 1, 2 and 3 above`).
 * A suppressed item leaves a list of references, with a warning (`resolves 1, 2 and 3` after SUP
 * resolves 2 reads `resolves 1 and 2`); a reference to suppressed items alone is an error, never
 * left pointing at the item that took their place.
 */
import { baseOf, isSuffixed, labelAt, listKind, normalizeLabel, relabelText } from '../../model/label.js';
import type { ProposalChange } from '../../model/proposal.js';
import { formatReference, headingStart, unwrapLabel, wrapLabel } from '../../model/reference.js';
import { escapeRegExp as escape } from '../../model/regexp.js';
import { visits } from '../../model/visit.js';
import { ApplyError, blocksOf, type Run } from './types.js';

interface Relabeling {
  heading: string;
  /** old label -> new label, for the block's top-level items */
  map: Map<string, string>;
  /** suppressed labels, with the SUP that suppressed them; `*` for the whole block */
  gone: Map<string, ProposalChange>;
}

export function renumber(run: Run): void {
  const top: Relabeling[] = [];
  for (const [list, { block, before, gone }] of run.touched) {
    // The kind and style of labels come from the list as it was, before the additions.
    const old = [...before.keys()].filter((it) => it.label !== '');
    const sample = old.find((it) => !isSuffixed(it.label)) ?? list.find((it) => it.label !== '');
    const kind = listKind(old.map((it) => it.label)) ?? listKind(list.map((it) => it.label)) ?? (block.part === 'operative' ? 'number' : 'letter');
    const prefix = kind === 'dotted' ? baseOf(sample?.label ?? '').split('.').slice(0, -1).join('.') : '';
    const style = sample?.labelText ?? (kind === 'number' ? '1' : 'a)');
    const map = new Map<string, string>();
    let n = 0;
    let prevBase = '';
    for (const it of list) {
      if (!it.label) continue;
      const [head = '', ...suffix] = it.label.split(' ');
      const label = suffix.length > 0 ? `${prevBase || head} ${suffix.join(' ')}` : labelAt(++n, kind, prefix);
      if (suffix.length === 0) prevBase = label;
      const was = before.get(it);
      if (was !== undefined && was !== label) map.set(was, label);
      if (it.label !== label || !it.labelText) {
        it.labelText = relabelText(it.labelText || style, label, run.lang);
        it.label = label;
      }
    }
    if (list === block.items) top.push({ heading: block.heading, map, gone });
  }
  for (const [heading, change] of run.goneHeadings) top.push({ heading, map: new Map(), gone: new Map([['*', change]]) });
  crossReferences(run, top);
}

function crossReferences(run: Run, relabelings: readonly Relabeling[]): void {
  const { lang } = run;
  // Labels in the language's own letters and digits; lists joined by commas or its conjunctions.
  const letter = `(?:${[...new Set([...lang.letters, ...'abcdefghijklmnopqrstuvwxyz'])].map(escape).join('|')})`;
  const digit = `[0-9${escape(lang.digits)}]`;
  const label = wrapLabel(`(?:[(（]?${letter}{1,2}[)）]|${digit}{1,3}(?:\\.${digit}{1,3})*(?!${digit}))`, lang);
  const words = lang.conjunctions.map(escape).join('|');
  const sep = `(?:\\s*[,،、，]\\s*|\\s*(?:${words})\\s*|\\s*[–-]\\s*)`;
  for (const t of relabelings) {
    if (t.map.size === 0 && t.gone.size === 0) continue;
    // `resolves 1 and 2`, and in languages that name the labels first, `points 1 et 2 du décide`
    // (one pass over both forms, so that nothing is relabelled twice)
    const list = `${label}(?:${sep}${label})*`;
    const heading = escape(t.heading);
    const first = lang.labelsFirst ? `|(?<![\\p{L}\\p{N}])(?<list2>${list})${lang.labelsFirst}(?<heading2>${heading})` : '';
    const re = new RegExp(`${headingStart(lang)}(?<heading>${heading})\\s*(?<list>${list})${first}`, 'giu');
    const goneBy = (token: string): ProposalChange | undefined => t.gone.get('*') ?? t.gone.get(normalizeLabel(unwrapLabel(token, lang).label, lang));
    for (const { item, block, ancestors } of visits(blocksOf(run.res))) {
      if (run.rewritten.has(item)) continue;
      const where = formatReference(block.heading, [...ancestors, item].map((i) => i.labelText));
      const rewrite = (whole: string, heading: string, list: string): string => {
        const tokens = [...list.matchAll(new RegExp(label, 'gu'))].map((m) => ({ text: m[0], at: m.index }));
        const seps = tokens.slice(1).map((tk, k) => list.slice((tokens[k] as { at: number }).at + (tokens[k] as { text: string }).text.length, tk.at));
        const kept = tokens.filter((tk) => !goneBy(tk.text));
        const relabel = (token: string): string => {
          const { before, label: written, after } = unwrapLabel(token, lang);
          const to = t.map.get(normalizeLabel(written, lang));
          return to ? `${before}${relabelText(written, to, lang)}${after}` : token;
        };
        if (kept.length === tokens.length) return whole.replace(list, tokens.map((tk, k) => `${k > 0 ? seps[k - 1] : ''}${relabel(tk.text)}`).join(''));
        const gone = tokens.filter((tk) => goneBy(tk.text)).map((tk) => tk.text);
        const sup = goneBy(gone[0] ?? '') as ProposalChange;
        if (kept.length === 0 || seps.some((s) => /[–-]/u.test(s))) {
          throw new ApplyError(
            `${where} refers to ${heading} ${gone.join(', ')}, which is suppressed`,
            sup,
            `the reference would point at another item: rewrite ${where} in the same proposal`,
            run.proposal.file,
          );
        }
        // The suppressed labels leave the list; the last joining word stays last.
        const last = seps.at(-1) ?? ', ';
        const joined = kept.map((tk, k) => `${k === 0 ? '' : k === kept.length - 1 ? last : ', '}${relabel(tk.text)}`).join('');
        run.notes.push({ clause: where, message: `${heading} ${gone.join(', ')} ${gone.length === 1 ? 'is' : 'are'} suppressed and left the reference: now "${heading} ${joined}"` });
        return whole.replace(list, joined);
      };
      item.text = item.text.replace(re, (whole: string, ...rest: unknown[]) => {
        const g = rest.at(-1) as Record<string, string | undefined>;
        return rewrite(whole, g['heading'] ?? g['heading2'] ?? '', g['list'] ?? g['list2'] ?? '');
      });
    }
  }
}
