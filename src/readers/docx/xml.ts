/** Safe XML parsing and the few DOM helpers the Word reader needs. */
import type { Document, Element, Node } from '@xmldom/xmldom';
import { InputError } from '../../model/errors.js';
import { xmlParser } from '../parsers.js';
import { RESAVE_HINT } from './zip.js';

// Transitional and Strict OOXML use different namespaces for the same vocabulary.
const W_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MATH_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/math',
  'http://purl.oclc.org/ooxml/officeDocument/math',
]);

class XmlProblem extends Error {}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Parses one package part; no DTD is ever read, so no entity can expand. */
export function parseXml(bytes: Uint8Array, part: string, file: string): Document {
  const text = decode(bytes);
  if (/<!DOCTYPE/iu.test(text)) {
    throw new InputError(`refused: ${part} contains a DOCTYPE`, file, undefined, RESAVE_HINT);
  }
  // xmldom wraps what onError throws in its own words: keep the first report as it came.
  let problem: string | null = null;
  const DOMParser = xmlParser();
  const parser = new DOMParser({
    onError: (level, message) => {
      // A replacement character is odd text, not broken XML.
      if (level === 'warning' && /replacement character/iu.test(message)) return;
      problem ??= message;
      throw new XmlProblem(message);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    const reported = problem ?? (error instanceof Error ? error.message : String(error));
    const detail = reported.split('\n')[0]?.trim() ?? '';
    throw new InputError(
      `not a Word document (${part} is not well-formed XML${detail ? `: ${detail.slice(0, 120)}` : ''})`,
      file,
      undefined,
      RESAVE_HINT,
    );
  }
  if (!doc.documentElement) {
    throw new InputError(`not a Word document (${part} is empty)`, file, undefined, RESAVE_HINT);
  }
  return doc;
}

// Sibling links, not `children`: xmldom's live lists recount on every access, quadratic on a body.
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (isElement(node)) out.push(node);
  }
  return out;
}

function isElement(node: Node): node is Element {
  return node.nodeType === node.ELEMENT_NODE;
}

export function isW(el: Element, local: string): boolean {
  return el.localName === local && W_NAMESPACES.has(el.namespaceURI ?? '');
}

/** The local name of a `w:` element, or null for other vocabularies. */
export function wName(el: Element): string | null {
  return W_NAMESPACES.has(el.namespaceURI ?? '') ? el.localName : null;
}

export function isMath(el: Element): boolean {
  return MATH_NAMESPACES.has(el.namespaceURI ?? '');
}

export function wChild(el: Element | undefined, local: string): Element | undefined {
  return el ? childElements(el).find((c) => isW(c, local)) : undefined;
}

export function wChildren(el: Element, local: string): Element[] {
  return childElements(el).filter((c) => isW(c, local));
}

/** A `w:`-prefixed attribute, by local name. */
export function wAttr(el: Element | undefined, local: string): string | null {
  if (!el) return null;
  for (let i = 0; i < el.attributes.length; i++) {
    const attr = el.attributes.item(i);
    if (attr && attr.localName === local && W_NAMESPACES.has(attr.namespaceURI ?? '')) return attr.value;
  }
  return null;
}

/** An attribute without namespace, as in relationship files. */
export function plainAttr(el: Element, name: string): string | null {
  return el.hasAttribute(name) ? el.getAttribute(name) : null;
}

export function isTrue(value: string | null): boolean {
  return value !== null && !['0', 'false', 'off'].includes(value.toLowerCase());
}

/** An on/off property element (`<w:b/>`, `<w:b w:val="0"/>`); undefined when absent. */
export function onOff(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const val = wAttr(el, 'val');
  return val === null || isTrue(val);
}
