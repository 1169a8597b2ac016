/** Finds the parts of a Word package through its relationships, as Word does, not by fixed names. */
import type { Document, Element } from '@xmldom/xmldom';
import { InputError } from '../../model/errors.js';
import { childElements, isW, parseXml, plainAttr, wChild } from './xml.js';
import { RESAVE_HINT, unzipParts } from './zip.js';

export interface DocxPackage {
  body: Element;
  styles: Document | null;
  numbering: Document | null;
  footnotes: Document | null;
}

function resolveTarget(from: string, target: string): string {
  const base = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  const out = [...base];
  for (const segment of target.replace(/^\//u, '').split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/** Relationship targets of a part, keyed by the last word of their type (`styles`, `footnotes`). */
function relationships(parts: Map<string, Uint8Array>, part: string, file: string): Map<string, string> {
  const slash = part.lastIndexOf('/');
  const relsName = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const bytes = parts.get(relsName.toLowerCase());
  const out = new Map<string, string>();
  const root = bytes ? parseXml(bytes, relsName, file).documentElement : null;
  for (const rel of root ? childElements(root) : []) {
    const type = plainAttr(rel, 'Type');
    const target = plainAttr(rel, 'Target');
    if (rel.localName !== 'Relationship' || !type || !target || plainAttr(rel, 'TargetMode') === 'External') continue;
    const kind = type.slice(type.lastIndexOf('/') + 1);
    if (!out.has(kind)) out.set(kind, resolveTarget(part, target));
  }
  return out;
}

export function openPackage(bytes: Uint8Array, file: string): DocxPackage {
  const parts = unzipParts(bytes, file);
  const main = relationships(parts, '', file).get('officeDocument') ?? 'word/document.xml';
  const mainBytes = parts.get(main.toLowerCase());
  if (!mainBytes) throw new InputError(`not a Word document (no ${main})`, file, undefined, RESAVE_HINT);
  const root = parseXml(mainBytes, main, file).documentElement;
  const body = root && isW(root, 'document') ? wChild(root, 'body') : undefined;
  if (!body) throw new InputError(`not a Word document (${main} has no body)`, file, undefined, RESAVE_HINT);
  const rels = relationships(parts, main, file);
  // Fall back on Word's usual names for packages written without relationships.
  const related = (kind: string): Document | null => {
    const name = rels.get(kind) ?? `word/${kind}.xml`;
    const data = parts.get(name.toLowerCase());
    return data ? parseXml(data, name, file) : null;
  };
  return { body, styles: related('styles'), numbering: related('numbering'), footnotes: related('footnotes') };
}
