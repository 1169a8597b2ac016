/** styles.xml: style names, the run properties styles give, and numbering attached to styles. */
import type { Document, Element } from '@xmldom/xmldom';
import { childElements, isTrue, isW, onOff, wAttr, wChild } from './xml.js';

/** The run properties the reader cares about; undefined = not set at this level. */
export interface RunProps {
  b?: boolean;
  i?: boolean;
  /** bold and italic of complex-script (Arabic, Hebrew...) text */
  bCs?: boolean;
  iCs?: boolean;
  u?: boolean;
  strike?: boolean;
  dstrike?: boolean;
  vanish?: boolean;
  rtl?: boolean;
  cs?: boolean;
}

const FLAGS = ['b', 'i', 'bCs', 'iCs', 'strike', 'dstrike', 'vanish', 'rtl', 'cs'] as const;

export function readRunProps(rPr: Element | undefined): RunProps {
  const props: RunProps = {};
  if (!rPr) return props;
  for (const flag of FLAGS) {
    const value = onOff(wChild(rPr, flag));
    if (value !== undefined) props[flag] = value;
  }
  const u = wChild(rPr, 'u');
  if (u) props.u = (wAttr(u, 'val') ?? 'single') !== 'none';
  return props;
}

/** `over` wins wherever it says something. */
export function mergeProps(base: RunProps, over: RunProps): RunProps {
  const out: RunProps = { ...base };
  for (const [key, value] of Object.entries(over) as [keyof RunProps, boolean | undefined][]) {
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** A w:numPr as written: either part may be missing and come from the paragraph style. */
export interface NumPr {
  numId: string | null;
  ilvl: number | null;
}

export function readNumPr(numPr: Element | undefined): NumPr | null {
  if (!numPr) return null;
  const numId = wAttr(wChild(numPr, 'numId'), 'val');
  const ilvl = Number.parseInt(wAttr(wChild(numPr, 'ilvl'), 'val') ?? '', 10);
  return { numId, ilvl: Number.isInteger(ilvl) ? ilvl : null };
}

interface StyleDef {
  name: string | null;
  basedOn: string | null;
  props: RunProps;
  numPr: NumPr | null;
}

/** How many styles a basedOn chain may run through (Word's own chains are a few long). */
const MAX_CHAIN = 64;

export class Styles {
  private readonly defs = new Map<string, StyleDef>();
  private readonly resolved = new Map<string, RunProps>();
  private readonly defaults: RunProps;
  private readonly defaultParagraph: string | null;

  constructor(doc: Document | null) {
    const root = doc?.documentElement ?? undefined;
    let defaultParagraph: string | null = null;
    for (const style of root ? childElements(root).filter((c) => isW(c, 'style')) : []) {
      const id = wAttr(style, 'styleId');
      if (id === null) continue;
      const pPr = wChild(style, 'pPr');
      this.defs.set(id, {
        name: wAttr(wChild(style, 'name'), 'val'),
        basedOn: wAttr(wChild(style, 'basedOn'), 'val'),
        props: readRunProps(wChild(style, 'rPr')),
        numPr: readNumPr(wChild(pPr, 'numPr')),
      });
      if (wAttr(style, 'type') === 'paragraph' && isTrue(wAttr(style, 'default'))) defaultParagraph = id;
    }
    this.defaultParagraph = defaultParagraph;
    this.defaults = readRunProps(wChild(wChild(wChild(root, 'docDefaults'), 'rPrDefault'), 'rPr'));
  }

  name(id: string | null): string | null {
    return id === null ? null : (this.defs.get(id)?.name ?? null);
  }

  /** What a paragraph's style gives its runs, document defaults included. */
  paragraphProps(id: string | null): RunProps {
    return mergeProps(this.defaults, this.props(id ?? this.defaultParagraph));
  }

  /** What a character style (w:rStyle) gives its run. */
  props(id: string | null): RunProps {
    return id === null ? {} : this.resolve(id, new Set());
  }

  /** Numbering a paragraph style carries, inherited through basedOn. */
  numbering(id: string | null): NumPr | null {
    const seen = new Set<string>();
    let current = id ?? this.defaultParagraph;
    while (current !== null && !seen.has(current)) {
      seen.add(current);
      const def = this.defs.get(current);
      if (!def) return null;
      if (def.numPr) return def.numPr;
      current = def.basedOn;
    }
    return null;
  }

  private resolve(id: string, seen: Set<string>): RunProps {
    const cached = this.resolved.get(id);
    if (cached) return cached;
    const def = this.defs.get(id);
    // a cycle, or a chain of styles longer than Word makes: what lies further is left out
    if (!def || seen.has(id) || seen.size >= MAX_CHAIN) return {};
    seen.add(id);
    const props = mergeProps(def.basedOn === null ? {} : this.resolve(def.basedOn, seen), def.props);
    this.resolved.set(id, props);
    return props;
  }
}
