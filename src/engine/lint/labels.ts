/**
 * Lint: the labels of every list (a block's items, an item's sub-items) run in sequence, in one
 * style. Reported: a label where another is expected, gaps, duplicates, labels out of order,
 * labels written unlike the rest of their list (`(b)` among `a)`, `3.` or `b)` among `1`), a
 * suffixed label (`c bis)`) away from its base, and a sub-list that is probably an item with a
 * wrong label: the parser puts a label that starts a sequence (`a)`, `i)`) under the item before
 * it, so a re-lettered item shows as a sub-list of one item, or as a sub-list just before a gap.
 *
 * A list is read in the style most of its labels are written in (on a tie, the style the file
 * uses most at that depth of that part, then numbers for operative items and letters for others).
 * A label of another class (`b)` among `1`) is reported for its style and stands in the place of
 * the label expected there. A list that starts at `i)` is read as letters and as roman numerals,
 * and the reading that leaves fewer findings is kept (on a tie, roman for a sub-list, as sub-items
 * are numbered, and letters for a block's items).
 */
import { baseOf, isRoman, isSuffixed, labelAt, labelKind, listKind, ordinal, relabelText, type LabelKind } from '../../model/label.js';
import type { Language } from '../../model/language.js';
import type { LintInput, RawFinding, Rule } from '../../model/lint.js';
import { escapeRegExp } from '../../model/regexp.js';
import type { Block, Item } from '../../model/resolution.js';
import { documentViews, type DocumentView } from './context.js';

/** The shape of a label as written: letters and digits of any script reduced (`(b)` -> `(a)`, `3.` -> `1.`). */
function styleOf(labelText: string, lang: Language): string {
  const suffixes = lang.labelSuffixes.map(escapeRegExp).join('|');
  const core = suffixes ? labelText.replace(new RegExp(`\\s+(?:${suffixes})(?=[.)）]?$)`, 'u'), '') : labelText;
  return core.replace(/\p{L}+/gu, 'a').replace(/\p{N}+/gu, '1');
}

/** Letters, numbers or dotted numbers: a style without its brackets and full stop. */
const classOf = (style: string): string => style.replace(/[()（）]/gu, '').replace(/\.$/u, '');

/** A finding before it is placed: on which item, what and what to do. */
interface Pending {
  item: Item;
  message: string;
  fix: string;
}

class ListChecker {
  readonly out: RawFinding[] = [];
  /** items with a finding: a list of one is not reported again */
  private readonly reported = new Set<Item>();

  constructor(
    private readonly view: DocumentView,
    private readonly lang: Language,
    private readonly usage: ReadonlyMap<string, number>,
  ) {}

  private place(p: Pending): RawFinding {
    return { rule: 'labels', line: this.view.line(p.item.id), clause: this.view.reference(p.item.id), message: p.message, fix: p.fix };
  }

  /** A list and, after it, the lists under its items. */
  check(block: Block, list: readonly Item[], parent: Item | null, depth: number): void {
    this.list(block, list, parent, depth);
    const labelled = list.filter((it) => it.label !== '');
    const only = labelled[0];
    // a dotted label (`2.1`) is put under the item it names: alone, it is a report's sub-paragraph
    if (parent !== null && labelled.length === 1 && list.length === 1 && only !== undefined && labelKind(only.label) !== 'dotted' && !this.reported.has(only)) {
      this.push({
        item: only,
        message: `"${only.labelText}" is the only item of its list under "${parent.labelText || parent.id}"`,
        fix: 'add the other items of the list, or check the label: an item labelled to start a list is put under the item before it',
      });
    }
    for (const it of list) this.check(block, it.items, it, depth + 1);
  }

  /**
   * The style of most labels of a list; on a tie, the one the file uses most at this depth of this
   * part, then the one of the part's convention for a block's items (numbers in the operative part,
   * letters elsewhere), then the first.
   */
  private majority(styles: readonly string[], block: Block, depth: number): string {
    const counts = new Map<string, number>();
    for (const s of styles) counts.set(s, (counts.get(s) ?? 0) + 1);
    const usage = (s: string): number => this.usage.get(usageKey(block, depth, s)) ?? 0;
    const conventional = (s: string): number => (depth === 0 && (classOf(s) === '1') === (block.part === 'operative') ? 1 : 0);
    const rank = (s: string): number[] => [counts.get(s) ?? 0, usage(s), conventional(s)];
    let best = styles[0] ?? '';
    for (const s of styles) {
      const a = rank(s);
      const b = rank(best);
      const k = a.findIndex((x, i) => x !== b[i]);
      if (k >= 0 && (a[k] ?? 0) > (b[k] ?? 0)) best = s;
    }
    return best;
  }

  private list(block: Block, list: readonly Item[], parent: Item | null, depth: number): void {
    const labelled = list.filter((it) => it.label !== '');
    if (labelled.length === 0) return;
    const styles = labelled.map((it) => styleOf(it.labelText, this.lang));
    const style = this.majority(styles, block, depth);
    const sample = labelled.find((it, k) => styles[k] === style && !isSuffixed(it.label)) ?? labelled[0];
    const sampleText = sample?.labelText ?? '';
    // labels written otherwise but of the same class (`(b)` among `a)`) keep their place in the
    // sequence; those of another class (`b)` among `1`) stand in the place of the label expected there
    const cls = classOf(style);
    const foreign = new Set(labelled.filter((_, k) => classOf(styles[k] ?? '') !== cls));
    labelled.forEach((it, k) => {
      if (styles[k] === style) return;
      this.push({
        item: it,
        message: `label "${it.labelText}" is written unlike the others of its list ("${sampleText}")`,
        fix: foreign.has(it) ? `label it as the others of its list are ("${sampleText}")` : `write it "${relabelText(sampleText, it.label, this.lang)}", as the others are`,
      });
    });
    const items = labelled.filter((it) => !foreign.has(it));
    const listed: LabelKind = listKind(items.map((it) => it.label)) ?? 'letter';
    const startsAtI = items.find((it) => !isSuffixed(it.label))?.label === 'i';
    let reading = this.sequence(labelled, foreign, parent, listed, sampleText);
    if (startsAtI && (listed === 'letter' || listed === 'roman')) {
      const other = this.sequence(labelled, foreign, parent, listed === 'letter' ? 'roman' : 'letter', sampleText);
      const preferred = parent !== null ? 'roman' : 'letter';
      const a = reading.length;
      const b = other.length;
      if (b < a || (b === a && listed !== preferred)) reading = other;
    }
    for (const p of reading) this.push(p);
  }

  private push(p: Pending): void {
    this.reported.add(p.item);
    this.out.push(this.place(p));
  }

  /** The findings of one reading of a list's labels as a sequence of a kind. */
  private sequence(labelled: readonly Item[], foreign: ReadonlySet<Item>, parent: Item | null, kind: LabelKind, sampleText: string): Pending[] {
    const findings: Pending[] = [];
    const report = (item: Item, message: string, fix: string): void => void findings.push({ item, message, fix });
    const items = labelled.filter((it) => !foreign.has(it));
    const first = items.find((it) => !isSuffixed(it.label));
    const prefix = kind === 'dotted' ? (parent && parent.label ? baseOf(parent.label) : baseOf(first?.label ?? '').split('.').slice(0, -1).join('.')) : '';
    const labelFor = (n: number): string => relabelText(sampleText, labelAt(n, kind, prefix), this.lang);
    const plain = items.filter((it) => !isSuffixed(it.label));

    let expected = 1;
    let before: Item | null = null;
    let lastPlain: Item | null = null;
    const seen = new Map<string, Item>();
    for (const it of labelled) {
      if (foreign.has(it)) {
        // reported for its style; it takes the expected place when the next label comes after it
        const next = plain.find((p) => labelled.indexOf(p) > labelled.indexOf(it));
        if (next !== undefined && baseOf(next.label) === labelAt(expected + 1, kind, prefix)) expected++;
        continue;
      }
      const previous = before;
      before = it;
      const where = previous ? `after "${previous.labelText}"` : 'at the start of its list';
      const twice = seen.get(it.label);
      if (!twice) seen.set(it.label, it);
      if (isSuffixed(it.label)) {
        const base = relabelText(sampleText, baseOf(it.label), this.lang);
        if (twice) report(it, `label "${it.labelText}" appears twice in its list${this.firstOn(twice)}`, 'give each item its own label');
        else if (!lastPlain || baseOf(lastPlain.label) !== baseOf(it.label)) report(it, `label "${it.labelText}" stands ${where}, not after its base "${base}"`, `move the item after "${base}", or re-label it`);
        continue;
      }
      const want = labelAt(expected, kind, prefix);
      const next = plain[plain.indexOf(it) + 1];
      lastPlain = it;
      if (baseOf(it.label) === want) {
        expected++;
        continue;
      }
      // the next label is the one after the expected one: this item stands in the expected one's place
      const standsIn = next !== undefined && baseOf(next.label) === labelAt(expected + 1, kind, prefix);
      const ord = kind === 'roman' && !isRoman(it.label) ? Number.NaN : ordinal(it.label, kind);
      if (twice) {
        report(it, `label "${it.labelText}" appears twice in its list${this.firstOn(twice)}`, standsIn ? `label it "${labelFor(expected)}"` : 'give each item its own label, re-labelling the list');
        if (standsIn) expected++;
      } else if (standsIn || Number.isNaN(ord)) {
        report(it, `label "${it.labelText}" ${where} where "${labelFor(expected)}" is expected`, `label it "${labelFor(expected)}"`);
        expected++;
      } else if (ord > expected) {
        const missing = ord - expected === 1 ? `"${labelFor(expected)}" is missing` : `"${labelFor(expected)}" to "${labelFor(ord - 1)}" are missing`;
        report(it, `label "${it.labelText}" ${where}: ${missing}`, `re-label the list from "${it.labelText}" on, or add the missing item`);
        // the item before the gap has a sub-list: it may be the missing item, labelled as if it started a list
        const sub = previous?.items.find((s) => s.label !== '');
        if (ord - expected === 1 && previous && sub) {
          report(
            sub,
            `"${sub.labelText}" opens a sub-list of "${previous.labelText}" just before "${it.labelText}", which skips "${labelFor(expected)}": it may be "${labelFor(expected)}" with a wrong label`,
            `if this is item "${labelFor(expected)}", label it so; otherwise re-label the list`,
          );
        }
        expected = ord + 1;
      } else {
        report(it, `label "${it.labelText}" is out of order ${where}`, `label it "${labelFor(expected)}", re-labelling the list`);
        expected++;
      }
    }
    return findings;
  }

  private firstOn(item: Item): string {
    const line = this.view.line(item.id);
    return line === null ? '' : ` (first on line ${line})`;
  }
}

const usageKey = (block: Block, depth: number, style: string): string => `${block.part}/${depth}/${style}`;

/** How often each label style is used in a file, per part and depth. */
function styleUsage(input: LintInput): Map<string, number> {
  const usage = new Map<string, number>();
  const count = (block: Block, items: readonly Item[], depth: number): void => {
    for (const it of items) {
      if (it.label !== '') {
        const key = usageKey(block, depth, styleOf(it.labelText, input.lang));
        usage.set(key, (usage.get(key) ?? 0) + 1);
      }
      count(block, it.items, depth + 1);
    }
  };
  for (const res of input.documents) for (const block of [...res.blocks, ...res.annexes]) count(block, block.items, 0);
  return usage;
}

export const labelsRule: Rule = {
  id: 'labels',
  severity: 'error',
  description: 'item labels run in sequence within each list (no gaps, duplicates or disorder) and in one style',
  check(input: LintInput): RawFinding[] {
    const usage = styleUsage(input);
    return documentViews(input).flatMap((view) => {
      const checker = new ListChecker(view, input.lang, usage);
      for (const block of [...view.res.blocks, ...view.res.annexes]) checker.check(block, block.items, null, 0);
      return checker.out;
    });
  },
};
