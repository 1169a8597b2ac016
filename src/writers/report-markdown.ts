/**
 * A report as Markdown: headings, paragraphs and GFM pipe tables, with changes in CriticMarkup
 * (`{++ ++}`, `{-- --}`) and who proposed each change as a `{>> <<}` comment after it. A cell's
 * paragraphs share one table row, so they and any line break inside them become `<br>`.
 */
import { escapeMarkdown } from './markdown.js';
import type { Line, Report, ReportBlock, Row, Run } from './report.js';

/** Adjacent runs alike are written as one, so that marks and emphasis are not split for nothing. */
function merged(runs: Line): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.op === run.op && !!last.strong === !!run.strong && !!last.emphasis === !!run.emphasis && last.author === run.author) {
      out[out.length - 1] = { ...last, text: last.text + run.text };
    } else out.push(run);
  }
  return out;
}

function text(raw: string, inTable: boolean): string {
  const escaped = escapeMarkdown(raw);
  return (inTable ? escaped.replace(/\|/gu, '\\|') : escaped).replace(/\r?\n/gu, '<br>');
}

/** `**` or `*` around the text, with its edge spaces kept outside: `** x**` would not be bold. */
function wrap(body: string, delimiter: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(body);
  return m && m[2] ? `${m[1]}${delimiter}${m[2]}${delimiter}${m[3]}` : body;
}

function run(r: Run, inTable: boolean): string {
  let out = text(r.text, inTable);
  if (r.op) {
    out = r.op === 'insert' ? `{++${out}++}` : `{--${out}--}`;
    // a table row must stay on one line; escaping `<` already keeps `<<}` from closing the comment
    if (r.author) out += `{>>${text(r.author.replace(/\s+/gu, ' '), inTable)}<<}`;
  }
  if (r.emphasis) out = wrap(out, '*');
  if (r.strong) out = wrap(out, '**');
  return out;
}

function line(runs: Line, inTable: boolean, force: Partial<Run> = {}): string {
  return merged(runs.map((r) => ({ ...r, ...force }))).map((r) => run(r, inTable)).join('');
}

/** A paragraph opening with `#`, `>`, `-`, `+`, `=` or `1.` would turn into another block. */
function guardStart(out: string): string {
  return out.replace(/^([#>+=-]|\d+(?=[.)]))/u, (m) => (/^\d/u.test(m) ? `${m}\\` : `\\${m}`));
}

function tableRow(cells: readonly string[], width: number): string {
  const padded = [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
  return `|${padded.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
}

function rowCells(row: Row): string[] {
  // a folded row stands for clauses left out, set apart in italics
  const force: Partial<Run> = row.folded ? { emphasis: true } : {};
  return row.cells.map((cell) => cell.lines.map((l) => line(l, true, force)).join('<br>'));
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${text(b.text, false)}`;
    case 'paragraph':
      return guardStart(line(b.runs, false, b.style === 'mark' ? { strong: true } : {}));
    case 'table': {
      const rows = b.rows.map(rowCells);
      const width = Math.max(b.header.length, ...rows.map((r) => r.length));
      if (width === 0) return '';
      const header = tableRow(b.header.map((h) => text(h, true)), width);
      return [header, `|${'---|'.repeat(width)}`, ...rows.map((r) => tableRow(r, width))].join('\n');
    }
  }
}

export function writeReportMarkdown(report: Report): string {
  const parts = [`# ${text(report.title, false)}`, ...report.blocks.map(block)].filter((p) => p.trim() !== '');
  return `${parts.join('\n\n').trimEnd()}\n`;
}
