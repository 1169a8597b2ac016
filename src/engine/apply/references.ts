/**
 * Where each change goes: references (`considering a)`, `resolves 3 ii)`, `recalling further`,
 * or a clause id for derived changes) resolved against the text the proposal was drafted on,
 * before anything moves. A missing clause is an error that names the nearest ones.
 */
import { normalizeHeading } from '../../model/language.js';
import type { ProposalChange } from '../../model/proposal.js';
import { formatReference, isParagraphLabel, parseReference, type Reference } from '../../model/reference.js';
import type { Block, Item } from '../../model/resolution.js';
import { visits } from '../../model/visit.js';
import { ApplyError, blocksOf, type Place, type Planned, type Run } from './types.js';

export class References {
  /** headings given to blocks by this proposal's own MOD lines: its ADD lines may use them */
  private readonly renamedTo = new Map<string, Block>();
  /** headings of blocks this proposal adds: a NOC of one places the blocks added after it */
  private readonly addedHeadings = new Set<string>();

  constructor(private readonly run: Run) {
    for (const c of run.proposal.changes) if (c.block) this.addedHeadings.add(normalizeHeading(c.block.heading));
  }

  findBlock(heading: string): Block | undefined {
    const { res, origins, lang } = this.run;
    const key = normalizeHeading(heading);
    const known = lang.headingIndex.get(key)?.id;
    const all = blocksOf(res);
    return (
      all.find((b) => normalizeHeading(b.heading) === key) ??
      all.find((b) => known !== undefined && (origins.get(b) === known || b.id === known)) ??
      all.find((b) => origins.get(b) === heading || b.id === heading) ??
      this.renamedTo.get(key)
    );
  }

  /** A NOC of a block the proposal itself adds: it only says where the next new block goes. */
  isAnchor(change: ProposalChange, ref: Reference): boolean {
    return change.op === 'NOC' && ref.kind === 'clause' && ref.labels.length === 0 && this.addedHeadings.has(normalizeHeading(ref.heading)) && !this.findBlock(ref.heading);
  }

  referenceOf(change: ProposalChange): Reference {
    if (change.target) {
      // Derived by comparison: an id, `block/label/label`.
      const [head = '', ...labels] = change.target.split('/');
      if (head === 'title' || head === 'subtitle' || head === 'formula') return { kind: head, heading: '', labels: [], labelTexts: [] };
      if (head === 'footnote') return { kind: 'footnote', heading: labels[0] ?? '', labels: [], labelTexts: [] };
      // The labels as written come from the reference, when it names the same path.
      const written = parseReference(change.reference, this.run.lang).labelTexts;
      return { kind: 'clause', heading: head, labels, labelTexts: written.length === labels.length ? written : labels };
    }
    return parseReference(change.reference, this.run.lang);
  }

  /** Every change with its place, resolved before anything moves. */
  plan(): Planned[] {
    return this.run.proposal.changes.map((change) => ({ change, place: this.resolve(change) }));
  }

  private resolve(change: ProposalChange): Place | null {
    const ref = this.referenceOf(change);
    if (ref.kind !== 'clause' || this.isAnchor(change, ref)) return null;
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
    const path = this.run.origins.get(block) ?? block.id;
    for (let k = 0; k < labels.length; k++) {
      const label = labels[k] as string;
      const last = k === labels.length - 1;
      if (last && change.op === 'ADD') {
        if (isParagraphLabel(label)) throw new ApplyError('an unlabelled paragraph cannot be added by its place', change, 'give the new paragraph as part of the MOD of the item or block it belongs to', this.run.proposal.file);
        return { block, list, item: null, label, labelText: ref.labelTexts[ref.labelTexts.length - 1] ?? label };
      }
      const want = `${path}/${labels.slice(0, k + 1).join('/')}`;
      const found = list.find((it) => this.run.origins.get(it) === want) ?? list.find((it) => it.label === label && !this.run.origins.has(it));
      if (!found) throw this.missing(change, `no clause "${change.reference}"`);
      item = found;
      if (!last) list = found.items;
    }
    return { block, list, item };
  }

  missing(change: ProposalChange, what: string): ApplyError {
    const all = blocksOf(this.run.res).flatMap((b) => [b.heading, ...visits([b]).map(({ item, ancestors }) => formatReference(b.heading, [...ancestors, item].map((i) => i.labelText)))]);
    const ref = change.reference.toLocaleLowerCase();
    const nearest = all
      .map((r) => [r, distance(ref, r.toLocaleLowerCase())] as const)
      .sort((a, b) => a[1] - b[1])
      .slice(0, 3)
      .map(([r]) => `"${r}"`);
    return new ApplyError(`${what} in the base`, change, nearest.length > 0 ? `nearest: ${nearest.join(', ')}` : undefined, this.run.proposal.file);
  }
}

/** One clause, one change per proposal: a second one is a drafting mistake, not an instruction. */
export function checkTwice(planned: readonly Planned[], file: string): void {
  const seen = new Map<Item | Block, ProposalChange>();
  for (const { change, place } of planned) {
    const node = place?.item ?? (place && !place.label ? place.block : null);
    if (!node || change.op === 'NOC') continue;
    const first = seen.get(node);
    if (first) throw new ApplyError(`changes "${change.reference}" again (see the ${first.op} on line ${first.line ?? '?'})`, change, 'give one change per clause', file);
    seen.set(node, change);
  }
}

/** `3.1` names the sub-item 3.1 of item 3. */
function expandDotted(labels: string[]): string[] {
  return labels.flatMap((l) => (/^\d+(\.\d+)+$/u.test(l) && labels.length === 1 ? [l.split('.').slice(0, -1).join('.'), l] : [l]));
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
