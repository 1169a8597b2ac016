/**
 * A proposal in the instructions form (docs/formats.md): front matter, then for each change a
 * line `MOD|ADD|SUP|NOC <reference>`, the text, and a `Reasons:` paragraph.
 */
import type { Language } from '../model/language.js';
import type { Proposal } from '../model/proposal.js';
import { isParagraphLabel, parseReference } from '../model/reference.js';
import type { Item } from '../model/resolution.js';
import { flattenItems } from '../model/visit.js';
import type { Draft } from '../model/proposal.js';
import { tableOf } from '../languages/registry.js';
import { escapeMarkdown } from './markdown.js';

export interface InstructionOptions {
  markdown: boolean;
  /** reasons by reference, and `*` for all others */
  reasons?: ReadonlyMap<string, string>;
}

export function writeInstructions(p: Proposal, lang: Language, options: InstructionOptions): string {
  const esc = options.markdown ? (t: string): string => escapeMarkdown(t).replace(/\n/gu, '\n\n') : (t: string): string => t.replace(/\n/gu, '\n\n');
  const front = (['proposer', 'reference', 'date', 'revision', 'base'] as const)
    .filter((k) => p[k])
    .map((k) => `${k}: ${p[k] ?? ''}`);
  const out: string[] = front.length > 0 ? [`---\n${front.join('\n')}\n---`] : [];
  const items = (list: Item[]): string[] => flattenItems(list).map((it) => `${it.labelText}\t${esc(it.text)}`);
  let lastBlock: string | null = null;
  for (const c of p.changes) {
    if (c.block && c.after !== undefined && c.after !== lastBlock && c.after !== null) {
      // Say after which block the new one goes.
      out.push(`NOC ${c.after}`);
    }
    out.push(`${c.op} ${c.reference}`);
    if (c.block) {
      out.push(...items(c.block.items));
      lastBlock = c.block.heading;
    } else {
      const ref = parseReference(c.reference, lang);
      if (c.text !== undefined) {
        const unlabelled = isParagraphLabel(ref.labels.at(-1) ?? '');
        const label = (c.op === 'ADD' || c.op === 'MOD') && !unlabelled ? (c.labelText ?? ref.labelTexts.at(-1) ?? '') : '';
        out.push(label ? `${label}\t${esc(c.text)}` : esc(c.text));
      }
      if (c.items) out.push(...items(c.items));
      if (ref.kind === 'clause') lastBlock = ref.heading;
    }
    const reasons = c.reasons ?? options.reasons?.get(c.reference) ?? options.reasons?.get('*') ?? lang.words.reasonsPlaceholder;
    out.push(`${lang.reasons} ${esc(reasons)}`);
  }
  return `${out.join('\n\n')}\n`;
}

/** A draft in the instructions form, in its own language. */
export function writeDraft(draft: Draft, options: Pick<InstructionOptions, 'markdown'>): string {
  return writeInstructions(draft.proposal, tableOf(draft.lang), { ...options, reasons: draft.reasons });
}
