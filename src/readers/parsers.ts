/**
 * Parsers loaded when a format is first read, so that a command reading a .txt never loads them.
 * Word's zip and XML parsers (fflate and xmldom, both with CommonJS builds) are required on first use. The Markdown parser (remark, ES
 * modules only) cannot be loaded synchronously: the command line loads it before a command reads a
 * Markdown input (`loadParsers`), and the library entry loads it at once, its calls being synchronous.
 */
import { createRequire } from 'node:module';
import type { DOMParser } from '@xmldom/xmldom';
import type { Root } from 'mdast';
import type { InputFormat } from './input.js';

let markdown: ((text: string) => Root) | undefined;
let xml: typeof DOMParser | undefined;
let zip: typeof import('fflate') | undefined;

/** Make the Markdown parser available to the synchronous readers. */
export function useMarkdownParser(parse: (text: string) => Root): void {
  markdown = parse;
}

/** Load the parsers that inputs of these formats need. */
export async function loadParsers(formats: Iterable<InputFormat>): Promise<void> {
  if (!markdown && [...formats].includes('markdown')) useMarkdownParser((await import('./markdown-parser.js')).parseMarkdown);
}

export function markdownParser(): (text: string) => Root {
  if (!markdown) throw new Error("the Markdown parser is not loaded: import from 'resolution-redline', or await loadParsers(['markdown']) first");
  return markdown;
}

export function xmlParser(): typeof DOMParser {
  xml ??= (createRequire(import.meta.url)('@xmldom/xmldom') as typeof import('@xmldom/xmldom')).DOMParser;
  return xml;
}

/** fflate, for the zip of a .docx: its tables are built when it loads, which a .txt need not pay for. */
export function zipLibrary(): typeof import('fflate') {
  zip ??= createRequire(import.meta.url)('fflate') as typeof import('fflate');
  return zip;
}
