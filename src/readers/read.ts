/**
 * Reading a resolution from any input: the document (readers/document.ts), one of its views, the
 * proposal furniture set apart, the tree built. Every command reads texts through here.
 */
import { InputError } from '../model/errors.js';
import { changeLine } from '../model/proposal.js';
import { documentsOf, type Parsed, type Resolution } from '../model/resolution.js';
import { readDocument, type InputDocument, type ReadOptions, type View } from './document.js';
import { separateFurniture, type Furniture } from './furniture.js';
import { readInput, type Input } from './input.js';
import { isInstructions } from './instructions.js';
import { buildTree } from './structure.js';

export type { ReadOptions, View } from './document.js';

export interface Read {
  parsed: Parsed;
  /** what was set aside as proposal furniture (cover, MOD lines, Reasons) */
  furniture: Furniture;
  /** the paragraphs the tree was built from, with their lines */
  paragraphs: { text: string; line: number }[];
}

/** A text of the document in one view. Instructions have no text of their own: refused. */
export function textOf(doc: InputDocument, view: View = 'accepted'): Read {
  const source = doc.source(view);
  if (isInstructions(source, doc.lang)) {
    const first = source.paragraphs.find((p) => changeLine(p.text)?.rest != null);
    throw new InputError('a proposal in the instructions form (MOD, ADD, SUP, NOC lines) has no text without its base', doc.file, first?.line, `use redline apply BASE ${doc.file}, or redline diff BASE ${doc.file}`);
  }
  const { sources, furniture } = separateFurniture(source, doc.lang);
  const documents = sources.flatMap((s) => documentsOf(buildTree(s, doc.lang)));
  const parsed: Parsed = documents.length === 1 ? (documents[0] as Resolution) : { kind: 'collection', lang: doc.lang.code, documents };
  return { parsed, furniture, paragraphs: sources.flatMap((s) => s.paragraphs.map((p) => ({ text: p.text, line: p.line }))) };
}

/** Read an input as a resolution text (or a collection), in one view. */
export function readText(input: Input, options: ReadOptions & { view?: View } = {}): Read {
  return textOf(readDocument(input, options), options.view);
}

/** Parse text (`.txt` layout, or Markdown with `format: 'markdown'`). */
export function parseText(text: string, file: string, options: ReadOptions & { view?: View } = {}): Parsed {
  return readText({ file, bytes: new TextEncoder().encode(text) }, { format: 'text', ...options }).parsed;
}

/** Parse the bytes of a file of any format. */
export function parseBytes(bytes: Uint8Array, file: string, options: ReadOptions & { view?: View } = {}): Parsed {
  return readText({ file, bytes }, options).parsed;
}

export function parseFile(file: string, options: ReadOptions & { view?: View } = {}): Parsed {
  return readText(readInput(file), options).parsed;
}
