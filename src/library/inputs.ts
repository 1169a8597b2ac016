/**
 * Reading inputs, the one way in for every job: a document through readers/, its text parsed,
 * and notices for people about what was read and what was set aside.
 */
import { draftOf } from '../model/proposal.js';
import { InputError } from '../model/errors.js';
import type { Language } from '../model/language.js';
import { documentsOf, type Parsed, type Resolution } from '../model/resolution.js';
import { language } from '../languages/registry.js';
import { readDocument, type InputDocument, type ReadOptions, type View } from '../readers/document.js';
import { describeFurniture, type Furniture } from '../readers/furniture.js';
import type { Input } from '../readers/input.js';
import { isInstructions, readInstructions } from '../readers/instructions.js';
import { textOf } from '../readers/read.js';
import type { Product } from '../writers/registry.js';

/** What people should know about a job that succeeded: one line each, for standard error. */
export type Notice = string;

export function furnitureNotice(file: string, furniture: Furniture): Notice[] {
  const what = describeFurniture(furniture);
  if (!what) return [];
  const proposal = furniture.cover.length > 0 || furniture.marks.length > 0 || furniture.reasons.length > 0;
  return [`note: ${file}: ${proposal ? 'read as a proposal; ' : ''}set aside: ${what}`];
}

/**
 * The document of an input. A Word file read by its underline and strike-through because it has
 * no tracked changes gets a note saying so, unless `--marks` chose the reading.
 */
export function documentOf(input: Input, options: ReadOptions, notices: Notice[]): InputDocument {
  const doc = readDocument(input, options);
  if (doc.marking === 'formatting' && options.marks === undefined) {
    notices.push(`note: ${input.file}: no tracked changes; underlined text read as added and struck-through text as deleted (--marks revisions reads them as plain formatting)`);
  }
  return doc;
}

/** The one resolution of a parse result; a collection is refused. */
export function single(parsed: Parsed, file: string, what: string): Resolution {
  const docs = documentsOf(parsed);
  if (docs.length !== 1) throw new InputError(`holds ${docs.length} resolutions`, file, undefined, `give the one resolution ${what}`);
  return docs[0] as Resolution;
}

export function tableFor(res: Resolution | Parsed): Language {
  const lang = language(res.lang);
  if (!lang) throw new InputError(`no language table for "${res.lang}"`, undefined, undefined, 'register one with registerLanguage');
  return lang;
}

/** Whatever an input holds, ready to write: a text (resolution or collection), or a proposal's changes. */
export function parseInput(input: Input, options: ReadOptions & { view?: View } = {}): { product: Product; notices: Notice[] } {
  const notices: Notice[] = [];
  const doc = documentOf(input, options, notices);
  if (isInstructions(doc.source(), doc.lang)) {
    return { product: { kind: 'proposal', draft: draftOf(readInstructions(doc.source(), doc.fields, doc.lang), doc.lang.code) }, notices };
  }
  const read = textOf(doc, options.view);
  return { product: { kind: 'resolution', parsed: read.parsed }, notices: [...notices, ...furnitureNotice(input.file, read.furniture)] };
}

/** One view of a marked-up input (every change accepted, or every change rejected). */
export function viewInput(input: Input, view: View, options: ReadOptions = {}): { parsed: Parsed; notices: Notice[] } {
  const notices: Notice[] = [];
  const read = textOf(documentOf(input, options, notices), view);
  return { parsed: read.parsed, notices: [...notices, ...furnitureNotice(input.file, read.furniture)] };
}

/** The one resolution an input holds (the base of apply and draft). */
export function resolutionInput(input: Input, options: ReadOptions = {}): { resolution: Resolution; notices: Notice[] } {
  const notices: Notice[] = [];
  const read = textOf(documentOf(input, options, notices));
  return { resolution: single(read.parsed, input.file, 'the proposals amend'), notices: [...notices, ...furnitureNotice(input.file, read.furniture)] };
}
