/**
 * A review page read back (`accept`, `reject`, and every command that takes a marked-up text):
 * the inline redline's paragraphs, each with its role and whole-paragraph mark, its label and text
 * with `<ins>`/`<del>`, and the notes. What is there for people only (badges, links to the other
 * end of a move, back links from notes) is marked `ui` and skipped; so are the side-by-side table
 * and the header. A page a browser saved again (its own serialisation) reads the same.
 */
import { InputError } from '../model/errors.js';
import type { Language } from '../model/language.js';
import { REVIEW_PAGE } from '../model/redline.js';
import { splitLines, tidy } from './paragraphs.js';
import type { Source, SourceParagraph } from './source.js';

type Op = 'equal' | 'insert' | 'delete';

interface Piece {
  op: Op;
  text: string;
}

interface PageParagraph {
  role: string;
  mark: 'insert' | 'delete' | null;
  label: Piece[];
  text: Piece[];
}

interface PageNote {
  id: string;
  mark: 'insert' | 'delete' | null;
  text: Piece[];
}

export interface ReviewPageContent {
  /** the language of the first document, as the page declares it */
  lang: string | null;
  paragraphs: PageParagraph[];
  notes: PageNote[];
}

const TOKENS = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<!(?:DOCTYPE|doctype)[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|([^<]+)|</gu;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function isReviewPage(html: string): boolean {
  return html.includes(`<meta name="generator" content="${REVIEW_PAGE}">`);
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTRIBUTE)) out.set((m[1] as string).toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

function markOf(value: string | undefined): 'insert' | 'delete' | null {
  return value === 'insert' || value === 'delete' ? value : null;
}

type Effect = 'skip' | 'inline' | 'paragraph' | 'label' | 'text' | 'insert' | 'delete' | 'fnref' | 'note' | 'none';

/** The inline redline and the notes of a review page. */
export function readReviewPage(html: string, file: string): ReviewPageContent {
  if (!isReviewPage(html)) {
    throw new InputError('an HTML file that is not a redline review page', file, undefined, 'give the .txt, .md or .docx it was made from, or a page written by diff or merge -o FILE.html');
  }
  const content: ReviewPageContent = { lang: /<html\b[^>]*\blang="([^"]+)"/u.exec(html)?.[1] ?? null, paragraphs: [], notes: [] };
  const stack: { tag: string; effect: Effect }[] = [];
  let skip = 0;
  let inline = 0;
  let paragraph: PageParagraph | null = null;
  let note: PageNote | null = null;
  let target: Piece[] | null = null;
  const ops: Op[] = [];
  const add = (text: string): void => {
    const pieces = paragraph ? target : note ? note.text : null;
    if (!pieces || text === '') return;
    const op = ops.at(-1) ?? 'equal';
    const last = pieces.at(-1);
    if (last && last.op === op) last.text += text;
    else pieces.push({ op, text });
  };
  const close = (effect: Effect): void => {
    if (effect === 'skip') skip--;
    else if (effect === 'inline') inline--;
    else if (effect === 'paragraph') paragraph = null;
    else if (effect === 'label' || effect === 'text') target = null;
    else if (effect === 'insert' || effect === 'delete') ops.pop();
    else if (effect === 'fnref') add(']');
    else if (effect === 'note') note = null;
  };
  for (const m of html.matchAll(TOKENS)) {
    const [token, , closing, rawTag, rawAttributes, text] = m;
    if (text !== undefined) {
      // layout whitespace between tags is not text; inside a paragraph it is
      if (skip === 0 && (paragraph || note)) add(decode(text).replace(/[\t\n\r ]+/gu, ' '));
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at < 0) continue;
      for (const e of stack.splice(at).reverse()) close(e.effect);
      continue;
    }
    if (tag === 'br') {
      if (skip === 0) add('\n');
      continue;
    }
    if (VOID.has(tag) || token.endsWith('/>')) continue;
    const attrs = attributes(rawAttributes ?? '');
    const classes = (attrs.get('class') ?? '').split(/\s+/u);
    let effect: Effect = 'none';
    if (skip > 0 || classes.includes('ui')) {
      effect = 'skip';
      skip++;
    } else if (tag === 'div' && classes.includes('inline')) {
      effect = 'inline';
      inline++;
    } else if (inline > 0 && tag === 'p' && attrs.has('data-role')) {
      effect = 'paragraph';
      paragraph = { role: attrs.get('data-role') ?? 'item', mark: markOf(attrs.get('data-mark')), label: [], text: [] };
      content.paragraphs.push(paragraph);
    } else if (paragraph && tag === 'span' && (classes.includes('label') || classes.includes('text'))) {
      effect = classes.includes('label') ? 'label' : 'text';
      target = classes.includes('label') ? paragraph.label : paragraph.text;
    } else if (tag === 'ins' || tag === 'del') {
      effect = tag === 'ins' ? 'insert' : 'delete';
      ops.push(effect);
    } else if (tag === 'sup' && classes.includes('fnref')) {
      effect = 'fnref';
      add('[');
    } else if (tag === 'li' && attrs.has('data-note')) {
      effect = 'note';
      note = { id: attrs.get('data-note') ?? '', mark: markOf(attrs.get('data-mark')), text: [] };
      content.notes.push(note);
    }
    stack.push({ tag, effect });
  }
  if (content.paragraphs.length === 0) throw new InputError('a review page with no redline in it', file, undefined, 'write the page again with diff or merge -o FILE.html');
  return content;
}

function viewText(pieces: readonly Piece[], view: 'accepted' | 'rejected'): string {
  const drop = view === 'accepted' ? 'delete' : 'insert';
  return pieces.filter((p) => p.op !== drop).map((p) => p.text).join('');
}

/** One view of the page as paragraphs for the structure parser: a heading keeps its italics as a hint. */
export function reviewSource(content: ReviewPageContent, view: 'accepted' | 'rejected', file: string, lang: Language): Source {
  const gone = view === 'accepted' ? 'delete' : 'insert';
  const paragraphs: SourceParagraph[] = [];
  content.paragraphs.forEach((p, k) => {
    if (p.mark === gone) return;
    const label = viewText(p.label, view).trim();
    const text = viewText(p.text, view);
    const whole = label ? `${label}\t${text}` : text;
    const extra: Partial<SourceParagraph> = p.role === 'heading' ? { emphasis: true } : {};
    // a page has no lines: the paragraph's number stands in for one in messages
    for (const s of splitLines(whole.split('\n'), k + 1, lang, extra)) paragraphs.push({ ...s, text: tidy(s.text), line: k + 1 });
  });
  const footnotes = content.notes.filter((n) => n.mark !== gone).map((n) => ({ id: n.id, text: tidy(viewText(n.text, view)) }));
  return { file, paragraphs, footnotes };
}

/** The accepted view's lines, for telling the language when the page does not say it. */
export function reviewLines(content: ReviewPageContent): string[] {
  return content.paragraphs.filter((p) => p.mark !== 'delete').map((p) => `${viewText(p.label, 'accepted')}\t${viewText(p.text, 'accepted')}`);
}
