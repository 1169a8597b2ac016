/**
 * From paragraphs to the resolution tree. Shared by every format reader, so that a resolution
 * typed in a text editor, written in Markdown or sent as a Word file parses to the same clauses.
 */
import { InputError, readingWithin } from '../model/errors.js';
import { markerOf, NOTE_LINE, NOTES_RULE_LINE } from '../model/footnotes.js';
import { itemId, uniqueId } from '../model/ids.js';
import { baseOf, follows, isLongNumber, isRoman, labelKind, parseLabel, type ParsedLabel } from '../model/label.js';
import { isFormula, knownHeading, type Language } from '../model/language.js';
import type { Block, Footnote, Item, Parsed, Part, Resolution, ResolutionKind } from '../model/resolution.js';
import { slug } from '../model/slug.js';
import { visits } from '../model/visit.js';
import type { Source, SourceParagraph } from './source.js';
const FINAL_PUNCTUATION = /[.;:,!?。；：，、،؛]$/u;
/** the body block of a numbered report, or paragraphs that come before any heading */
export const BODY_BLOCK = 'body';

/**
 * Items nest a few levels in any resolution (1, a), i), 1.1.1); past this a text is no resolution,
 * and placing each item would cost time in proportion to the depth.
 */
const MAX_DEPTH = 20;

/** A paragraph quoted in a message: its first 60 characters. */
const cut = (text: string): string => ([...text].length > 60 ? `${[...text].slice(0, 57).join('')}...` : text);

export function buildTree(source: Source, lang: Language): Parsed {
  return readingWithin(source.file, () => tree(source, lang));
}

function tree(source: Source, lang: Language): Parsed {
  const ps = source.paragraphs;
  const titles = ps.flatMap((p, i) => (titleOf(p.text, lang) ? [i] : []));
  let documents: Resolution[];
  if (titles.length > 0) {
    const first = titles[0] ?? 0;
    if (first > 0) {
      const p = ps[0] as SourceParagraph;
      throw new InputError(
        `text before the title "${cut(ps[first]?.text ?? '')}"`,
        source.file,
        p.line,
        'start the file with the title line, or remove the cover text',
      );
    }
    documents = titles.map((start, n) => resolution(ps.slice(start, titles[n + 1] ?? ps.length), lang, source));
  } else if (ps.some((p) => !parseLabel(p.text, lang) && (p.heading === true || isKnownHeading(p.text, lang) || isFormula(p.text, lang)))) {
    documents = [resolution(ps, lang, source, false)];
  } else if (ps.filter((p) => isNumbered(p.text, lang)).length >= 2) {
    documents = [report(ps, lang, source)];
  } else {
    throw new InputError(
      'no resolution structure found (no title, block heading or numbered paragraphs)',
      source.file,
      ps[0]?.line,
      'is this an ITU resolution, decision or numbered report?',
    );
  }
  attachFootnotes(documents, source);
  if (documents.length === 1) return documents[0] as Resolution;
  return { kind: 'collection', lang: lang.code, documents };
}

interface Title {
  kind: ResolutionKind;
  number: string;
  revision: string | null;
}

export function titleOf(text: string, lang: Language): Title | null {
  const m = lang.titlePattern.exec(text.trim());
  const g = m?.groups;
  if (!g) return null;
  const kind = lang.kinds[(g['kind'] ?? '').toLocaleUpperCase()];
  if (!kind) return null;
  return { kind, number: g['number'] ?? '', revision: g['revision']?.trim() || null };
}

function isKnownHeading(text: string, lang: Language): boolean {
  return knownHeading(text, lang) !== undefined;
}

function isNumbered(text: string, lang: Language): boolean {
  const label = parseLabel(text, lang);
  return label !== null && /^\d/u.test(label.label);
}

function emptyResolution(lang: Language, kind: ResolutionKind): Resolution {
  return { kind, lang: lang.code, number: null, revision: null, title: null, subtitle: null, formula: null, blocks: [], footnotes: [], annexes: [] };
}

function resolution(ps: SourceParagraph[], lang: Language, source: Source, hasTitle = true): Resolution {
  let i = 0;
  const res = emptyResolution(lang, 'resolution');
  if (hasTitle) {
    const head = ps[0] as SourceParagraph;
    const title = titleOf(head.text, lang) as Title;
    Object.assign(res, { kind: title.kind, number: title.number, revision: title.revision, title: head.text });
    i = 1;
    const next = ps[i];
    if (next && !isFormula(next.text, lang) && !isStructural(ps, i, lang)) {
      res.subtitle = next.text;
      i++;
    }
  }
  const formula = ps[i];
  if (formula && isFormula(formula.text, lang)) {
    res.formula = formula.text;
    i++;
  }
  new BodyBuilder(res, lang, source).run(ps.slice(i));
  return res;
}

/** A numbered report: its first line is the title, numbered paragraphs are items of one block. */
function report(ps: SourceParagraph[], lang: Language, source: Source): Resolution {
  const res = emptyResolution(lang, 'document');
  let rest = ps;
  const first = ps[0];
  if (first && !parseLabel(first.text, lang)) {
    res.title = first.text;
    rest = ps.slice(1);
  }
  const builder = new BodyBuilder(res, lang, source);
  builder.openBlock(BODY_BLOCK, '', 'operative');
  builder.run(rest);
  return res;
}

/** A title, formula, heading, annex heading or footnote rule: never a subtitle. */
function isStructural(ps: SourceParagraph[], i: number, lang: Language): boolean {
  const p = ps[i] as SourceParagraph;
  return (
    parseLabel(p.text, lang) !== null ||
    isHeading(ps, i, lang) ||
    lang.annexPattern.test(p.text) ||
    NOTES_RULE_LINE.test(p.text)
  );
}

/**
 * A block heading: a known one from the language table; a Markdown or Word heading; or, by its
 * shape, a short line without a label or final punctuation, lower case where the script has case,
 * that stands in italics (as headings do in Word), or is followed by a labelled item, or stands
 * where a block begins (first after the formula, or after the comma that closes a block) and is
 * followed by a paragraph: `authorizes the Secretary-General` before an unlabelled paragraph.
 */
function isHeading(ps: SourceParagraph[], i: number, lang: Language): boolean {
  const p = ps[i] as SourceParagraph;
  if (parseLabel(p.text, lang)) return false;
  if (isKnownHeading(p.text, lang)) return true;
  if (p.heading) return true;
  const text = p.text.trim();
  const words = text.split(/\s+/u).length;
  if ([...text].length > 100 || words > 12 || FINAL_PUNCTUATION.test(text) || text.includes('\n')) return false;
  const first = text[0] ?? '';
  if (first.toLocaleLowerCase() !== first) return false;
  const next = ps[i + 1];
  if (p.emphasis === true || (next !== undefined && parseLabel(next.text, lang) !== null)) return true;
  const prev = ps[i - 1];
  const blockBegins = prev === undefined || prev.text.trim().endsWith(lang.punctuation.last) || isFormula(prev.text, lang);
  return blockBegins && next !== undefined && !isHeading(ps, i + 1, lang);
}

class BodyBuilder {
  private block: Block | null = null;
  /** the ids of the blocks and annexes so far, which only this builder adds */
  private readonly blockIds = new Set<string>();
  private annexMode = false;
  private footnoteMode = false;

  constructor(
    private readonly res: Resolution,
    private readonly lang: Language,
    private readonly source: Source,
  ) {}

  run(ps: SourceParagraph[]): void {
    ps.forEach((p, i) => this.paragraph(ps, i, p));
  }

  openBlock(id: string, heading: string, part: Part): void {
    const list = part === 'annex' ? this.res.annexes : this.res.blocks;
    this.block = { id: uniqueId(id || 'block', this.blockIds), part, heading, items: [] };
    list.push(this.block);
  }

  private paragraph(ps: SourceParagraph[], i: number, p: SourceParagraph): void {
    const text = p.text;
    if (NOTES_RULE_LINE.test(text)) {
      this.footnoteMode = true;
      return;
    }
    const annex = this.lang.annexPattern.exec(text);
    if (annex && !parseLabel(text, this.lang)) {
      this.footnoteMode = false;
      this.annexMode = true;
      const n = annex.groups?.['n'];
      this.openBlock(n ? `annex-${slug(n)}` : 'annex', text, 'annex');
      return;
    }
    if (this.footnoteMode) {
      this.footnote(p);
      return;
    }
    if (!this.annexMode && this.res.kind !== 'document' && isHeading(ps, i, this.lang)) {
      const known = knownHeading(text, this.lang);
      const part: Part = known?.part ?? this.res.blocks.at(-1)?.part ?? 'preamble';
      this.openBlock(known?.id ?? slug(text), text, part);
      return;
    }
    if (!this.block) this.openBlock(BODY_BLOCK, '', 'preamble');
    const label = parseLabel(text, this.lang);
    if (label && (!isLongNumber(label.label) || this.continuesHere(label.label))) this.item(label, p.line);
    else this.unlabelled(text);
  }

  private footnote(p: SourceParagraph): void {
    const m = NOTE_LINE.exec(p.text);
    const last = this.res.footnotes.at(-1);
    if (m?.groups) this.res.footnotes.push({ id: m.groups['id'] ?? '', text: m.groups['text'] ?? '' });
    else if (last) last.text += `\n${p.text}`;
    else throw new InputError('footnote without a marker after the footnote rule', this.source.file, p.line, 'write notes as "[1] text"');
  }

  private unlabelled(text: string): void {
    const block = this.block as Block;
    const last = block.items.at(-1);
    if (last && last.label !== '') {
      deepestLast(last).text += `\n${text}`;
      return;
    }
    const id = itemId(block.id, '', block.items.length + 1);
    this.ids.get(block.items)?.add(id);
    block.items.push({ id, label: '', labelText: '', text, items: [] });
  }

  /** Does a label continue the list it would join (`1000` after `999`)? */
  private continuesHere(label: string): boolean {
    const block = this.block as Block;
    return continues(placeOf(block.items, { label, labelText: label }), label);
  }

  private item(parsed: ParsedLabel, line: number): void {
    const block = this.block as Block;
    const siblings = placeOf(block.items, parsed);
    const parentId = siblings === block.items ? block.id : (this.parents.get(siblings) ?? block.id);
    const depth = siblings === block.items ? 1 : (this.depths.get(siblings) ?? 1);
    if (depth > MAX_DEPTH) {
      throw new InputError(`items nested more than ${MAX_DEPTH} deep ("${cut(parsed.labelText)}")`, this.source.file, line, 'check the labels: a resolution nests items a few levels deep (1, a), i), 1.1)');
    }
    // the ids of each list, kept as it grows: a list of thousands of items stays linear to build
    let ids = this.ids.get(siblings);
    if (!ids) {
      ids = new Set(siblings.map((s) => s.id));
      this.ids.set(siblings, ids);
    }
    const id = uniqueId(itemId(parentId, parsed.label, 0), ids);
    ids.add(id);
    const item: Item = { id, label: parsed.label, labelText: parsed.labelText, text: parsed.rest, items: [] };
    this.parents.set(item.items, id);
    this.depths.set(item.items, depth + 1);
    siblings.push(item);
  }

  /** Each item's list of sub-items -> that item's id; each list -> the ids in it. */
  private readonly parents = new WeakMap<Item[], string>();
  private readonly ids = new WeakMap<Item[], Set<string>>();
  /** each item's list of sub-items -> its depth (a block's items are at depth 1) */
  private readonly depths = new WeakMap<Item[], number>();
}

function deepestLast(item: Item): Item {
  let it = item;
  for (let next = it.items.at(-1); next; next = it.items.at(-1)) it = next;
  return it;
}

/** Does `label` continue the sequence of `items` (`c` after `b`, `ii` after `i`, `4` after `3`)? */
function continues(items: Item[], label: string): boolean {
  const last = items.at(-1)?.label;
  const first = items[0]?.label;
  if (!last || !first) return false;
  const kind = labelKind(last);
  if (kind === 'number' || kind === 'dotted') return follows(last, label, kind);
  if (follows(last, label, 'letter')) return true;
  return first === 'i' && isRoman(last) && isRoman(label) && follows(last, label, 'roman');
}

function startsSequence(label: string): boolean {
  const base = baseOf(label);
  return base === 'a' || base === 'i' || base === '1' || /\.1$/u.test(base);
}

/**
 * Where a new item goes: beside the last item at the shallowest level whose sequence it
 * continues, under the item its dotted number names (`3.1` under `3`), or, when it starts a new
 * sequence (`i)` after `c)`), under the last item. A label written exactly as the last item's
 * at some level (`a)` again after `a)`) repeats it there: no list is written with its parent's
 * own marker, so it is a duplicate beside it (which lint reports), not a sub-list.
 */
function placeOf(top: Item[], parsed: Pick<ParsedLabel, 'label' | 'labelText'>): Item[] {
  const label = parsed.label;
  const last = top.at(-1);
  if (!last || last.label === '') return top;
  if (labelKind(label) === 'dotted') {
    const prefix = baseOf(label).split('.').slice(0, -1).join('.');
    for (let level = top; level.length > 0; level = level.at(-1)?.items ?? []) {
      const parent = level.at(-1) as Item;
      if (baseOf(parent.label) === prefix) return parent.items;
      if (continues(level, label)) return level;
    }
    return top;
  }
  let deepest = top;
  for (let level = top; level.length > 0; level = level.at(-1)?.items ?? []) {
    if (continues(level, label) || level.at(-1)?.labelText === parsed.labelText) return level;
    deepest = level;
  }
  if (startsSequence(label)) return (deepest.at(-1) as Item).items;
  return top;
}

/** Markdown and Word keep notes apart: give each to the document that cites it. */
function attachFootnotes(documents: Resolution[], source: Source): void {
  for (const note of source.footnotes) {
    const marker = markerOf(note.id);
    const owner = documents.find((d) => citesMarker(d, marker)) ?? documents.at(-1);
    owner?.footnotes.push({ id: note.id, text: note.text } satisfies Footnote);
  }
}

function citesMarker(doc: Resolution, marker: string): boolean {
  return visits(doc).some((v) => v.item.text.includes(marker)) || [doc.title, doc.subtitle, doc.formula].some((t) => t?.includes(marker));
}
