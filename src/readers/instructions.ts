/**
 * Proposals written as instructions: optional front matter, then changes, each opening with a
 * line `MOD|ADD|SUP|NOC <reference>` and followed by its text and an optional `Reasons:` paragraph.
 * Read from the paragraphs of any input, so a Word file of instructions reads like a text file.
 * A change line may carry its proposal number (`MOD RCC/14/3 considering c)`), or a mark line
 * with a number alone (`MOD RCC/14/3`) numbers the changes after it; what comes before the first
 * change line is the contribution's cover.
 *
 *     MOD considering a)
 *     a)	that the rapid spread of broadband ...;
 *     Reasons: The text no longer reflects ...
 */
import { InputError } from '../model/errors.js';
import { parseLabel } from '../model/label.js';
import type { Language } from '../model/language.js';
import { changeLine, PROPOSAL_NUMBER, type Proposal, type ProposalChange } from '../model/proposal.js';
import { parseReference } from '../model/reference.js';
import { documentsOf, type Item } from '../model/resolution.js';
import type { FrontMatter } from './frontmatter.js';
import { proposalMark, readCover } from './furniture.js';
import { isReasons, reasonsOf } from './paragraphs.js';
import type { Source, SourceParagraph } from './source.js';
import { buildTree } from './structure.js';

/** True when the paragraphs hold a change line that names a clause: the instructions form. */
export function isInstructions(source: Source, lang: Language): boolean {
  return source.paragraphs.some((p) => changeLine(p.text)?.rest != null && proposalMark(p, lang) === null);
}

/** `RCC/14/3 considering c)`: the proposal number and the reference after it. */
function numbered(rest: string): { number: string | null; reference: string } {
  const [first = '', ...more] = rest.split(/\s+/u);
  return PROPOSAL_NUMBER.test(first) && more.length > 0 ? { number: first, reference: more.join(' ') } : { number: null, reference: rest };
}

export function readInstructions(source: Source, fields: FrontMatter['fields'], lang: Language): Proposal {
  const file = source.file;
  const changes: ProposalChange[] = [];
  const cover: SourceParagraph[] = [];
  /** the number of a mark line standing alone, for the change lines after it */
  let groupNumber: string | null = null;
  let current: (ProposalChange & { content: SourceParagraph[] }) | null = null;
  /** the change whose reasons are being read: what follows `Reasons:` up to the next change line */
  let explained: ProposalChange | null = null;
  const finish = (): void => {
    if (current) changes.push(content(current, lang, file));
    current = null;
  };
  for (const p of source.paragraphs) {
    const line = changeLine(p.text);
    const mark = line ? proposalMark(p, lang) : null;
    if (mark?.number) {
      finish();
      explained = null;
      groupNumber = mark.number;
    } else if (line) {
      finish();
      explained = null;
      if (!line.rest) throw new InputError(`"${p.text}" names no clause`, file, p.line, 'write the clause after it, e.g. "MOD considering a)"');
      const { number, reference } = numbered(line.rest);
      const n = number ?? groupNumber;
      current = { op: line.op, reference, line: p.line, content: [], ...(n ? { number: n } : {}) };
    } else if (isReasons(p.text, lang)) {
      if (!current) throw new InputError(`"${lang.reasons}" before any change`, file, p.line, 'put it after the change it explains');
      explained = current;
      explained.reasons = reasonsOf(p.text, lang) ?? '';
    } else if (explained) {
      explained.reasons = `${explained.reasons ?? ''}\n${p.text}`.trim();
    } else if (current) {
      current.content.push(p);
    } else if (changes.length === 0 && groupNumber === null) {
      cover.push(p);
    } else {
      throw new InputError(`text after a proposal number and before its change line: "${p.text.slice(0, 40)}"`, file, p.line, 'start each change with MOD, ADD, SUP or NOC and the clause it concerns');
    }
  }
  finish();
  if (changes.length === 0) throw new InputError('no MOD, ADD, SUP or NOC line found', file, undefined, 'see docs/formats.md');
  const contribution = cover.length > 0 ? readCover(cover, lang) : undefined;
  const numbers = [...new Set(changes.map((c) => c.number))];
  const only = numbers.length === 1 ? numbers[0] : undefined;
  return {
    proposer: fields.proposer ?? contribution?.source ?? null,
    reference: fields.reference ?? only ?? null,
    date: fields.date ?? contribution?.date ?? null,
    revision: fields.revision ?? null,
    base: fields.base ?? contribution?.title ?? null,
    form: 'instructions',
    file,
    ...(contribution ? { contribution } : {}),
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
