/**
 * Applying proposals to a resolution. References name clauses of the text the proposal was
 * drafted on (for ADD, the label of the new item's place in the proposed text); several proposals
 * apply in order, each resolved against the original labels. ADD re-letters the items after it
 * (a suffixed `c bis` leaves them alone), SUP closes the gap, and cross-references in the clauses
 * the proposal did not rewrite follow the new labels.
 */
import { baseOf, labelAt, listKind, normalizeLabel, ordinal, relabelText } from '../model/label.js';
import { normalizeHeading, type Language } from '../model/language.js';
import { assignIds, assignItemIds } from '../model/ids.js';
import type { Proposal, ProposalChange } from '../model/proposal.js';
import { formatReference, parseReference, type Reference } from '../model/reference.js';
import type { Block, Item, Resolution } from '../model/resolution.js';
import { slug } from '../model/slug.js';

/** A change that cannot be applied: the command turns it into one line naming file and line. */
export class ApplyError extends Error {
  override readonly name = 'ApplyError';
  constructor(
    message: string,
    readonly change: ProposalChange,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export interface ApplyNote {
  /** the clause that holds the reference */
  clause: string;
  message: string;
}

export interface Applied {
  resolution: Resolution;
  notes: ApplyNote[];
  /** id in the result -> id in the base, for every item that came from the base */
  origins: Map<string, string>;
}

/** Original ids of the base, kept on the working tree so later proposals still find their clauses. */
type Origins = WeakMap<Item | Block, string>;

function clone(res: Resolution, origins: Origins, previous?: Origins): Resolution {
  const copyItem = (it: Item): Item => {
    const c: Item = { ...it, items: it.items.map(copyItem) };
    origins.set(c, previous?.get(it) ?? it.id);
    return c;
  };
  const copyBlock = (b: Block): Block => {
    const c: Block = { ...b, items: b.items.map(copyItem) };
    origins.set(c, previous?.get(b) ?? b.id);
    return c;
  };
  return { ...res, blocks: res.blocks.map(copyBlock), annexes: res.annexes.map(copyBlock), footnotes: res.footnotes.map((n) => ({ ...n })) };
}

export function applyProposals(base: Resolution, proposals: readonly Proposal[], lang: Language): Applied {
  let origins: Origins = new WeakMap();
  let current = clone(base, origins);
  const notes: ApplyNote[] = [];
  for (const p of proposals) {
    const next: Origins = new WeakMap();
    current = clone(current, next, origins);
    origins = next;
    notes.push(...new ProposalRun(current, origins, lang, p).run());
  }
  const ids = new Map<string, string>();
  for (const b of [...current.blocks, ...current.annexes]) {
    for (const { item } of flatten(b.items)) {
      const from = origins.get(item);
      if (from) ids.set(item.id, from);
    }
  }
  return { resolution: current, notes, origins: ids };
}

export function applyProposal(base: Resolution, proposal: Proposal, lang: Language): Applied {
  return applyProposals(base, [proposal], lang);
}

interface Place {
  block: Block;
  /** the list the item is in (block items or a parent's items) */
  list: Item[];
  /** the item itself (MOD, SUP), or null for a new place (ADD) */
  item: Item | null;
  /** for ADD: the normalized label of the new item and the base item it follows */
  label?: string;
  labelText?: string;
  after?: Item | null;
}

class ProposalRun {
  private readonly notes: ApplyNote[] = [];
  /** lists whose labels must be laid anew, with each base item's label before the change */
  private readonly touched = new Map<Item[], { block: Block; before: Map<Item, string>; gone: Set<string> }>();
  /** items whose text the proposal gives: their cross-references are taken as written */
  private readonly rewritten = new Set<Item>();
  /** headings given to blocks by this proposal's own MOD lines: its ADD lines may use them */
  private readonly renamedTo = new Map<string, Block>();
  /** headings of blocks this proposal suppresses: references to their items are reported */
  private readonly goneHeadings = new Set<string>();
  /** the block of the last change: a new block without an explicit place goes after it */
  private lastBlock: Block | null = null;

  constructor(
    private readonly res: Resolution,
    private readonly origins: Origins,
    private readonly lang: Language,
    private readonly proposal: Proposal,
  ) {}

  run(): ApplyNote[] {
    if (this.proposal.revision) this.revise(this.proposal.revision);
    // Resolve every reference against the text as drafted, before anything moves.
    const planned = this.proposal.changes.map((c) => ({ change: c, place: this.resolve(c) }));
    this.checkTwice(planned);
    this.planAdds(planned);
    for (const { change, place } of planned) this.apply(change, place);
    this.renumber();
    assignIds(this.res);
    return this.notes;
  }

  // ---- references ------------------------------------------------------------------------

  private blocks(): Block[] {
    return [...this.res.blocks, ...this.res.annexes];
  }

  private findBlock(heading: string): Block | undefined {
    const key = normalizeHeading(heading);
    const known = this.lang.headingIndex.get(key)?.id;
    const byId = (b: Block): boolean => this.origins.get(b) === heading || b.id === heading;
    return (
      this.blocks().find((b) => normalizeHeading(b.heading) === key) ??
      this.blocks().find((b) => known !== undefined && (this.origins.get(b) === known || b.id === known)) ??
      this.blocks().find(byId) ??
      this.renamedTo.get(key)
    );
  }

  private referenceOf(change: ProposalChange): Reference {
    if (change.target) {
      // Derived by comparison: an id, `block/label/label`.
      const [head = '', ...labels] = change.target.split('/');
      if (['title', 'subtitle', 'formula'].includes(head)) return { kind: head as Reference['kind'], heading: '', labels: [], labelTexts: [] };
      if (head === 'footnote') return { kind: 'footnote', heading: labels[0] ?? '', labels: [], labelTexts: [] };
      // The labels as written come from the reference, when it names the same path.
      const written = parseReference(change.reference, this.lang).labelTexts;
      return { kind: 'clause', heading: head, labels, labelTexts: written.length === labels.length ? written : labels };
    }
    return parseReference(change.reference, this.lang);
  }

  private resolve(change: ProposalChange): Place | null {
    const ref = this.referenceOf(change);
    if (ref.kind !== 'clause') return null;
    if (change.op === 'MOD' && ref.labels.length === 0 && change.text) {
      const b = this.findBlock(ref.heading);
      if (b) this.renamedTo.set(normalizeHeading(change.text), b);
    }
    if (change.op === 'ADD' && ref.labels.length === 0) return null;
    const block = this.findBlock(ref.heading);
    if (!block) throw this.missing(change, `no block "${ref.heading}"`);
    if (ref.labels.length === 0) return { block, list: [], item: null };
    const labels = expandDotted(ref.labels);
    let list = block.items;
    let item: Item | null = null;
    const path = this.origins.get(block) ?? block.id;
    for (let k = 0; k < labels.length; k++) {
      const label = labels[k] as string;
      const last = k === labels.length - 1;
      if (last && change.op === 'ADD') {
        return { block, list, item: null, label, labelText: ref.labelTexts[ref.labelTexts.length - 1] ?? label };
      }
      const want = `${path}/${labels.slice(0, k + 1).join('/')}`;
      const found = list.find((it) => this.origins.get(it) === want) ?? list.find((it) => it.label === label && !this.origins.has(it));
      if (!found) throw this.missing(change, `no clause "${change.reference}"`);
      item = found;
      if (!last) list = found.items;
    }
    return { block, list, item };
  }

  /** One clause, one change per proposal: a second one is a drafting mistake, not an instruction. */
  private checkTwice(planned: { change: ProposalChange; place: Place | null }[]): void {
    const seen = new Map<Item | Block, ProposalChange>();
    for (const { change, place } of planned) {
      const node = place?.item ?? (place && !place.label ? place.block : null);
      if (!node || change.op === 'NOC') continue;
      const first = seen.get(node);
      if (first) throw new ApplyError(`changes "${change.reference}" again (see the ${first.op} on line ${first.line ?? '?'})`, change, 'give one change per clause');
      seen.set(node, change);
    }
  }

  private missing(change: ProposalChange, what: string): ApplyError {
    const all = this.blocks().flatMap((b) => [b.heading, ...flatten(b.items).map(({ item, path }) => formatReference(b.heading, [...path, item].map((i) => i.labelText)))]);
    const ref = change.reference.toLocaleLowerCase();
    const nearest = all
      .map((r) => [r, distance(ref, r.toLocaleLowerCase())] as const)
      .sort((a, b) => a[1] - b[1])
      .slice(0, 3)
      .map(([r]) => `"${r}"`);
    return new ApplyError(`${what} in the base`, change, nearest.length > 0 ? `nearest: ${nearest.join(', ')}` : undefined);
  }

  /**
   * Where each new item goes: rebuild each list as the proposal meant it (its suppressions out,
   * its additions at the place their label gives), then anchor every addition after the base
   * item that precedes it there.
   */
  private planAdds(planned: { change: ProposalChange; place: Place | null }[]): void {
    const byList = new Map<Item[], { change: ProposalChange; place: Place }[]>();
    for (const { change, place } of planned) {
      if (change.op !== 'ADD' || !place?.label) continue;
      const group = byList.get(place.list) ?? [];
      group.push({ change, place });
      byList.set(place.list, group);
    }
    for (const [list, adds] of byList) {
      const suppressed = new Set(planned.filter((p) => p.change.op === 'SUP' && p.place?.item && p.place.list === list).map((p) => p.place?.item));
      const kept = list.filter((it) => !suppressed.has(it));
      const intended: (Item | null)[] = [...kept];
      const plain = adds.filter((a) => !(a.place.label ?? '').includes(' '));
      const kind = listKind(list.map((it) => it.label)) ?? listKind(plain.map((a) => a.place.label ?? '')) ?? 'letter';
      const position = (label: string): number => {
        const n = ordinal(label, kind);
        return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
      };
      plain.sort((a, b) => position(a.place.label ?? '') - position(b.place.label ?? ''));
      for (const a of plain) {
        const wanted = position(a.place.label ?? '') - 1;
        const at = Math.max(0, Math.min(intended.length, wanted));
        if (wanted > intended.length) {
          this.notes.push({ clause: a.change.reference, message: `there is no place ${a.place.labelText ?? ''} yet: added at the end of the list` });
        }
        intended.splice(at, 0, null);
        const prev = intended.slice(0, at).reverse().find((x): x is Item => x !== null);
        a.place.after = prev ?? null;
      }
      for (const a of adds.filter((x) => (x.place.label ?? '').includes(' '))) {
        // `c bis)` follows `c)` and leaves the others alone.
        const base = baseOf(a.place.label ?? '');
        a.place.after = [...kept].reverse().find((it) => baseOf(it.label) === base) ?? kept.at(-1) ?? null;
      }
    }
  }

  // ---- changes ---------------------------------------------------------------------------

  private apply(change: ProposalChange, place: Place | null): void {
    const ref = this.referenceOf(change);
    const op = change.op === '(MOD)' ? 'MOD' : change.op;
    if (ref.kind === 'title' || ref.kind === 'subtitle' || ref.kind === 'formula') {
      if (op === 'MOD' || op === 'ADD') this.res[ref.kind] = change.text ?? this.res[ref.kind];
      if (op === 'SUP') this.res[ref.kind] = null;
      return;
    }
    if (ref.kind === 'footnote') {
      const note = this.res.footnotes.find((n) => n.id === ref.heading);
      if (op === 'ADD') this.res.footnotes.push({ id: ref.heading, text: change.text ?? '' });
      else if (!note) throw this.missing(change, `no footnote ${ref.heading}`);
      else if (op === 'MOD') note.text = change.text ?? note.text;
      else if (op === 'SUP') this.res.footnotes.splice(this.res.footnotes.indexOf(note), 1);
      return;
    }
    if (op === 'ADD' && !place) return this.addBlock(change);
    if (!place) return;
    this.lastBlock = place.block;
    if (!place.item && op !== 'ADD') return this.blockChange(change, place.block, op);
    if (op === 'NOC') return;
    if (op === 'MOD' && place.item) {
      if (change.text === undefined && !change.items) throw new ApplyError('MOD gives no new text', change, 'write the new text after the MOD line');
      place.item.text = change.text ?? place.item.text;
      // The same label written otherwise (`(a)` for `a)`) is an editorial change of its own.
      if (change.labelText && normalizeLabel(change.labelText, this.lang) === place.item.label) place.item.labelText = change.labelText;
      if (change.items) place.item.items = change.items.map((i) => ({ ...i }));
      this.rewritten.add(place.item);
      return;
    }
    if (op === 'SUP' && place.item) {
      this.touch(place.list, place.block);
      this.touched.get(place.list)?.gone.add(place.item.label);
      place.list.splice(place.list.indexOf(place.item), 1);
      return;
    }
    if (op === 'ADD') {
      const item: Item = { id: '', label: place.label ?? '', labelText: place.labelText ?? '', text: change.text ?? '', items: (change.items ?? []).map((i) => ({ ...i })) };
      const suffixed = (place.label ?? '').includes(' ');
      if (!suffixed) this.touch(place.list, place.block);
      let at = place.after ? place.list.indexOf(place.after) + 1 : 0;
      // After additions of earlier proposals at the same place.
      while (at < place.list.length && !this.origins.has(place.list[at] as Item)) at++;
      place.list.splice(at, 0, item);
      this.rewritten.add(item);
    }
  }

  private blockChange(change: ProposalChange, block: Block, op: string): void {
    if (op === 'NOC') return;
    if (op === 'SUP') {
      const list = block.part === 'annex' ? this.res.annexes : this.res.blocks;
      list.splice(list.indexOf(block), 1);
      this.goneHeadings.add(block.heading);
      return;
    }
    if (op === 'MOD') {
      if (!change.text) throw new ApplyError('MOD gives no new heading', change, 'write the new heading after the MOD line');
      block.heading = change.text;
      block.id = this.lang.headingIndex.get(normalizeHeading(change.text))?.id ?? slug(change.text);
    }
  }

  private addBlock(change: ProposalChange): void {
    const block = change.block;
    if (!block || block.items.length === 0) throw new ApplyError('ADD of a block gives no items', change, "write the new block's items after the ADD line");
    if (this.findBlock(block.heading)) throw new ApplyError(`the block "${block.heading}" is already in the base`, change, 'add items to it with ADD <heading> <label>, or rename it with MOD');
    const known = this.lang.headingIndex.get(normalizeHeading(block.heading));
    const anchor = change.after !== undefined ? (change.after === null ? null : this.findBlock(change.after) ?? null) : this.lastBlock;
    const part = known?.part ?? anchor?.part ?? block.part;
    const fresh: Block = { ...block, id: known?.id ?? slug(block.heading), part: part === 'annex' ? 'preamble' : part };
    let at: number;
    if (anchor && anchor.part !== 'annex') at = this.res.blocks.indexOf(anchor) + 1;
    else if (fresh.part === 'preamble') at = 0;
    else at = this.res.blocks.filter((b) => b.part === 'preamble').length;
    this.res.blocks.splice(at, 0, fresh);
    assignItemIds(fresh.id, fresh.items);
    for (const { item } of flatten(fresh.items)) this.rewritten.add(item);
    this.lastBlock = fresh;
  }

  private touch(list: Item[], block: Block): void {
    if (this.touched.has(list)) return;
    this.touched.set(list, { block, before: new Map(list.map((it) => [it, it.label])), gone: new Set() });
  }

  // ---- labels and cross-references -------------------------------------------------------

  private renumber(): void {
    const maps: { block: Block; top: boolean; map: Map<string, string>; gone: Set<string> }[] = [];
    for (const [list, { block, before, gone }] of this.touched) {
      // The kind and style of labels come from the list as it was, before the additions.
      const old = [...before.keys()].filter((it) => it.label !== '');
      const sample = old.find((it) => !it.label.includes(' ')) ?? list.find((it) => it.label !== '');
      const kind = listKind(old.map((it) => it.label)) ?? listKind(list.map((it) => it.label)) ?? (block.part === 'operative' ? 'number' : 'letter');
      const prefix = kind === 'dotted' ? baseOf(sample?.label ?? '').split('.').slice(0, -1).join('.') : '';
      const style = sample?.labelText ?? (kind === 'number' ? '1' : 'a)');
      const map = new Map<string, string>();
      let n = 0;
      let prevBase = '';
      for (const it of list) {
        if (!it.label) continue;
        // A suffixed label (`c bis`) follows whatever its predecessor became.
        const [head = '', ...suffix] = it.label.split(' ');
        const label = suffix.length > 0 ? `${prevBase || head} ${suffix.join(' ')}` : labelAt(++n, kind, prefix);
        if (suffix.length === 0) prevBase = label;
        const old = before.get(it);
        if (old !== undefined && old !== label) map.set(old, label);
        if (it.label !== label || !it.labelText) {
          it.labelText = relabelText(it.labelText || style, label, this.lang);
          it.label = label;
        }
      }
      maps.push({ block, top: list === block.items, map, gone });
    }
    this.crossReferences(maps.filter((m) => m.top));
  }

  private crossReferences(maps: { block: Block; map: Map<string, string>; gone: Set<string> }[]): void {
    // Labels in the language's own letters and digits; lists joined by commas or its conjunctions.
    const letter = `(?:${[...new Set([...this.lang.letters, ...'abcdefghijklmnopqrstuvwxyz'])].map(escape).join('|')})`;
    const digit = `[0-9${escape(this.lang.digits)}]`;
    const label = `(?:\\(?${letter}{1,2}\\)|${digit}{1,3}(?:\\.${digit}{1,3})*(?!${digit}))`;
    const words = this.lang.conjunctions.map(escape).join('|');
    const sep = `(?:\\s*[,،、]\\s*|\\s*(?:${words})\\s*|\\s*[–-]\\s*)`;
    const targets = [
      ...maps.map((m) => ({ heading: m.block.heading, map: m.map, gone: m.gone })),
      ...[...this.goneHeadings].map((heading) => ({ heading, map: new Map<string, string>(), gone: new Set(['*']) })),
    ];
    for (const t of targets) {
      if (t.map.size === 0 && t.gone.size === 0) continue;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])(${escape(t.heading)})\\s*(${label}(?:${sep}${label})*)`, 'giu');
      const visit = (clause: string, text: string): string =>
        text.replace(re, (whole, heading: string, list: string) => {
          const fixed = list.replace(new RegExp(label, 'gu'), (token) => {
            const norm = normalizeLabel(token, this.lang);
            if (t.gone.has('*') || t.gone.has(norm)) {
              this.notes.push({ clause, message: `refers to ${heading} ${token}, which is suppressed; left as it was` });
              return token;
            }
            const to = t.map.get(norm);
            return to ? relabelText(token, to, this.lang) : token;
          });
          return whole.replace(list, fixed);
        });
      for (const b of this.blocks()) {
        for (const { item } of flatten(b.items)) if (!this.rewritten.has(item)) item.text = visit(item.id || b.id, item.text);
      }
    }
  }

  private revise(revision: string): void {
    const res = this.res;
    if (res.title) {
      const upper = res.title === res.title.toLocaleUpperCase();
      const tag = upper ? revision.toLocaleUpperCase() : revision;
      res.title = /\([^()]*\)\s*$/u.test(res.title) ? res.title.replace(/\([^()]*\)\s*$/u, `(${tag})`) : `${res.title} (${tag})`;
      res.revision = tag;
    }
    const m = this.lang.revisionPattern.exec(revision.trim());
    if (res.formula && m?.groups) {
      const placeYear = `${m.groups['place'] ?? ''}, ${m.groups['year'] ?? ''}`;
      res.formula = res.formula.replace(/\(([^()]*,\s*\d{4})\)(?=[^()]*$)/u, `(${placeYear})`);
    }
  }
}

/** `3.1` names the sub-item 3.1 of item 3. */
function expandDotted(labels: string[]): string[] {
  return labels.flatMap((l) => (/^\d+(\.\d+)+$/u.test(l) && labels.length === 1 ? [l.split('.').slice(0, -1).join('.'), l] : [l]));
}

function flatten(items: Item[], path: Item[] = []): { item: Item; path: Item[] }[] {
  return items.flatMap((item) => [{ item, path }, ...flatten(item.items, [...path, item])]);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Edit distance, for suggesting the nearest references. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}
