/**
 * A redline as Markdown: the revised document in ITU layout with CriticMarkup (`{++ ++}`,
 * `{-- --}`, `{~~old~>new~~}`), or `<ins>`/`<del>` which code hosting sites render. Footnote
 * markers become `[^n]` with definitions at the end. A moved clause stands deleted at its origin
 * and inserted at its destination (so that each view is whole), each end with a note saying
 * where the other is, and the note at the destination gives its word edits.
 */
import { cleanLayout } from '../model/clauses.js';
import { markers } from '../model/footnotes.js';
import type { Language } from '../model/language.js';
import type { RedlineDocument, RedlineParagraph, Segment } from '../model/redline.js';
import type { Parsed } from '../model/resolution.js';
import { documentsOf } from '../model/resolution.js';
import { tableOf } from '../languages/registry.js';
import { moveNote } from './move-note.js';

export type Markup = 'critic' | 'html';

/** Markdown's own characters escaped; `[` escaped too unless it opens a footnote marker. */
export function escapeMarkdown(text: string, before = ''): string {
  const kept = new Set(markers(text, before).map((m) => m.index));
  return text.replace(/[\\`*_<]|\[(?=[^\]\s]{1,6}\])/gu, (c: string, offset: number) => {
    if (c === '<') return '&lt;';
    if (c === '[') return kept.has(offset) ? c : '\\[';
    return `\\${c}`;
  });
}

/** Text for Markdown; a footnote marker `[1]` becomes `[^1]` when that note exists. */
function markdownText(text: string, notes: ReadonlySet<string>): string {
  let out = '';
  let from = 0;
  for (const m of markers(text)) {
    if (!notes.has(m.id)) continue;
    out += `${escapeMarkdown(text.slice(from, m.index), text[from - 1])}[^${m.id}]`;
    from = m.index + m.text.length;
  }
  return `${out}${escapeMarkdown(text.slice(from), text[from - 1])}`.replace(/\n/gu, '\n\n');
}

/** A CriticMarkup comment naming who made a change (a merged draft's proposers). */
function byline(author: string | undefined): string {
  return author ? `{>>${author.replace(/<<\}/gu, '<< }')}<<}` : '';
}

function titled(author: string | undefined): string {
  return author ? ` title="${author.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;')}"` : '';
}

export function renderSegments(segments: readonly Segment[], markup: Markup, render: (t: string) => string): string {
  let out = '';
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k] as Segment;
    const next = segments[k + 1];
    if (s.op === 'equal') out += render(s.text);
    else if (s.op === 'delete' && next?.op === 'insert' && markup === 'critic' && next.author === s.author) {
      out += `{~~${render(s.text)}~>${render(next.text)}~~}${byline(s.author)}`;
      k++;
    } else if (markup === 'critic') out += `${s.op === 'insert' ? `{++${render(s.text)}++}` : `{--${render(s.text)}--}`}${byline(s.author)}`;
    else out += s.op === 'insert' ? `<ins${titled(s.author)}>${render(s.text)}</ins>` : `<del${titled(s.author)}>${render(s.text)}</del>`;
  }
  return out;
}

function wrapWhole(text: string, mark: 'insert' | 'delete', markup: Markup, note: string | null): string {
  if (markup === 'html') {
    const tag = mark === 'insert' ? 'ins' : 'del';
    const title = note ? ` title="${note.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;')}"` : '';
    return `<${tag}${title}>${text}</${tag}>`;
  }
  const wrapped = mark === 'insert' ? `{++${text}++}` : `{--${text}--}`;
  return note ? `${wrapped}{>>${note.replace(/<<\}/gu, '<< }')}<<}` : wrapped;
}

/** The text of the view a whole paragraph belongs to. */
function sideText(segments: readonly Segment[], mark: 'insert' | 'delete'): Segment[] {
  return segments.filter((s) => s.op === 'equal' || s.op === mark);
}

function paragraph(p: RedlineParagraph, markup: Markup, render: (t: string) => string, lang: Language): string {
  // A paragraph added or suppressed whole is wrapped whole, emphasis included, so that the
  // rejected (or accepted) view has no empty emphasis left behind.
  const body = (write: (segs: readonly Segment[]) => string): string => {
    const label = write(p.label);
    const text = write(p.text);
    const inner = label ? `${label}\t${text}` : text;
    return p.role === 'heading' ? `*${inner}*` : inner;
  };
  if (p.mark) {
    const mark = p.mark;
    return wrapWhole(body((segs) => sideText(segs, mark).map((s) => render(s.text)).join('')), mark, markup, moveNote(p, lang) ?? p.author ?? null);
  }
  return body((segs) => renderSegments(segs, markup, render));
}

export function writeMarkdown(docs: Iterable<RedlineDocument>, markup: Markup = 'critic'): string {
  return [...markdownParts(docs, markup)].join('');
}

/** The same in parts, one document each, made as the documents come. */
export function* markdownParts(docs: Iterable<RedlineDocument>, markup: Markup = 'critic'): Generator<string> {
  let written = false;
  for (const doc of docs) {
    const lang = tableOf(doc.lang);
    const notes = new Set(doc.footnotes.map((n) => n.id));
    const render = (t: string): string => markdownText(t, notes);
    const blocks = doc.paragraphs.map((p) => paragraph(p, markup, render, lang));
    for (const n of doc.footnotes) {
      const text = n.mark ? wrapWhole(sideText(n.text, n.mark).map((s) => render(s.text)).join(''), n.mark, markup, null) : renderSegments(n.text, markup, render);
      blocks.push(`[^${n.id}]: ${text}`);
    }
    if (blocks.length === 0) continue;
    yield `${written ? '\n\n' : ''}${blocks.join('\n\n')}`;
    written = true;
  }
  yield '\n';
}

/** A clean resolution (or collection) as Markdown: italic headings, footnotes as `[^n]`. */
export function writeResolutionMarkdown(parsed: Parsed): string {
  return documentsOf(parsed).map((res) => writeMarkdown([cleanLayout(res)])).join('\n');
}
