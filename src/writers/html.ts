/**
 * A redline as one self-contained HTML page (inline CSS, no scripts): the redline itself, then
 * base and revised side by side, clause by clause. `lang`, `dir` and the font stack come from the
 * language table. A moved clause is shown once, at its destination, with its word edits and where
 * it came from; its origin keeps only a line saying where it went.
 */
import type { Language } from '../model/language.js';
import type { RedlineDocument, RedlineParagraph, Segment } from '../model/redline.js';
import { tableOf } from '../languages/registry.js';
import { moveNote } from './move-note.js';

const CSS = `
body{max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#111}
h1{font-size:1.1rem;font-family:system-ui,sans-serif;color:#444;border-bottom:1px solid #ccc;padding-bottom:.3rem;margin-top:2.5rem}
p{margin:.55rem 0}
.title,.subtitle{text-align:center;font-weight:bold}
.title{text-transform:none;font-size:1.15rem}
.heading{font-style:italic;margin-top:1.1rem}
.annex-heading{text-align:center;font-weight:bold;margin-top:1.5rem}
.item{padding-inline-start:2.5rem;text-indent:-2.5rem}
.label{display:inline-block;min-width:2.5rem;text-indent:0}
.d1{margin-inline-start:2.5rem}.d2{margin-inline-start:5rem}
ins{color:#0a5c0a;background:#e6f4e6;text-decoration:underline}
del{color:#a00;background:#fbe9e9;text-decoration:line-through}
table{border-collapse:collapse;width:100%;font-size:.95rem}
td,th{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:start}
th{background:#f3f3f3;font-family:system-ui,sans-serif;font-weight:600}
td.id{font-family:ui-monospace,monospace;font-size:.8rem;color:#555;white-space:nowrap}
tr.changed td{background:#fffbe8}
.move{font-family:system-ui,sans-serif;font-size:.8rem;color:#5a3d8a;background:#f1ecf8;border-radius:.2rem;padding:0 .3rem;margin-inline-start:.4rem}
p.origin{color:#777}
.notes{font-size:.9rem;border-top:1px solid #ccc;margin-top:1.5rem}
@media print{h1{page-break-before:always}h1:first-of-type{page-break-before:avoid}ins,del{background:none}}
`;

export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

function segments(segs: readonly Segment[]): string {
  return segs
    .map((s) => {
      const t = escapeHtml(s.text).replace(/\n/gu, '<br>');
      const by = s.author ? ` title="${escapeHtml(s.author)}" data-author="${escapeHtml(s.author)}"` : '';
      return s.op === 'insert' ? `<ins${by}>${t}</ins>` : s.op === 'delete' ? `<del${by}>${t}</del>` : t;
    })
    .join('');
}

function side(segs: readonly Segment[], which: 'base' | 'revised'): string {
  return escapeHtml(segs.filter((s) => s.op !== (which === 'base' ? 'insert' : 'delete')).map((s) => s.text).join('')).replace(/\n/gu, '<br>');
}

function redlineParagraph(p: RedlineParagraph, lang: Language): string {
  const cls = [p.role, p.depth > 0 ? `d${Math.min(p.depth, 2)}` : '', p.move ? p.move.end : ''].filter(Boolean).join(' ');
  const note = moveNote(p, lang, false);
  const badge = note ? `<span class="move">${escapeHtml(note)}</span>` : '';
  const label = (segs: readonly Segment[]): string => (segs.length > 0 ? `<span class="label">${segments(segs)}</span>` : '');
  let body: string;
  if (p.move?.end === 'origin') body = `${label(p.label)}${badge}`;
  else if (p.move?.end === 'destination') body = `${label(p.label)}${segments(p.text)}${badge}`;
  else {
    const inner = `${label(p.label)}${segments(p.text)}`;
    const by = p.author ? ` title="${escapeHtml(p.author)}" data-author="${escapeHtml(p.author)}"` : '';
    body = p.mark === 'insert' ? `<ins${by}>${inner}</ins>` : p.mark === 'delete' ? `<del${by}>${inner}</del>` : inner;
  }
  return `<p class="${cls}" id="r-${escapeHtml(p.id)}${p.move?.end === 'origin' ? '-origin' : ''}">${body}</p>`;
}

function sideBySide(doc: RedlineDocument): string {
  const rows = doc.paragraphs.filter((p) => p.move?.end !== 'origin').map((p) => {
    const changed = p.mark !== null || [...p.label, ...p.text].some((s) => s.op !== 'equal');
    // A moved clause is one row: its old text beside its new one.
    const mark = p.move ? null : p.mark;
    const text = (which: 'base' | 'revised'): string => {
      if ((mark === 'insert' && which === 'base') || (mark === 'delete' && which === 'revised')) return '';
      const label = side(p.label, which);
      return `${label ? `${label} ` : ''}${side(p.text, which)}`;
    };
    const id = p.move ? `${p.move.id} → ${p.id}` : p.id;
    return `<tr${changed ? ' class="changed"' : ''}><td class="id">${escapeHtml(id)}</td><td>${text('base')}</td><td>${text('revised')}</td></tr>`;
  });
  return `<table><thead><tr><th>clause</th><th>base</th><th>revised</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** `closing`: HTML that ends the page (a merge's summary). */
export function writeHtml(docs: Iterable<RedlineDocument>, title: string, closing = ''): string {
  return [...htmlParts(docs, title, closing)].join('');
}

/** The same in parts: the head (in the first document's language), then a section per document as it comes. */
export function* htmlParts(docs: Iterable<RedlineDocument>, title: string, closing = ''): Generator<string> {
  const iterator = docs[Symbol.iterator]();
  let next = iterator.next();
  const lang = tableOf(next.done ? 'en' : next.value.lang);
  yield `<!DOCTYPE html>
<html lang="${escapeHtml(lang.code)}" dir="${lang.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:${lang.fonts.html}}${CSS}</style>
</head>
<body>
`;
  for (let k = 0; !next.done; next = iterator.next(), k++) {
    const doc = next.value;
    const table = tableOf(doc.lang);
    const notes = doc.footnotes.length > 0
      ? `<div class="notes">${doc.footnotes.map((n) => `<p id="fn-${escapeHtml(n.id)}">[${escapeHtml(n.id)}] ${n.mark === 'insert' ? `<ins>${segments(n.text)}</ins>` : segments(n.text)}</p>`).join('\n')}</div>`
      : '';
    const dir = table.dir === lang.dir ? '' : ` dir="${table.dir}"`;
    yield `${k > 0 ? '\n' : ''}<section lang="${escapeHtml(table.code)}"${dir}>\n<h1>Redline</h1>\n${doc.paragraphs.map((p) => redlineParagraph(p, table)).join('\n')}\n${notes}\n<h1>Side by side</h1>\n${sideBySide(doc)}\n</section>`;
  }
  yield `${closing ? `\n${closing}` : ''}
</body>
</html>
`;
}
