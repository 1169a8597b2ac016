/** numbering.xml: list definitions, and counters that render each numbered paragraph's label. */
import type { Document, Element } from '@xmldom/xmldom';
import { formatNumber } from './number-format.js';
import type { Styles } from './styles.js';
import { childElements, isW, onOff, wAttr, wChild, wChildren } from './xml.js';

/** The longest level text kept (Word's own are `%1.%2.` and the like). */
const MAX_LEVEL_TEXT = 64;

const LEVELS = 9;

interface Level {
  start: number;
  format: string;
  text: string;
  /** restart after this 1-based level is used; 0 never; undefined after any higher level */
  restart: number | undefined;
  legal: boolean;
  /** the paragraph style tied to this level */
  style: string | null;
}

interface ListDef {
  /** lists of one abstract definition share their counters, as in Word and LibreOffice */
  abstractId: string;
  levels: Map<number, Level>;
  /** levels this list restarts (w:startOverride) where it is first used */
  restarts: number[];
}

function int(value: string | null): number | undefined {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) ? n : undefined;
}

function readLevel(lvl: Element): Level {
  return {
    start: int(wAttr(wChild(lvl, 'start'), 'val')) ?? 0,
    format: wAttr(wChild(lvl, 'numFmt'), 'val') ?? 'decimal',
    // a list label is a few characters: a level text of thousands of `%1` would make megabytes per paragraph
    text: (wAttr(wChild(lvl, 'lvlText'), 'val') ?? '').slice(0, MAX_LEVEL_TEXT),
    restart: int(wAttr(wChild(lvl, 'lvlRestart'), 'val')),
    legal: onOff(wChild(lvl, 'isLgl')) ?? false,
    style: wAttr(wChild(lvl, 'pStyle'), 'val'),
  };
}

function readLevels(abstract: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of wChildren(abstract, 'lvl')) {
    const ilvl = int(wAttr(lvl, 'ilvl'));
    if (ilvl !== undefined && ilvl >= 0 && ilvl < LEVELS) levels.set(ilvl, readLevel(lvl));
  }
  return levels;
}

export class Numbering {
  private readonly lists = new Map<string, ListDef>();

  constructor(doc: Document | null, styles: Styles) {
    const root = doc?.documentElement;
    if (!root) return;
    const abstracts = new Map<string, Element>();
    for (const el of childElements(root)) {
      const id = wAttr(el, 'abstractNumId');
      if (isW(el, 'abstractNum') && id !== null) abstracts.set(id, el);
    }
    const nums = new Map<string, Element>();
    for (const el of childElements(root)) {
      const id = wAttr(el, 'numId');
      if (isW(el, 'num') && id !== null) nums.set(id, el);
    }
    // A list style (w:numStyleLink) points through a style to the list that holds the levels.
    const abstractOf = (num: Element, depth: number): Element | undefined => {
      const abstract = abstracts.get(wAttr(wChild(num, 'abstractNumId'), 'val') ?? '');
      const link = wAttr(wChild(abstract, 'numStyleLink'), 'val');
      if (!abstract || link === null || depth > 3) return abstract;
      const linked = nums.get(styles.numbering(link)?.numId ?? '');
      return linked ? abstractOf(linked, depth + 1) : abstract;
    };
    for (const [numId, num] of nums) {
      const abstract = abstractOf(num, 0);
      if (!abstract) continue;
      const levels = readLevels(abstract);
      const restarts: number[] = [];
      for (const override of wChildren(num, 'lvlOverride')) {
        const ilvl = int(wAttr(override, 'ilvl'));
        if (ilvl === undefined || ilvl < 0 || ilvl >= LEVELS) continue;
        const replaced = wChild(override, 'lvl');
        const level = replaced ? readLevel(replaced) : levels.get(ilvl);
        const start = int(wAttr(wChild(override, 'startOverride'), 'val'));
        if (level) levels.set(ilvl, start === undefined ? level : { ...level, start });
        if (start !== undefined) restarts.push(ilvl);
      }
      this.lists.set(numId, { abstractId: wAttr(abstract, 'abstractNumId') ?? '', levels, restarts });
    }
  }

  /** The level a style sits at in a list, when the style does not say (w:lvl/w:pStyle). */
  levelOfStyle(numId: string, style: string | null): number | undefined {
    for (const [ilvl, level] of this.lists.get(numId)?.levels ?? []) {
      if (style !== null && level.style === style) return ilvl;
    }
    return undefined;
  }

  has(numId: string): boolean {
    return this.lists.has(numId);
  }

  counters(): ListCounters {
    return new ListCounters(this.lists);
  }
}

/** One pass over the paragraphs of one view of the document. */
export class ListCounters {
  private readonly state = new Map<string, (number | undefined)[]>();
  private readonly used = new Set<string>();

  constructor(private readonly lists: ReadonlyMap<string, ListDef>) {}

  /** Advances the list and returns the label, or null when nothing is shown. */
  next(numId: string, ilvl: number): string | null {
    const list = this.lists.get(numId);
    const level = list?.levels.get(ilvl);
    if (!list || !level) return null;
    let values = this.state.get(list.abstractId);
    if (!values) {
      values = new Array<number | undefined>(LEVELS).fill(undefined);
      this.state.set(list.abstractId, values);
    }
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const restarted of list.restarts) values[restarted] = undefined;
    }
    const current = values[ilvl];
    values[ilvl] = current === undefined ? level.start : current + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      const restart = list.levels.get(deeper)?.restart;
      if (restart === undefined || ilvl < restart) values[deeper] = undefined;
    }
    const label = level.text.replace(/%([1-9])/gu, (_, digit: string) => {
      const at = Number(digit) - 1;
      const referenced = list.levels.get(at);
      const value = values[at] ?? referenced?.start ?? 0;
      return formatNumber(value, level.legal ? 'decimal' : (referenced?.format ?? 'decimal'));
    });
    return visibleLabel(label, level.format);
  }
}

/** Symbol and Wingdings bullets live in the private use area: show them as a plain bullet. */
function visibleLabel(label: string, format: string): string | null {
  const text = (format === 'bullet' ? label.replace(/[\uF000-\uF0FF]/gu, '•') : label).trim();
  return text === '' ? null : text;
}
