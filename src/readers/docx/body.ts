/** Walks paragraphs (body or footnotes) into runs that keep their revision kind. */
import { InputError } from '../../model/errors.js';
import type { Document, Element } from '@xmldom/xmldom';
import type { Numbering } from './numbering.js';
import { mergeProps, readNumPr, readRunProps, type RunProps, type Styles } from './styles.js';
import type { DocxFootnote, DocxParagraph, DocxRevision, DocxRun, RunKind } from './types.js';
import { childElements, isMath, isTrue, isW, wAttr, wChild, wName } from './xml.js';
import { RESAVE_HINT } from './zip.js';

// Word takes bold and italic of right-to-left and complex-script text from w:bCs / w:iCs.
const COMPLEX_SCRIPT = /[\u0590-\u08FF\u0E00-\u0E7F\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

interface Change {
  kind: RunKind;
  author?: string;
  date?: string;
}

interface Context extends Change {
  /** inserted and then deleted: in neither view */
  gone: boolean;
}

interface Emphasis {
  italic: boolean;
  bold: boolean;
}

export interface ListRef {
  numId: string;
  ilvl: number;
}

export interface BodyParagraph {
  paragraph: DocxParagraph;
  list: ListRef | null;
}

const CONTAINERS = new Set(['hyperlink', 'smartTag', 'customXml', 'fldSimple', 'dir', 'bdo', 'sdt', 'sdtContent']);
const BLOCK_CONTAINERS = new Set(['tbl', 'tr', 'tc', 'sdt', 'sdtContent', 'customXml']);
const REVISIONS: Record<string, 'insert' | 'delete'> = { ins: 'insert', moveTo: 'insert', del: 'delete', moveFrom: 'delete' };

/** Appends text, joining it to the last run when nothing but the text differs. */
function pushRun(runs: DocxRun[], text: string, change: Change): void {
  const last = runs[runs.length - 1];
  if (last && last.kind === change.kind && last.author === change.author && last.date === change.date) {
    last.text += text;
    return;
  }
  const run: DocxRun = { text, kind: change.kind };
  if (change.kind !== 'equal' && change.author !== undefined) run.author = change.author;
  if (change.kind !== 'equal' && change.date !== undefined) run.date = change.date;
  runs.push(run);
}

function trimRuns(runs: DocxRun[]): DocxRun[] {
  const out = runs.map((r) => ({ ...r }));
  while (out[0] && (out[0].text = out[0].text.trimStart()) === '') out.shift();
  let last = out[out.length - 1];
  while (last && (last.text = last.text.trimEnd()) === '') {
    out.pop();
    last = out[out.length - 1];
  }
  return out;
}

function emphasis(props: RunProps, text: string): Emphasis {
  const complex = props.rtl === true || props.cs === true || COMPLEX_SCRIPT.test(text);
  return {
    italic: (complex ? props.iCs : props.i) === true,
    bold: (complex ? props.bCs : props.b) === true,
  };
}

/** Footnote numbers in order of first reference, as Word shows them. */
export class NoteNumbers {
  private readonly ids = new Map<string, string>();
  private next = 1;

  number(raw: string): string {
    let id = this.ids.get(raw);
    if (id === undefined) {
      id = String(this.next++);
      this.ids.set(raw, id);
    }
    return id;
  }

  /** A footnote whose mark is the text that follows it (`*`) takes no number. */
  custom(raw: string, mark: string): string {
    const id = this.ids.get(raw) ?? mark;
    this.ids.set(raw, id);
    return id;
  }

  /** Live: notes referenced while reading footnotes are visited too. */
  entries(): IterableIterator<[string, string]> {
    return this.ids.entries();
  }
}

/** Collects one paragraph's runs and what is needed to judge its emphasis. */
class ParagraphText {
  readonly runs: DocxRun[] = [];
  /** kinds of the visible text, footnote markers included */
  readonly kinds = new Set<RunKind>();
  private shown = 0;
  private notItalic = 0;
  private notBold = 0;
  private pending: { raw: string; change: Change } | null = null;

  constructor(private readonly notes: NoteNumbers) {}

  add(text: string, change: Change, style?: Emphasis): void {
    const rest = this.pending ? this.takeCustomMark(text, change) : text;
    if (rest === '') return;
    pushRun(this.runs, rest, change);
    if (!/\S/u.test(rest)) return;
    this.kinds.add(change.kind);
    if (!style) return;
    this.shown++;
    if (!style.italic) this.notItalic++;
    if (!style.bold) this.notBold++;
  }

  /** A footnote marker: part of the text, but no judge of emphasis. */
  marker(id: string, change: Change): void {
    this.flush();
    pushRun(this.runs, `[${id}]`, change);
    this.kinds.add(change.kind);
  }

  expectCustomMark(raw: string, change: Change): void {
    this.flush();
    this.pending = { raw, change };
  }

  finish(): void {
    this.flush();
  }

  get italic(): boolean {
    return this.shown > 0 && this.notItalic === 0;
  }

  get bold(): boolean {
    return this.shown > 0 && this.notBold === 0;
  }

  private takeCustomMark(text: string, change: Change): string {
    const pending = this.pending;
    const mark = /^\S+/u.exec(text)?.[0];
    if (!pending || mark === undefined) {
      this.flush();
      return text;
    }
    this.pending = null;
    this.marker(this.notes.custom(pending.raw, mark), change);
    return text.slice(mark.length);
  }

  /** A custom mark that never came: number the note like any other. */
  private flush(): void {
    if (!this.pending) return;
    const { raw, change } = this.pending;
    this.pending = null;
    this.marker(this.notes.number(raw), change);
  }
}

/** How deep elements may nest inside one another; Word's own documents stay well under. */
const MAX_NESTING = 100;

/** Where a walk inside a paragraph is: how deep, and which paragraph (for the message). */
interface Nesting {
  depth: number;
  paragraph: number;
}

export class BodyReader {
  readonly revisions: DocxRevision[] = [];
  readonly notes = new NoteNumbers();

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly formatting: boolean,
    private readonly file = 'the Word file',
  ) {}

  /** Paragraphs of a body, cell or note, in reading order. */
  blocks(container: Element): BodyParagraph[] {
    const out: BodyParagraph[] = [];
    this.walkBlocks(container, out, 0);
    return out;
  }

  /**
   * Elements nested deeper than any document a person writes (tables in tables, content controls,
   * revisions in revisions) are refused, not followed until the stack runs out.
   */
  private deeper(depth: number, paragraph: number): number {
    if (depth >= MAX_NESTING) {
      throw new InputError(`elements nested more than ${MAX_NESTING} deep (tables, content controls, links or revisions inside one another)`, this.file, paragraph, RESAVE_HINT);
    }
    return depth + 1;
  }

  /** The notes referenced so far, in order of first reference; separators are not notes. */
  footnotes(doc: Document | null): DocxFootnote[] {
    const bodies = new Map<string, Element>();
    const root = doc?.documentElement;
    for (const note of root ? childElements(root) : []) {
      const id = wAttr(note, 'id');
      const type = wAttr(note, 'type') ?? 'normal';
      if (isW(note, 'footnote') && id !== null && type === 'normal') bodies.set(id, note);
    }
    const out: DocxFootnote[] = [];
    for (const [raw, id] of this.notes.entries()) {
      const note = bodies.get(raw);
      if (!note) continue;
      const runs: DocxRun[] = [];
      this.blocks(note).forEach(({ paragraph }, k) => {
        if (k > 0) pushRun(runs, '\n', { kind: 'equal' });
        for (const run of paragraph.runs) pushRun(runs, run.text, run);
      });
      out.push({ id, runs: trimRuns(runs) });
    }
    return out;
  }

  private walkBlocks(el: Element, out: BodyParagraph[], depth: number): void {
    for (const child of childElements(el)) {
      const name = wName(child);
      if (name === 'p') out.push(this.paragraph(child, out.length + 1));
      else if (name !== null && BLOCK_CONTAINERS.has(name)) {
        if (name === 'tr') this.markChange(wChild(child, 'trPr'));
        this.walkBlocks(child, out, this.deeper(depth, out.length + 1));
      }
    }
  }

  private paragraph(p: Element, number: number): BodyParagraph {
    const pPr = wChild(p, 'pPr');
    const style = wAttr(wChild(pPr, 'pStyle'), 'val');
    let mark = this.markChange(wChild(pPr, 'rPr'));
    const text = new ParagraphText(this.notes);
    this.inline(p, { kind: 'equal', gone: false }, text, this.styles.paragraphProps(style), { depth: 0, paragraph: number });
    text.finish();
    // Without tracked changes a wholly underlined or struck paragraph was added or removed whole.
    if (this.formatting && mark === 'equal' && text.kinds.size === 1) {
      const [only] = text.kinds;
      if (only) mark = only;
    }
    const paragraph: DocxParagraph = {
      style,
      styleName: this.styles.name(style),
      numberingLabel: null,
      rejectedNumberingLabel: null,
      runs: text.runs,
      mark,
      italic: text.italic,
      bold: text.bold,
    };
    return { paragraph, list: this.listOf(pPr, style) };
  }

  private listOf(pPr: Element | undefined, style: string | null): ListRef | null {
    const direct = readNumPr(wChild(pPr, 'numPr'));
    const inherited = this.styles.numbering(style);
    const numId = direct?.numId ?? inherited?.numId ?? null;
    // numId 0 switches off the numbering a style would give.
    if (numId === null || numId === '0' || !this.numbering.has(numId)) return null;
    const ilvl = direct?.ilvl ?? inherited?.ilvl ?? this.numbering.levelOfStyle(numId, style) ?? 0;
    return { numId, ilvl };
  }

  /** A revised paragraph mark or table row (w:rPr or w:trPr holding w:ins / w:del). */
  private markChange(props: Element | undefined): RunKind {
    let kind: RunKind = 'equal';
    for (const el of props ? childElements(props) : []) {
      const revision = REVISIONS[wName(el) ?? ''];
      if (!revision) continue;
      this.record(el, revision);
      if (kind === 'equal') kind = revision;
    }
    return kind;
  }

  private record(el: Element, kind: 'insert' | 'delete'): void {
    this.revisions.push({ kind, author: wAttr(el, 'author') ?? '', date: wAttr(el, 'date') });
  }

  private change(el: Element, kind: 'insert' | 'delete', ctx: Context): Context {
    this.record(el, kind);
    const next: Context = { kind, gone: ctx.gone || (ctx.kind !== 'equal' && ctx.kind !== kind) };
    const author = wAttr(el, 'author');
    const date = wAttr(el, 'date');
    if (author !== null) next.author = author;
    if (date !== null) next.date = date;
    return next;
  }

  private inline(el: Element, ctx: Context, text: ParagraphText, base: RunProps, at: Nesting): void {
    for (const child of childElements(el)) {
      if (isMath(child)) {
        this.math(child, ctx, text, this.nested(at));
        continue;
      }
      const name = wName(child) ?? '';
      const revision = REVISIONS[name];
      if (name === 'r') this.run(child, ctx, text, base);
      else if (revision) this.inline(child, this.change(child, revision, ctx), text, base, this.nested(at));
      else if (CONTAINERS.has(name)) this.inline(child, ctx, text, base, this.nested(at));
    }
  }

  private nested(at: Nesting): Nesting {
    return { depth: this.deeper(at.depth, at.paragraph), paragraph: at.paragraph };
  }

  /** Equations: their text only, as Word's plain-text view shows it. */
  private math(el: Element, ctx: Context, text: ParagraphText, at: Nesting): void {
    for (const child of childElements(el)) {
      const revision = REVISIONS[wName(child) ?? ''];
      if (isMath(child) && child.localName === 't') {
        if (!ctx.gone) text.add(child.textContent ?? '', ctx);
      } else if (revision) this.math(child, this.change(child, revision, ctx), text, this.nested(at));
      else if (isMath(child)) this.math(child, ctx, text, this.nested(at));
    }
  }

  private run(r: Element, ctx: Context, text: ParagraphText, base: RunProps): void {
    if (ctx.gone) return;
    const rPr = wChild(r, 'rPr');
    const charStyle = this.styles.props(wAttr(wChild(rPr, 'rStyle'), 'val'));
    const direct = readRunProps(rPr);
    const props = mergeProps(mergeProps(base, charStyle), direct);
    // Hidden text is not part of what the reader sees.
    if (props.vanish) return;
    let change: Change = ctx;
    if (this.formatting && ctx.kind === 'equal') {
      // Direct formatting only: the underline of a hyperlink's style marks no change.
      if (direct.strike || direct.dstrike) change = { kind: 'delete' };
      else if (direct.u) change = { kind: 'insert' };
    }
    for (const child of childElements(r)) {
      switch (wName(child)) {
        case 't':
        case 'delText': {
          const value = child.textContent ?? '';
          text.add(value, change, emphasis(props, value));
          break;
        }
        case 'tab':
        case 'ptab':
          text.add('\t', change);
          break;
        case 'br':
        case 'cr':
          text.add('\n', change);
          break;
        // Typed to keep "ITU-T" on one line; it means a hyphen.
        case 'noBreakHyphen':
          text.add('-', change, emphasis(props, '-'));
          break;
        case 'footnoteReference': {
          const raw = wAttr(child, 'id');
          if (raw === null) break;
          if (isTrue(wAttr(child, 'customMarkFollows'))) text.expectCustomMark(raw, change);
          else text.marker(this.notes.number(raw), change);
          break;
        }
        default:
          break;
      }
    }
  }
}
