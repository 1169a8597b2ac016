/**
 * A redline as a Word document laid out like an ITU resolution.
 *
 * With `marks: 'revisions'` (the default) every change is a real tracked change (w:ins / w:del,
 * paragraph marks included), so Accept All in Word or LibreOffice gives exactly the revised
 * paragraphs and Reject All exactly the base ones. With `marks: 'formatting'` the changes are
 * shown the ITU way without track changes: added text underlined, deleted text struck through.
 *
 * Footnote markers (`[1]` right after a word) become real footnotes, also inside changes. A moved
 * clause is deleted at its origin and inserted at its destination, each end with a Word comment
 * saying where the other is; the one at the destination gives the word edits.
 *
 * The bytes are deterministic: fixed package dates, revision ids from a counter, and the package
 * re-zipped in a fixed order with fixed timestamps.
 *
 * LibreOffice resolves tracked changes less well than Word; the layout works around what it
 * gets wrong (see docx-marks.ts and `separateInsertions`). Left for Word alone, as LibreOffice leaves
 * an empty paragraph or joins two: a footnote reference in a first clause added or suppressed
 * whole, or in the clause before a last one added or suppressed, or in the first of two clauses
 * suppressed in a row, or in a paragraph whose line break inside a clause is added or removed.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { IParagraphStyleOptions, IRunOptions } from 'docx';
import { markers } from '../model/footnotes.js';
import type { Language } from '../model/language.js';
import type { ParagraphRole, RedlineDocument, RedlineParagraph, Segment, SegmentOp } from '../model/redline.js';
import { tableOf } from '../languages/registry.js';
import { BOTH, layoutClauses, opOf, presenceOf, type Presence } from './docx-marks.js';
import { WordPackage } from './docx-package.js';
import { InputError } from '../model/errors.js';
import { moveNote } from './move-note.js';

export { layoutClauses, type ClauseLayout, type Presence } from './docx-marks.js';

export type DocxMarks = 'revisions' | 'formatting';

export interface DocxOptions {
  /** real tracked changes (default), or underline / strike-through formatting */
  marks?: DocxMarks;
}

/** `author`: who made the change, when not the document's author (a merged draft's proposers). */
type Inline = ({ kind: 'text'; op: SegmentOp; text: string; strong?: boolean } | { kind: 'tab'; op: SegmentOp } | { kind: 'note'; op: SegmentOp; note: number }) & { author?: string };
/** A line break inside a clause's text becomes a paragraph mark with that change. */
type Piece = Inline | { kind: 'break'; op: SegmentOp; author?: string };

/** One Word paragraph. A clause whose text holds line breaks becomes several. */
interface Line {
  role: ParagraphRole;
  depth: number;
  /** the clause's first line, which carries its label */
  first: boolean;
  labelled: boolean;
  pieces: Inline[];
  /** in which views the paragraph mark after this line exists */
  end: Presence;
  /** its revisions are stamped a little later (see `separateInsertions`) */
  later?: boolean;
  /** a Word comment on the line: where a moved clause came from or went */
  note?: string;
  /** who made the revision of the paragraph mark */
  author?: string;
}

/** Twips from the label to the text of an item, and per level of nesting. */
const ITEM_INDENT = 794;

function forced(segments: readonly Segment[], mark: RedlineParagraph['mark']): Segment[] {
  if (mark === null) return [...segments];
  return segments.filter((s) => s.op === 'equal' || s.op === mark).map((s) => ({ op: mark, text: s.text, ...(s.author ? { author: s.author } : {}) }));
}

interface NoteSource {
  text: Segment[];
  mark: 'insert' | 'delete' | null;
}

/**
 * Footnotes by occurrence: a note cited twice (once deleted, once inserted) is written twice.
 * Each document of a collection cites its own notes; the numbers run on through the collection.
 */
class Notes {
  readonly written: { number: number; note: NoteSource }[] = [];
  private byId = new Map<string, NoteSource>();

  /** The notes the paragraphs of `doc` cite. */
  use(doc: RedlineDocument): void {
    this.byId = new Map(doc.footnotes.map((n) => [n.id, { text: n.text, mark: n.mark }]));
  }

  cite(id: string): number | null {
    const note = this.byId.get(id);
    if (!note) return null;
    const number = this.written.length + 1;
    this.written.push({ number, note });
    return number;
  }
}

function segmentPieces(segments: readonly Segment[], notes: Notes | null): Piece[] {
  const pieces: Piece[] = [];
  let previous = '';
  const pushText = (op: SegmentOp, text: string, by: { author?: string }): void => {
    const lines = text.split('\n');
    lines.forEach((line, k) => {
      if (k > 0) pieces.push({ kind: 'break', op, ...by });
      if (line) pieces.push({ kind: 'text', op, text: line, ...by });
    });
    if (text) previous = text.slice(-1);
  };
  for (const s of segments) {
    const by = s.author ? { author: s.author } : {};
    let from = 0;
    // `[1]` right after a word is a footnote marker; anything else in brackets is text.
    for (const m of markers(s.text, previous)) {
      const number = notes?.cite(m.id) ?? null;
      if (number === null) continue;
      pushText(s.op, s.text.slice(from, m.index), by);
      pieces.push({ kind: 'note', op: s.op, note: number, ...by });
      previous = ']';
      from = m.index + m.text.length;
    }
    pushText(s.op, s.text.slice(from), by);
  }
  return pieces;
}

function hasText(segments: readonly Segment[], view: 'a' | 'r'): boolean {
  return segments.some((s) => s.text !== '' && presenceOf(s.op)[view]);
}

/** A clause as pieces: label, a tab where the view has a label, then the text. */
function clausePieces(p: RedlineParagraph, notes: Notes): Piece[] {
  const label = forced(p.label, p.mark);
  const text = forced(p.text, p.mark);
  // `Reasons:` in bold, then the reasons after a space.
  if (p.role === 'reasons') return [...label.map((s): Piece => ({ kind: 'text', op: s.op, text: `${s.text} `, strong: true })), ...segmentPieces(text, notes)];
  const pieces: Piece[] = label.filter((s) => s.text !== '').map((s) => ({ kind: 'text', op: s.op, text: s.text, ...(s.author ? { author: s.author } : {}) }));
  const tab = opOf({ a: hasText(label, 'a'), r: hasText(label, 'r') });
  const tabAuthor = label.find((s) => s.op !== 'equal' && s.author)?.author ?? p.author;
  if (tab) pieces.push({ kind: 'tab', op: tab, ...(tabAuthor ? { author: tabAuthor } : {}) });
  return [...pieces, ...segmentPieces(text, notes)];
}

function clauseLines(p: RedlineParagraph, pieces: readonly Piece[], end: Presence, note: string | null = null): Line[] {
  const labelled = p.label.some((s) => s.text !== '');
  const lines: Line[] = [];
  const by = p.author ? { author: p.author } : {};
  let current: Line = { role: p.role, depth: p.depth, first: true, labelled, pieces: [], end, ...by, ...(note ? { note } : {}) };
  for (const piece of pieces) {
    if (piece.kind === 'break') {
      lines.push({ ...current, end: presenceOf(piece.op), ...(piece.author ? { author: piece.author } : {}) });
      current = { role: p.role, depth: p.depth, first: false, labelled, pieces: [], end, ...by };
    } else current.pieces.push(piece);
  }
  lines.push(current);
  return lines;
}

/** Lines whose mark exists in neither view are run into the next line. */
function* joinUnmarked(lines: Iterable<Line>): Generator<Line> {
  let carried: Inline[] = [];
  let note: string | undefined;
  for (const line of lines) {
    if (!line.end.a && !line.end.r) {
      carried = [...carried, ...line.pieces];
      note ??= line.note;
      continue;
    }
    const joined = note ?? line.note;
    yield carried.length > 0 || joined !== line.note ? { ...line, pieces: [...carried, ...line.pieces], ...(joined ? { note: joined } : {}) } : line;
    carried = [];
    note = undefined;
  }
}

/**
 * LibreOffice merges two insertions by the same author made within a minute of each other when
 * one ends where a paragraph ends and the other starts the next paragraph, across the paragraph
 * mark between them even when that mark is not inserted; Reject All then removes the mark too
 * and joins the paragraphs. Word keeps them apart. So where that happens, the second
 * paragraph's revisions are stamped two minutes later (or not, if the first one's were), which
 * keeps them apart. An empty paragraph after an inserted mark counts as ending in an insertion.
 */
function* separateInsertions(lines: Iterable<Line>): Generator<Line> {
  let prev: Line | undefined;
  // whether an insertion ends where the latest line ends, and whether it was stamped later
  let endsInserted = false;
  let endLater = false;
  for (const line of lines) {
    const first = line.pieces[0];
    const startsInserted = first ? first.op === 'insert' : opOf(line.end) === 'insert';
    const touching = prev !== undefined && opOf(prev.end) !== 'insert' && endsInserted && startsInserted;
    const placed: Line = touching && !endLater ? { ...line, later: true } : line;
    yield placed;
    const last = line.pieces[line.pieces.length - 1];
    if (last) {
      endsInserted = last.op === 'insert';
      endLater = placed.later === true;
    } else {
      endsInserted = prev !== undefined && opOf(prev.end) === 'insert';
      endLater = prev?.later === true;
    }
    prev = placed;
  }
}

/** ISO 8601 without fractions, as Word writes revision dates; `minutes` later if asked. */
function revisionDate(date: string, minutes = 0): string {
  const t = Date.parse(date);
  const time = Number.isNaN(t) ? Date.UTC(1980, 0, 1) : t;
  return new Date(time + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

interface Context {
  marks: DocxMarks;
  rtl: boolean;
  author: string;
  date: string;
  laterDate: string;
  nextId: number;
  /** the comments written so far, numbered from 0 */
  comments: string[];
}

function revision(ctx: Context, date: string, author?: string): { id: number; author: string; date: string } {
  return { id: ctx.nextId++, author: author ?? ctx.author, date };
}

// Characters XML 1.0 cannot hold, even escaped.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string): string => text.replace(NOT_XML, '').replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);

function revisionAttributes(change: { id: number; author: string; date: string }): string {
  return `w:id="${change.id}" w:author="${escapeXml(change.author)}" w:date="${change.date}"`;
}

/** One run, wrapped in its revision: w:rPr in the schema's order (rStyle, b, bCs, strike, u, rtl). */
function runXml(piece: Inline, ctx: Context, date: string): string {
  const formatting = ctx.marks === 'formatting' && piece.op !== 'equal';
  const properties = [
    piece.kind === 'note' ? '<w:rStyle w:val="FootnoteReference"/>' : '',
    piece.kind === 'text' && piece.strong ? '<w:b/><w:bCs/>' : '',
    formatting && piece.op === 'delete' ? '<w:strike/>' : '',
    formatting && piece.op === 'insert' ? '<w:u w:val="single"/>' : '',
    // a footnote reference keeps the direction of the text it follows
    ctx.rtl && !(piece.kind === 'note' && piece.op === 'equal') ? '<w:rtl/>' : '',
  ].join('');
  const deleted = piece.op === 'delete' && ctx.marks === 'revisions';
  const content =
    piece.kind === 'text'
      ? deleted
        ? `<w:delText xml:space="preserve">${escapeXml(piece.text)}</w:delText>`
        : `<w:t xml:space="preserve">${escapeXml(piece.text)}</w:t>`
      : piece.kind === 'tab'
        ? '<w:tab/>'
        : `<w:footnoteReference w:id="${piece.note}"/>`;
  const run = `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}${content}</w:r>`;
  if (piece.op === 'equal' || ctx.marks === 'formatting') return run;
  const tag = piece.op === 'insert' ? 'w:ins' : 'w:del';
  return `<${tag} ${revisionAttributes(revision(ctx, date, piece.author))}>${run}</${tag}>`;
}

const STYLE_OF: Record<ParagraphRole, string> = {
  title: 'ResNo',
  subtitle: 'Restitle',
  formula: 'Normalaftertitle',
  heading: 'Call',
  item: 'Normal',
  'annex-heading': 'AnnexNo',
  note: 'Note',
  reasons: 'Reasons',
};

function indentXml(line: Line, rtl: boolean): string {
  if (line.role !== 'item') return '';
  const hanging = line.first && line.labelled;
  const lead = ITEM_INDENT * (line.depth + (line.labelled ? 1 : 0));
  if (lead === 0) return '';
  // a right-to-left paragraph is indented from its start, the right-hand side
  return `<w:ind w:${rtl ? 'start' : 'left'}="${lead}"${hanging ? ` w:hanging="${ITEM_INDENT}"` : ''}/>`;
}

/**
 * One Word paragraph as XML. Paragraphs are written as text, not through the docx object model,
 * which took most of the time and memory of a large redline; `lead` goes before the runs (a
 * footnote's own mark).
 */
function paragraphXml(line: Line, ctx: Context, style: string = STYLE_OF[line.role], lead = ''): string {
  const date = line.later ? ctx.laterDate : ctx.date;
  const runs = line.pieces.map((piece) => runXml(piece, ctx, date)).join('');
  const comment = line.note === undefined ? -1 : ctx.comments.push(line.note) - 1;
  const children = comment < 0 ? runs : `<w:commentRangeStart w:id="${comment}"/>${runs}<w:commentRangeEnd w:id="${comment}"/><w:r><w:commentReference w:id="${comment}"/></w:r>`;
  const markOp = ctx.marks === 'revisions' ? opOf(line.end) : 'equal';
  // the mark's revision only: the schema wants w:ins / w:del first in the mark's properties
  const mark = markOp === 'equal' ? '' : `<w:rPr><w:${markOp === 'insert' ? 'ins' : 'del'} ${revisionAttributes(revision(ctx, date, line.author))}/></w:rPr>`;
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${ctx.rtl ? '<w:bidi/>' : ''}${indentXml(line, ctx.rtl)}${mark}</w:pPr>${lead}${children}</w:p>`;
}

/** A footnote's paragraphs, the first opening with the note's own mark. */
function footnoteXml(note: NoteSource, ctx: Context): string {
  const pieces = segmentPieces(forced(note.text, note.mark), null);
  const lines = clauseLines({ role: 'note', id: '', depth: 0, label: [], text: [], mark: null }, pieces, BOTH);
  const noteMark = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>';
  return lines.map((line, k) => paragraphXml(line, ctx, 'FootnoteText', k === 0 ? noteMark : '')).join('');
}

function styles(): IParagraphStyleOptions[] {
  const centred = { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true };
  return [
    { id: 'ResNo', name: 'Res_No', basedOn: 'Normal', next: 'Restitle', run: { size: 28, allCaps: true }, paragraph: { ...centred, spacing: { before: 480 } } },
    { id: 'Restitle', name: 'Res_title', basedOn: 'Normal', next: 'Normalaftertitle', run: { size: 28, bold: true, boldComplexScript: true }, paragraph: { ...centred, spacing: { before: 240 } } },
    { id: 'Normalaftertitle', name: 'Normal after title', basedOn: 'Normal', next: 'Call', paragraph: { spacing: { before: 360 } } },
    { id: 'Call', name: 'Call', basedOn: 'Normal', next: 'Normal', run: { italics: true, italicsComplexScript: true }, paragraph: { keepNext: true, keepLines: true, indent: { left: ITEM_INDENT }, spacing: { before: 160 } } },
    { id: 'AnnexNo', name: 'Annex_No', basedOn: 'Normal', next: 'Normal', run: { size: 28 }, paragraph: { ...centred, spacing: { before: 480 } } },
    { id: 'Note', name: 'Note', basedOn: 'Normal', next: 'Normal', run: { size: 22 }, paragraph: { spacing: { before: 80 } } },
    { id: 'Reasons', name: 'Reasons', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { before: 240 } } },
  ];
}

/** The document defaults, from the language table: its fonts and sizes, and its language tag. */
export function defaultRun(lang: Language): IRunOptions {
  const { fonts, locale } = lang;
  return {
    font: { ascii: fonts.body, hAnsi: fonts.body, cs: fonts.complexScript, eastAsia: fonts.eastAsia },
    size: fonts.size * 2,
    sizeComplexScript: fonts.complexScriptSize * 2,
    language: { value: locale, ...(lang.script === 'Han' ? { eastAsia: locale } : {}), ...(lang.dir === 'rtl' ? { bidirectional: locale } : {}) },
  };
}

function plainText(segments: readonly Segment[]): string {
  return segments.filter((s) => s.op !== 'delete').map((s) => s.text).join('');
}

function clausePresence(p: RedlineParagraph): Presence {
  return p.mark === null ? BOTH : presenceOf(p.mark);
}

/** The Word paragraphs of each document in turn, laid out for the marks asked for. */
function* linesOf(docs: Iterable<RedlineDocument>, marks: DocxMarks, notes: Notes, lang: Language): Generator<Line> {
  for (const doc of docs) {
    notes.use(doc);
    const pieces = doc.paragraphs.map((p) => clausePieces(p, notes));
    const anchored = pieces.map((ps) => ps.some((piece) => piece.kind === 'note'));
    const layout =
      marks === 'revisions'
        ? layoutClauses(doc.paragraphs.map(clausePresence), anchored)
        : { order: doc.paragraphs.map((_, i) => i), marks: doc.paragraphs.map(() => BOTH) };
    for (const [k, i] of layout.order.entries()) {
      const p = doc.paragraphs[i] as RedlineParagraph;
      yield* clauseLines(p, pieces[i] ?? [], layout.marks[k] ?? BOTH, moveNote(p, lang));
    }
  }
}

/** The main part around the body: A4 pages with the ITU's margins. */
const DOCUMENT_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCUMENT_END = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>';
/** Characters of XML gathered before they are compressed. */
const BATCH = 1 << 16;

/**
 * One Word document from one redline or a collection of them, written as it goes: each document's
 * paragraphs are compressed into the package before the next is read, so that memory holds one
 * document of a collection, not all of them.
 */
export async function writeDocx(input: RedlineDocument | Iterable<RedlineDocument>, options: DocxOptions = {}): Promise<Uint8Array> {
  // the first document gives the language, author and date; the title is the first one kept
  const iterator = ('paragraphs' in input ? [input] : input)[Symbol.iterator]();
  const head = iterator.next();
  if (head.done) throw new InputError('nothing to write');
  const first = head.value;
  let title: RedlineParagraph | undefined;
  const docs = (function* (): Generator<RedlineDocument> {
    for (let next: IteratorResult<RedlineDocument> = head; !next.done; next = iterator.next()) {
      title ??= next.value.paragraphs.find((p) => p.role === 'title' && p.mark !== 'delete');
      yield next.value;
    }
  })();
  const marks = options.marks ?? 'revisions';
  const lang = tableOf(first.lang);
  const date = revisionDate(first.date);
  const ctx: Context = { marks, rtl: lang.dir === 'rtl', author: first.author, date, laterDate: revisionDate(first.date, 2), nextId: 1, comments: [] };
  const notes = new Notes();

  const pkg = new WordPackage(date);
  let batch = DOCUMENT_START;
  let empty = true;
  const lines = linesOf(docs, marks, notes, lang);
  for (const line of marks === 'revisions' ? separateInsertions(joinUnmarked(lines)) : lines) {
    batch += paragraphXml(line, ctx);
    empty = false;
    if (batch.length >= BATCH) {
      pkg.write(batch);
      batch = '';
    }
  }
  pkg.write(`${batch}${empty ? '<w:p/>' : ''}${DOCUMENT_END}`);

  const notesXml = new Map(notes.written.map(({ number, note }) => [number, footnoteXml(note, ctx)]));
  // the library writes the rest of the package around placeholder notes that the ones written above replace
  const footnotes = Object.fromEntries([...notesXml.keys()].map((number) => [String(number), { children: [new Paragraph({})] }]));
  const document = new Document({
    creator: first.author,
    lastModifiedBy: first.author,
    ...(title ? { title: plainText(title.text) } : {}),
    revision: 1,
    features: { trackRevisions: marks === 'revisions' },
    styles: {
      default: { document: { run: defaultRun(lang), paragraph: { spacing: { before: 120, after: 0 } } } },
      paragraphStyles: styles(),
    },
    footnotes,
    ...(ctx.comments.length > 0
      ? { comments: { children: ctx.comments.map((text, id) => ({ id, author: first.author, date: new Date(date), children: [new Paragraph({ children: [new TextRun({ text, ...(ctx.rtl ? { rightToLeft: true } : {}) })], ...(ctx.rtl ? { bidirectional: true } : {}) })] })) } }
      : {}),
    sections: [{ children: [] }],
  });
  return pkg.finish(await Packer.pack(document, 'uint8array'), {
    'word/footnotes.xml': (xml) => [...notesXml].reduce((out, [number, paragraphs]) => out.replace(new RegExp(`(<w:footnote w:id="${number}">)[\\s\\S]*?(</w:footnote>)`, 'u'), (_, open: string, close: string) => `${open}${paragraphs}${close}`), xml),
  });
}
