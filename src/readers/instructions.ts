/**
 * Proposals written as instructions: optional front matter, then changes, each opening with a
 * line `MOD|ADD|SUP|NOC <reference>` and followed by its text and an optional `Reasons:` paragraph.
 *
 *     ---
 *     proposer: Russian Federation
 *     reference: RCC/14A1/1
 *     revision: Rev. Dubai, 2018
 *     ---
 *     MOD considering a)
 *     a)	that the rapid spread of broadband ...;
 *     Reasons: The text no longer reflects ...
 */
import { InputError } from '../model/errors.js';
import { parseLabel } from '../model/label.js';
import type { Language } from '../model/language.js';
import type { Proposal, ProposalChange } from '../model/proposal.js';
import { parseReference } from '../model/reference.js';
import { documentsOf, type Item } from '../model/resolution.js';
import { markdownParagraphs } from './markdown.js';
import { textParagraphs } from './paragraphs.js';
import type { SourceParagraph } from './source.js';
import { buildTree } from './structure.js';

export const CHANGE_LINE = /^(?<op>\(MOD\)|MOD|ADD|SUP|NOC)(?:\s+(?<ref>\S.*?))?\s*$/u;
const FRONT_KEYS = ['proposer', 'reference', 'date', 'revision', 'base'] as const;

export interface FrontMatter {
  fields: Partial<Record<(typeof FRONT_KEYS)[number], string>>;
  /** the text after the front matter */
  body: string;
  /** lines taken by the front matter, to keep line numbers right */
  lines: number;
}

/** `---` / `key: value` lines / `---` at the top of the file. */
export function frontMatter(text: string, file: string): FrontMatter {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u.exec(text);
  if (!m) return { fields: {}, body: text, lines: 0 };
  const fields: FrontMatter['fields'] = {};
  (m[1] ?? '').split('\n').forEach((line, k) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const kv = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/u.exec(line);
    const key = kv?.[1]?.toLowerCase();
    if (!kv || !FRONT_KEYS.includes(key as (typeof FRONT_KEYS)[number])) {
      throw new InputError(`unknown front matter line "${line.trim()}"`, file, k + 2, `use ${FRONT_KEYS.join(', ')}`);
    }
    fields[key as (typeof FRONT_KEYS)[number]] = (kv[2] ?? '').replace(/^(["'])(.*)\1$/u, '$2');
  });
  return { fields, body: text.slice(m[0].length), lines: (m[0].match(/\n/gu) ?? []).length };
}

/** True when the text holds change lines with references: the instructions form. */
export function looksLikeInstructions(text: string): boolean {
  return text.split('\n').some((line) => {
    const m = CHANGE_LINE.exec(line.trim());
    return m?.groups?.['ref'] !== undefined && !/^(RESOLUTION|DECISION|RECOMMENDATION)\b/iu.test(m.groups['ref'] ?? '');
  });
}

export function readInstructions(text: string, file: string, format: 'text' | 'markdown', lang: Language): Proposal {
  const { fields, body, lines } = frontMatter(text, file);
  // Change lines and `Reasons:` stand alone even when typed without blank lines around them.
  const reasonsWord = lang.reasons.toLowerCase();
  const standalone = (line: string): boolean => CHANGE_LINE.test(line) || line.toLowerCase().startsWith(reasonsWord);
  const read = format === 'markdown' ? markdownParagraphs(body, lang, standalone).paragraphs : textParagraphs(body, lang, standalone);
  const paragraphs: SourceParagraph[] = read.map((p) => ({ ...p, line: p.line + lines }));
  const changes: ProposalChange[] = [];
  let current: (ProposalChange & { content: SourceParagraph[] }) | null = null;
  /** the change whose reasons are being read: what follows `Reasons:` up to the next change line */
  let explained: ProposalChange | null = null;
  const finish = (): void => {
    if (current) changes.push(content(current, lang, file));
    current = null;
  };
  for (const p of paragraphs) {
    const m = CHANGE_LINE.exec(p.text);
    if (m?.groups) {
      finish();
      explained = null;
      const ref = m.groups['ref'];
      if (!ref) throw new InputError(`"${p.text}" names no clause`, file, p.line, 'write the clause after it, e.g. "MOD considering a)"');
      current = { op: m.groups['op'] as ProposalChange['op'], reference: ref, line: p.line, content: [] };
    } else if (p.text.toLowerCase().startsWith(reasonsWord)) {
      if (!current) throw new InputError('"Reasons:" before any change', file, p.line, 'put it after the change it explains');
      explained = current;
      explained.reasons = p.text.slice(lang.reasons.length).trim();
    } else if (explained) {
      explained.reasons = `${explained.reasons ?? ''}\n${p.text}`.trim();
    } else if (current) {
      current.content.push(p);
    } else {
      throw new InputError(`text before the first change line: "${p.text.slice(0, 40)}"`, file, p.line, 'start each change with MOD, ADD, SUP or NOC and the clause it concerns');
    }
  }
  finish();
  if (changes.length === 0) throw new InputError('no MOD, ADD, SUP or NOC line found', file, undefined, 'see docs/formats.md');
  return {
    proposer: fields.proposer ?? null,
    reference: fields.reference ?? null,
    date: fields.date ?? null,
    revision: fields.revision ?? null,
    base: fields.base ?? null,
    form: 'instructions',
    file,
    changes,
  };
}

/**
 * What follows a change line: for a whole new block (ADD of a heading), the block, parsed like
 * any resolution text; otherwise the new text (a repeated label is dropped) and sub-items.
 */
function content(change: ProposalChange & { content: SourceParagraph[] }, lang: Language, file: string): ProposalChange {
  const { content: ps, ...rest } = change;
  const ref = parseReference(rest.reference, lang);
  if (rest.op === 'ADD' && ref.kind === 'clause' && ref.labels.length === 0) {
    const heading: SourceParagraph = { text: ref.heading, line: rest.line ?? 1, heading: true };
    const tree = buildTree({ file, paragraphs: [heading, ...ps], footnotes: [] }, lang);
    const block = documentsOf(tree)[0]?.blocks[0];
    if (block) return { ...rest, block };
  }
  const [first, ...more] = ps;
  if (!first) return rest;
  const label = parseLabel(first.text, lang);
  let text = label ? label.rest : first.text;
  const items: Item[] = [];
  for (const p of more) {
    const sub = parseLabel(p.text, lang);
    if (sub) items.push({ id: '', label: sub.label, labelText: sub.labelText, text: sub.rest, items: [] });
    else if (items.length > 0) (items.at(-1) as Item).text += `\n${p.text}`;
    else text += `\n${p.text}`;
  }
  const out: ProposalChange = items.length > 0 ? { ...rest, text, items } : { ...rest, text };
  if (label) out.labelText = label.labelText;
  return out;
}
