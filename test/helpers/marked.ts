/**
 * Marked-up fixtures in other shapes: the paragraphs of a CriticMarkup text as a spec for
 * LibreOffice to write as a Word file (underline and strike-through, or tracked changes), and
 * the same text flattened as a careless copy would flatten it, deleted and added words run together.
 */
import { english } from '../../src/languages/registry.js';
import { normalizeHeading } from '../../src/model/language.js';
import type { BuildParagraph, BuildSpec } from '../oracle/libreoffice.js';

const MARK = /\{\+\+([\s\S]*?)\+\+\}|\{--([\s\S]*?)--\}|\{~~([\s\S]*?)~>([\s\S]*?)~~\}/gu;

function runs(paragraph: string): BuildParagraph['runs'] {
  const out: BuildParagraph['runs'] = [];
  let from = 0;
  for (const m of paragraph.matchAll(MARK)) {
    if (m.index > from) out.push({ text: paragraph.slice(from, m.index), op: 'equal' });
    if (m[1] !== undefined) out.push({ text: m[1], op: 'insert' });
    else if (m[2] !== undefined) out.push({ text: m[2], op: 'delete' });
    else out.push({ text: m[3] ?? '', op: 'delete' }, { text: m[4] ?? '', op: 'insert' });
    from = m.index + m[0].length;
  }
  if (from < paragraph.length) out.push({ text: paragraph.slice(from), op: 'equal' });
  return out.filter((r) => r.text !== '');
}

/** A plain-text CriticMarkup file (a paragraph per blank-line block) as a Word file to build; block headings in italics. */
export function wordSpec(text: string, out: string, mode: BuildSpec['mode'], author: string): BuildSpec {
  const headings = english().headingIndex;
  const paragraphs = text
    .split(/\n{2,}/u)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ({ italic: headings.has(normalizeHeading(p.replace(MARK, (m, a?: string, d?: string, f?: string, t?: string) => a ?? d ?? t ?? f ?? m))), runs: runs(p) }));
  return { out, mode, author, paragraphs };
}

/** The text with its marks dropped and both sides of each change kept, run together. */
export function flatten(text: string): string {
  return text.replace(MARK, (_m, ins?: string, del?: string, from?: string, to?: string) => ins ?? del ?? `${from ?? ''}${to ?? ''}`);
}
