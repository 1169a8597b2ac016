/**
 * A report as one self-contained HTML page (inline CSS, no scripts), for reading on screen or
 * printing. `lang`, `dir` and the font stack come from the language table. A table's header stays
 * in view as its rows scroll and repeats on each printed page; cells are shaded by tone so that
 * silence, NOC, SUP and conflicting proposals stand out, and who proposed a change shows as a tooltip.
 */
import { tableOf } from '../languages/registry.js';
import { escapeHtml } from './html.js';
import type { Cell, Line, Report, ReportBlock, Row, Run } from './report.js';

// Separate borders, not collapsed: with collapsed ones a sticky header cell loses its borders.
const CSS = `
body{margin:2rem auto;padding:0 1rem;line-height:1.45;color:#111}
h1{font-size:1.3rem;text-align:center}
h2,h3,h4{font-family:system-ui,sans-serif;color:#333;margin-top:1.8rem}
p{margin:.55rem 0}
p.centered{text-align:center}
p.mark{font-weight:bold}
p.note{font-size:.9rem;color:#444}
p.reasons{font-size:.95rem}
ins{color:#0a5c0a;text-decoration:underline}
del{color:#a00;text-decoration:line-through}
ins[title],del[title]{cursor:help}
table{border-collapse:separate;border-spacing:0;width:100%;font-size:.95rem;margin:1rem 0}
td,th{border:0 solid #ccc;border-inline-end-width:1px;border-bottom-width:1px;padding:.35rem .5rem;vertical-align:top;text-align:start}
tr>:first-child{border-inline-start-width:1px}
th{position:sticky;top:0;z-index:1;background:#f3f3f3;border-top-width:1px;font-family:system-ui,sans-serif;font-weight:600}
td p{margin:0 0 .3rem}td p:last-child{margin:0}
td.silence{color:#777;font-style:italic}
td.noc{background:#eaf2fb}
td.sup{background:#fbeaea}
td.change{background:#fffdf2}
td.conflict{background:#fff3a8;outline:2px solid #d9a400;outline-offset:-2px}
td.base{background:#fafafa}
tr.folded td{font-style:italic;color:#666}
@media print{body{margin:0}th{position:static}thead{display:table-header-group}tr{break-inside:avoid}}
`;

function text(raw: string): string {
  return escapeHtml(raw).replace(/\r?\n/gu, '<br>');
}

function run(r: Run): string {
  let out = text(r.text);
  if (r.op) {
    const tag = r.op === 'insert' ? 'ins' : 'del';
    const author = r.author ? ` title="${escapeHtml(r.author)}" data-author="${escapeHtml(r.author)}"` : '';
    out = `<${tag}${author}>${out}</${tag}>`;
  }
  if (r.emphasis) out = `<em>${out}</em>`;
  if (r.strong) out = `<strong>${out}</strong>`;
  return out;
}

function runs(line: Line): string {
  return line.map(run).join('');
}

function cell(c: Cell): string {
  return `<td${c.tone ? ` class="${c.tone}"` : ''}>${c.lines.map((l) => `<p>${runs(l)}</p>`).join('')}</td>`;
}

function row(r: Row): string {
  return `<tr${r.folded ? ' class="folded"' : ''}>${r.cells.map(cell).join('')}</tr>`;
}

/** Relative widths as percentages, when there is one per column. */
function columns(widths: readonly number[] | undefined, count: number): string {
  const total = widths?.reduce((a, b) => a + b, 0) ?? 0;
  if (!widths || widths.length !== count || !(total > 0)) return '';
  return `<colgroup>${widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(2)}%">`).join('')}</colgroup>`;
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level + 1}>${text(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p${b.style ? ` class="${b.style}"` : ''}>${runs(b.runs)}</p>`;
    case 'table':
      return `<table>${columns(b.widths, b.header.length)}<thead><tr>${b.header.map((h) => `<th>${text(h)}</th>`).join('')}</tr></thead><tbody>\n${b.rows.map(row).join('\n')}\n</tbody></table>`;
  }
}

export function writeReportHtml(report: Report): string {
  const lang = tableOf(report.lang);
  // a wide table needs the room: the whole window on screen, a landscape page on paper
  const page = report.landscape ? 'body{max-width:none}@page{size:A4 landscape}' : 'body{max-width:60rem}';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang.code)}" dir="${lang.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>body{font-family:${lang.fonts.html}}${CSS}${page}</style>
</head>
<body>
<h1>${text(report.title)}</h1>
${report.blocks.map(block).join('\n')}
</body>
</html>
`;
}
