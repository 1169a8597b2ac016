/**
 * Labels and cross-references after a proposal: each list it touched is re-lettered or
 * renumbered in the style it was written in (a suffixed `c bis` follows whatever its predecessor
 * became), and references in the clauses it did not rewrite follow (`resolves 1, 2 and 3 above`).
 * A reference to a suppressed item is reported and left as it was.
 */
import { baseOf, isSuffixed, labelAt, listKind, normalizeLabel, relabelText } from '../../model/label.js';
import { escapeRegExp as escape } from '../../model/regexp.js';
import type { Block } from '../../model/resolution.js';
import { visits } from '../../model/visit.js';
import { blocksOf, type Run } from './types.js';

interface Relabeling {
  block: Block;
  /** old label -> new label, for the block's top-level items */
  map: Map<string, string>;
  gone: Set<string>;
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
    if (list === block.items) top.push({ block, map, gone });
  }
  crossReferences(run, top);
}

function crossReferences(run: Run, relabelings: readonly Relabeling[]): void {
  const { lang } = run;
  // Labels in the language's own letters and digits; lists joined by commas or its conjunctions.
  const letter = `(?:${[...new Set([...lang.letters, ...'abcdefghijklmnopqrstuvwxyz'])].map(escape).join('|')})`;
  const digit = `[0-9${escape(lang.digits)}]`;
  const label = `(?:\\(?${letter}{1,2}\\)|${digit}{1,3}(?:\\.${digit}{1,3})*(?!${digit}))`;
  const words = lang.conjunctions.map(escape).join('|');
  const sep = `(?:\\s*[,،、]\\s*|\\s*(?:${words})\\s*|\\s*[–-]\\s*)`;
  const targets = [
    ...relabelings.map((m) => ({ heading: m.block.heading, map: m.map, gone: m.gone })),
    ...[...run.goneHeadings].map((heading) => ({ heading, map: new Map<string, string>(), gone: new Set(['*']) })),
  ];
  for (const t of targets) {
    if (t.map.size === 0 && t.gone.size === 0) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(${escape(t.heading)})\\s*(${label}(?:${sep}${label})*)`, 'giu');
    const fix = (clause: string, text: string): string =>
      text.replace(re, (whole, heading: string, list: string) => {
        const fixed = list.replace(new RegExp(label, 'gu'), (token) => {
          const norm = normalizeLabel(token, lang);
          if (t.gone.has('*') || t.gone.has(norm)) {
            run.notes.push({ clause, message: `refers to ${heading} ${token}, which is suppressed; left as it was` });
            return token;
          }
          const to = t.map.get(norm);
          return to ? relabelText(token, to, lang) : token;
        });
        return whole.replace(list, fixed);
      });
    for (const { item, block } of visits(blocksOf(run.res))) if (!run.rewritten.has(item)) item.text = fix(item.id || block.id, item.text);
  }
}
