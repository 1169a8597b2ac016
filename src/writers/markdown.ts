/**
 * A redline as Markdown: the revised document in ITU layout with CriticMarkup (`{++ ++}`,
 * `{-- --}`, `{~~old~>new~~}`), or `<ins>`/`<del>` which code hosting sites render. Footnote
 * markers become `[^n]` with definitions at the end.
 */
import type { RedlineDocument, RedlineParagraph, Segment } from '../model/redline.js';
import type { Resolution } from '../model/resolution.js';
import { cleanLayout } from '../model/clauses.js';

export type Markup = 'critic' | 'html';

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_]/gu, (c) => `\\${c}`)
    .replace(/</gu, '&lt;')
    .replace(/\[(?=[^\]\s]{1,6}\])/gu, (m, offset: number, all: string) => (offset > 0 && /\S/u.test(all[offset - 1] ?? '') ? m : '\\['));
}

/** Text for Markdown; `[1]` right after a word is a footnote marker, `[^1]`, when that note exists. */
function markdownText(text: string, notes: ReadonlySet<string> = new Set()): string {
  return escapeMarkdown(text)
    .replace(/(?<=\S)\[([^\]\s]{1,6})\]/gu, (m, id: string) => (notes.has(id) ? `[^${id}]` : m))
    .replace(/\n/gu, '\n\n');
}

export function renderSegments(segments: readonly Segment[], markup: Markup, render: (t: string) => string): string {
  let out = '';
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k] as Segment;
    const next = segments[k + 1];
    if (s.op === 'equal') out += render(s.text);
    else if (s.op === 'delete' && next?.op === 'insert' && markup === 'critic') {
      out += `{~~${render(s.text)}~>${render(next.text)}~~}`;
      k++;
    } else if (markup === 'critic') out += s.op === 'insert' ? `{++${render(s.text)}++}` : `{--${render(s.text)}--}`;
    else out += s.op === 'insert' ? `<ins>${render(s.text)}</ins>` : `<del>${render(s.text)}</del>`;
  }
  return out;
}

function wrapWhole(text: string, mark: 'insert' | 'delete', markup: Markup): string {
  if (markup === 'html') return mark === 'insert' ? `<ins>${text}</ins>` : `<del>${text}</del>`;
  return mark === 'insert' ? `{++${text}++}` : `{--${text}--}`;
}

function paragraph(p: RedlineParagraph, markup: Markup, render: (t: string) => string): string {
  const plain = (segs: readonly Segment[]): string => segs.map((s) => render(s.text)).join('');
  // A paragraph added or suppressed whole is wrapped whole, emphasis included, so that the
  // rejected (or accepted) view has no empty emphasis left behind.
  const body = (render: (segs: readonly Segment[]) => string): string => {
    const label = render(p.label);
    const text = render(p.text);
    const inner = label ? `${label}\t${text}` : text;
    return p.role === 'heading' ? `*${inner}*` : inner;
  };
  if (p.mark) return wrapWhole(body(plain), p.mark, markup);
  return body((segs) => renderSegments(segs, markup, render));
}

export function writeMarkdown(docs: readonly RedlineDocument[], markup: Markup = 'critic'): string {
  const blocks: string[] = [];
  for (const doc of docs) {
    const notes = new Set(doc.footnotes.map((n) => n.id));
    const render = (t: string): string => markdownText(t, notes);
    blocks.push(...doc.paragraphs.map((p) => paragraph(p, markup, render)));
    for (const n of doc.footnotes) {
      const text = n.mark ? wrapWhole(n.text.map((s) => render(s.text)).join(''), n.mark, markup) : renderSegments(n.text, markup, render);
      blocks.push(`[^${n.id}]: ${text}`);
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

/** A clean resolution as Markdown: italic headings, footnotes as `[^n]`. */
export function writeResolutionMarkdown(res: Resolution): string {
  return writeMarkdown([cleanLayout(res)]);
}
