/**
 * A report as a Word document: headings, paragraphs and real Word tables whose header row repeats
 * on each page, with cells shaded by tone. Changes are shown the ITU way, added text underlined and
 * deleted text struck through, as formatting rather than tracked changes: a report compares
 * proposals, it is not itself to be accepted or rejected. Fonts, direction and language come from
 * the language table, wide reports get landscape pages, and the bytes are deterministic.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import type { IParagraphStyleOptions, IRunOptions } from 'docx';
import { tableOf } from '../languages/registry.js';
import { normalizePackage } from './docx-package.js';
import { defaultRun } from './docx.js';
import type { Cell, Line, Report, ReportBlock, Row, Run } from './report.js';

/** A report carries no date: a fixed one keeps the bytes the same from one run to the next. */
const DATE = '1980-01-01T00:00:00Z';

/** A4 portrait in twips; the library swaps the sides for landscape. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;

const SHADE: Partial<Record<NonNullable<Cell['tone']>, string>> = { silence: 'E7E6E6', noc: 'DDEBF7', sup: 'F8D7DA', conflict: 'FFF2A8' };

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

interface Context {
  rtl: boolean;
}

/** One TextRun per line of the run's text, each after the first starting on a new line. */
function textRuns(r: Run, ctx: Context, force: Partial<Run> = {}): TextRun[] {
  const { op, strong, emphasis } = { ...r, ...force };
  const format: IRunOptions = {
    ...(strong ? { bold: true, boldComplexScript: true } : {}),
    ...(emphasis ? { italics: true, italicsComplexScript: true } : {}),
    ...(op === 'insert' ? { underline: { type: UnderlineType.SINGLE } } : op === 'delete' ? { strike: true } : {}),
    ...(ctx.rtl ? { rightToLeft: true } : {}),
  };
  // text goes in `text`, never as a string child, which the library may read as a field
  return r.text.split(/\r?\n/u).map((text, k) => new TextRun({ ...format, text, ...(k > 0 ? { break: 1 } : {}) }));
}

function paragraph(runs: Line, ctx: Context, style: string | undefined, force: Partial<Run> = {}): Paragraph {
  return new Paragraph({
    ...(style ? { style } : {}),
    children: runs.flatMap((r) => textRuns(r, ctx, force)),
    ...(ctx.rtl ? { bidirectional: true } : {}),
  });
}

/** Relative widths over the text width, in whole twips adding up to it; equal widths if none fit. */
function columnWidths(widths: readonly number[] | undefined, count: number, total: number): number[] {
  const given = widths?.length === count && widths.every((w) => w > 0) ? widths : Array<number>(count).fill(1);
  const sum = given.reduce((a, b) => a + b, 0);
  let placed = 0;
  return given.map((w, k) => {
    const edge = k === count - 1 ? total : Math.round((total * given.slice(0, k + 1).reduce((a, b) => a + b, 0)) / sum);
    const width = edge - placed;
    placed = edge;
    return width;
  });
}

function tableCell(lines: readonly Line[], width: number, ctx: Context, shade: string | undefined, force: Partial<Run>): TableCell {
  // Word will not open a cell without a paragraph
  const children = lines.length > 0 ? lines.map((l) => paragraph(l, ctx, 'ReportCell', force)) : [paragraph([], ctx, 'ReportCell')];
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    ...(shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shade } } : {}),
  });
}

function table(b: Extract<ReportBlock, { kind: 'table' }>, ctx: Context, textWidth: number): Table {
  const count = Math.max(1, b.header.length, ...b.rows.map((r) => r.cells.length));
  const widths = columnWidths(b.widths, count, textWidth);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: widths.map((w, k) => tableCell([[{ text: b.header[k] ?? '' }]], w, ctx, undefined, { strong: true })),
  });
  const body = (r: Row): TableRow =>
    new TableRow({
      children: widths.map((w, k) => {
        const c = r.cells[k];
        return tableCell(c?.lines ?? [], w, ctx, c?.tone ? SHADE[c.tone] : undefined, r.folded ? { emphasis: true } : {});
      }),
    });
  return new Table({
    rows: [header, ...b.rows.map(body)],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    ...(ctx.rtl ? { visuallyRightToLeft: true } : {}),
  });
}

const PARAGRAPH_STYLE: Record<NonNullable<Extract<ReportBlock, { kind: 'paragraph' }>['style']>, string> = {
  note: 'ReportNote',
  reasons: 'ReportReasons',
  mark: 'ReportMark',
  centered: 'ReportCentered',
};

function block(b: ReportBlock, ctx: Context, textWidth: number): Paragraph | Table {
  switch (b.kind) {
    case 'heading':
      return paragraph([{ text: b.text }], ctx, `ReportHeading${b.level}`);
    case 'paragraph':
      return paragraph(b.runs, ctx, b.style ? PARAGRAPH_STYLE[b.style] : undefined);
    case 'table':
      return table(b, ctx, textWidth);
  }
}

function styles(): IParagraphStyleOptions[] {
  const bold = { bold: true, boldComplexScript: true };
  // outline levels put the headings in Word's navigation pane
  const heading = (level: 1 | 2 | 3, size: number): IParagraphStyleOptions => ({
    id: `ReportHeading${level}`, name: `Report heading ${level}`, basedOn: 'Normal', next: 'Normal',
    run: { ...bold, size, sizeComplexScript: size }, paragraph: { keepNext: true, keepLines: true, outlineLevel: level, spacing: { before: 360 - 60 * level } },
  });
  return [
    { id: 'ReportTitle', name: 'Report title', basedOn: 'Normal', next: 'Normal', run: { ...bold, size: 28, sizeComplexScript: 28 }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, outlineLevel: 0, spacing: { before: 240, after: 240 } } },
    heading(1, 26),
    heading(2, 24),
    heading(3, 24),
    { id: 'ReportNote', name: 'Report note', basedOn: 'Normal', next: 'Normal', run: { size: 20, sizeComplexScript: 20 } },
    { id: 'ReportReasons', name: 'Report reasons', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { before: 240 } } },
    { id: 'ReportMark', name: 'Report mark', basedOn: 'Normal', next: 'Normal', run: bold },
    { id: 'ReportCentered', name: 'Report centered', basedOn: 'Normal', next: 'Normal', paragraph: { alignment: AlignmentType.CENTER } },
    { id: 'ReportCell', name: 'Report cell', basedOn: 'Normal', next: 'ReportCell', paragraph: { spacing: { before: 40, after: 40 } } },
  ];
}

export async function writeReportDocx(report: Report): Promise<Uint8Array> {
  const lang = tableOf(report.lang);
  const ctx: Context = { rtl: lang.dir === 'rtl' };
  const textWidth = (report.landscape ? A4.height : A4.width) - 2 * MARGIN;
  // Word runs two tables with nothing between them into one
  const body = report.blocks.flatMap((b, k) => {
    const out = block(b, ctx, textWidth);
    return b.kind === 'table' && report.blocks[k + 1]?.kind === 'table' ? [out, new Paragraph({})] : [out];
  });
  const document = new Document({
    creator: 'redline',
    lastModifiedBy: 'redline',
    title: report.title,
    revision: 1,
    styles: {
      default: { document: { run: defaultRun(lang), paragraph: { spacing: { before: 120, after: 0 } } } },
      paragraphStyles: styles(),
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: report.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [paragraph([{ text: report.title }], ctx, 'ReportTitle'), ...body],
      },
    ],
  });
  return normalizePackage(await Packer.pack(document, 'uint8array'), DATE);
}
