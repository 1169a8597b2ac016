/**
 * A proposal in the instructions form (docs/formats.md): front matter, or a drafted proposal's
 * cover, then for each change a line `MOD|ADD|SUP|NOC [number] <reference>`, the text, and a
 * `Reasons:` paragraph.
 */
import type { Language } from '../model/language.js';
import type { Cover, Draft, Proposal, ProposalChange } from '../model/proposal.js';
import { isParagraphLabel, parseReference } from '../model/reference.js';
import type { Item } from '../model/resolution.js';
import { flattenItems } from '../model/visit.js';
import { tableOf } from '../languages/registry.js';
import { escapeMarkdown } from './markdown.js';
import { coverLines } from './proposal-layout.js';

export interface InstructionOptions {
  markdown: boolean;
  /** reasons by reference, and `*` for all others */
  reasons?: ReadonlyMap<string, string>;
  /** a cover to write before the changes, as contributions have it, instead of front matter */
  cover?: Partial<Cover>;
}

export function writeInstructions(p: Proposal, lang: Language, options: InstructionOptions): string {
  const esc = options.markdown ? (t: string): string => escapeMarkdown(t).replace(/\n/gu, '\n\n') : (t: string): string => t.replace(/\n/gu, '\n\n');
  // With a cover, the front matter keeps only what a cover cannot say: the new revision tag.
  const keys = options.cover ? (['revision'] as const) : (['proposer', 'reference', 'date', 'revision', 'base'] as const);
  const front = keys.filter((k) => p[k]).map((k) => `${k}: ${p[k] ?? ''}`);
  const out: string[] = front.length > 0 ? [`---\n${front.join('\n')}\n---`] : [];
  if (options.cover) out.push(...coverLines(options.cover, lang).map(esc));
  const numberOf = (c: ProposalChange): string => {
    const n = c.number ?? (options.cover ? p.reference : null);
    return n ? ` ${n}` : '';
  };
  const items = (list: Item[]): string[] => flattenItems(list).map((it) => `${it.labelText}\t${esc(it.text)}`);
  let lastBlock: string | null = null;
  for (const c of p.changes) {
    if (c.block && c.after !== undefined && c.after !== lastBlock && c.after !== null) {
      // Say after which block the new one goes.
      out.push(`NOC${numberOf(c)} ${c.after}`);
    }
    out.push(`${c.op}${numberOf(c)} ${c.reference}`);
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
    out.push(`${options.markdown ? `**${lang.reasons}**` : lang.reasons} ${esc(reasons)}`);
  }
  return `${out.join('\n\n')}\n`;
}

/** A draft in the instructions form, in its own language: its cover, then its numbered changes. */
export function writeDraft(draft: Draft, options: Pick<InstructionOptions, 'markdown'>): string {
  return writeInstructions(draft.proposal, tableOf(draft.lang), { ...options, reasons: draft.reasons, cover: draft.cover });
}
