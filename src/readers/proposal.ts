/**
 * A proposal file in any of its three forms, detected from content (or named with
 * --proposal-form): instructions, a marked-up text (CriticMarkup, <ins>/<del>, Word revisions or
 * underline/strike-through), or a clean revised text. Instructions are read as they are; whole
 * texts are parsed into their two views for the engine to turn into changes.
 */
import { InputError } from '../model/errors.js';
import type { Language } from '../model/language.js';
import type { Proposal, ProposalForm, ProposalText } from '../model/proposal.js';
import { documentsOf, type Resolution } from '../model/resolution.js';
import { hasMarkup, resolveMarkup } from './criticmarkup.js';
import { CHANGE_LINE, frontMatter, looksLikeInstructions, readInstructions } from './proposal-instructions.js';
import { parseText } from './read.js';
import { titleOf } from './structure.js';
import type { DocxContent } from './docx.js';
import { docxSource, docxText, hasMarks, revisionAuthors } from './docx-source.js';

const FOOTNOTE_RULE = '____________________';

export type ProposalSource = { form: 'instructions'; proposal: Proposal } | ({ form: 'markup' | 'revised' } & ProposalText);

const PROPOSAL_NUMBER = /^[A-Z]{2,5}\/[0-9A-Z]+(?:A\d+)?\/\d+$/u;

/**
 * Proposal furniture around a resolution text: a cover before the title, `MOD` lines (alone or
 * with a proposal number), and `Reasons:` paragraphs. Returns the text without them, and the reasons.
 */
export function stripFurniture(text: string, lang: Language): { text: string; reasons: string[] } {
  const lines = text.split('\n');
  const bare = (l: string): string => l.trim().replace(/^[*_]+|[*_]+$/gu, '').trim();
  const titleAt = lines.findIndex((l) => titleOf(bare(l), lang) !== null);
  const reasons: string[] = [];
  const out: string[] = [];
  let inReasons = false;
  lines.forEach((line, k) => {
    const b = bare(line);
    if (titleAt > 0 && k < titleAt) {
      out.push('');
      return;
    }
    if (inReasons && b !== '') {
      reasons[reasons.length - 1] += ` ${b}`;
      out.push('');
      return;
    }
    inReasons = false;
    const m = CHANGE_LINE.exec(b);
    if (b.toLowerCase().startsWith(lang.reasons.toLowerCase())) {
      reasons.push(b.slice(lang.reasons.length).trim());
      inReasons = true;
      out.push('');
    } else if (m && (!m.groups?.['ref'] || PROPOSAL_NUMBER.test(m.groups['ref']))) {
      out.push('');
    } else {
      out.push(line);
    }
  });
  // Blank lines keep line numbers right for messages.
  return { text: out.join('\n'), reasons: reasons.filter((r) => r !== '') };
}

export function proposalForm(text: string): ProposalForm {
  if (hasMarkup(text)) return 'markup';
  if (looksLikeInstructions(text)) return 'instructions';
  return 'revised';
}

function single(text: string, file: string, format: 'text' | 'markdown', lang: Language): Resolution {
  const docs = documentsOf(parseText(text, file, { format, lang: lang.code }));
  if (docs.length !== 1) throw new InputError(`holds ${docs.length} resolutions`, file, undefined, 'give one proposal per resolution');
  return docs[0] as Resolution;
}

/** The two views of a whole-text proposal, parsed. `rejected` is null for a clean text. */
export function proposalViews(accepted: string, rejected: string | null, file: string, format: 'text' | 'markdown', lang: Language): Pick<ProposalText, 'revised' | 'rejected' | 'reasons'> {
  const a = stripFurniture(accepted, lang);
  return {
    revised: single(a.text, file, format, lang),
    rejected: rejected === null ? null : single(stripFurniture(rejected, lang).text, file, format, lang),
    reasons: a.reasons,
  };
}

export function readProposalText(text: string, file: string, format: 'text' | 'markdown', lang: Language, form?: ProposalForm): ProposalSource {
  const { fields, body } = frontMatter(text, file);
  const kind = form ?? proposalForm(body);
  if (kind === 'instructions') return { form: kind, proposal: readInstructions(text, file, format, lang) };
  const meta = {
    proposer: fields.proposer ?? null,
    reference: fields.reference ?? null,
    date: fields.date ?? null,
    base: fields.base ?? null,
    revision: fields.revision ?? null,
    form: kind,
    file,
  };
  const views = kind === 'markup' ? proposalViews(resolveMarkup(body, 'accept'), resolveMarkup(body, 'reject'), file, format, lang) : proposalViews(body, null, file, format, lang);
  return { form: kind, ...views, meta };
}

/**
 * A Word proposal: with tracked changes (or, with --marks formatting, underline and
 * strike-through) it is a marked-up text whose authors are the proposer; without, a clean text.
 */
export function readProposalDocx(content: DocxContent, file: string, lang: Language, form?: ProposalForm): ProposalSource {
  const kind = form ?? (hasMarks(content) ? 'markup' : 'revised');
  if (kind === 'instructions') {
    return readProposalText(docxText(content, 'accepted').join('\n\n'), file, 'text', lang, 'instructions');
  }
  // Footnotes follow the text in ITU layout, so that both views keep them.
  const view = (v: 'accepted' | 'rejected'): string => {
    const notes = docxSource(content, v, file, lang).footnotes.map((n) => `[${n.id}] ${n.text}`);
    return [...docxText(content, v), ...(notes.length > 0 ? [FOOTNOTE_RULE, ...notes] : [])].join('\n\n');
  };
  const accepted = view('accepted');
  const rejected = kind === 'markup' ? view('rejected') : null;
  const views = proposalViews(accepted, rejected, file, 'text', lang);
  const meta = { proposer: revisionAuthors(content), reference: null, date: null, base: null, revision: null, form: kind, file };
  return { form: kind, ...views, meta };
}
