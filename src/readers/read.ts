/**
 * One entry for every input: pick the format reader by extension (or content), find the
 * language, build the tree.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../model/errors.js';
import { language, type Language } from '../model/language.js';
import type { Parsed } from '../model/resolution.js';
import { decodeText } from './decode.js';
import { detectLanguage } from './detect-language.js';
import { readDocx, type DocxContent, type DocxView } from './docx.js';
import { docxSource, docxText } from './docx-source.js';
import { markdownParagraphs } from './markdown.js';
import { textParagraphs } from './paragraphs.js';
import type { Source } from './source.js';
import { buildTree } from './structure.js';

export type InputFormat = 'text' | 'markdown' | 'docx';

export interface ReadOptions {
  /** language code; detected when absent */
  lang?: string;
  format?: InputFormat;
  /** Word files: read underline / strike-through as inserted / deleted, besides tracked changes */
  marks?: 'revisions' | 'formatting';
  /** Word files with changes: which view to read (the accepted one by default) */
  view?: DocxView;
}

export function formatOf(file: string, bytes?: Uint8Array): InputFormat {
  if (/\.docx$/iu.test(file)) return 'docx';
  if (/\.(md|markdown)$/iu.test(file)) return 'markdown';
  if (bytes && bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  return 'text';
}

/** Read a file (or `-` for standard input) as bytes, with one-line errors. */
export function readInput(file: string): Uint8Array {
  try {
    if (file === '-') return readFileSync(0);
    if (statSync(file).isDirectory()) throw new InputError('is a directory', file, undefined, 'give a file');
    return readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file', file);
    if (code === 'EACCES') throw new InputError('permission denied', file);
    throw new InputError(`cannot read (${code ?? String(e)})`, file);
  }
}

export function resolveLanguage(code: string | undefined, lines: readonly string[]): Language {
  if (!code) return detectLanguage(lines);
  const lang = language(code);
  if (!lang) throw new InputError(`unknown language "${code}"`, undefined, undefined, 'use one of en fr es ru zh ar');
  return lang;
}

/** Text or Markdown source to paragraphs. */
export function textSource(text: string, file: string, format: 'text' | 'markdown', lang: Language): Source {
  if (format === 'markdown') return { file, ...markdownParagraphs(text, lang) };
  return { file, paragraphs: textParagraphs(text, lang), footnotes: [] };
}

export function parseText(text: string, file: string, options: ReadOptions = {}): Parsed {
  const format = options.format === 'markdown' ? 'markdown' : 'text';
  const lang = resolveLanguage(options.lang, text.split('\n'));
  return buildTree(textSource(text, file, format, lang), lang);
}

export function parseBytes(bytes: Uint8Array, file: string, options: ReadOptions = {}): Parsed {
  const format = options.format ?? formatOf(file, bytes);
  if (format === 'docx') return parseDocx(readDocx(bytes, file, { marks: options.marks ?? 'revisions' }), file, options);
  return parseText(decodeText(bytes, file), file, { ...options, format });
}

export function parseDocx(content: DocxContent, file: string, options: ReadOptions = {}): Parsed {
  const view = options.view ?? 'accepted';
  const lang = resolveLanguage(options.lang, docxText(content, view));
  return buildTree(docxSource(content, view, file, lang), lang);
}

export function parseFile(file: string, options: ReadOptions = {}): Parsed {
  return parseBytes(readInput(file), file, options);
}
