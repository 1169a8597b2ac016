/**
 * One proposal applied to the working tree: its references resolved against the text as
 * drafted (references.ts), its additions placed (placement.ts), each change made, then labels
 * and cross-references laid anew (renumber.ts) and ids with them.
 */
import { assignIds, assignItemIds } from '../../model/ids.js';
import { isSuffixed, normalizeLabel } from '../../model/label.js';
import { knownHeading } from '../../model/language.js';
import type { ProposalChange } from '../../model/proposal.js';
import type { Block, Item } from '../../model/resolution.js';
import { slug } from '../../model/slug.js';
import { itemsOf } from '../../model/visit.js';
import { placeAdditions } from './placement.js';
import { checkTwice, References } from './references.js';
import { renumber } from './renumber.js';
import { reviseTag } from './revision.js';
import { ApplyError, type Place, type Run } from './types.js';

export class ProposalRun {
  private readonly refs: References;
  /** the block of the last change: a new block without an explicit place goes after it */
  private lastBlock: Block | null = null;

  constructor(private readonly run: Run) {
    this.refs = new References(run);
  }

  apply(): void {
    const { proposal, res, lang } = this.run;
    if (proposal.revision) reviseTag(res, proposal.revision, lang);
    const planned = this.refs.plan();
    checkTwice(planned, proposal.file);
    placeAdditions(this.run, planned);
    for (const { change, place } of planned) this.change(change, place);
    renumber(this.run);
    assignIds(res);
  }

  private error(message: string, change: ProposalChange, hint?: string): ApplyError {
    return new ApplyError(message, change, hint, this.run.proposal.file);
  }

  private change(change: ProposalChange, place: Place | null): void {
    const ref = this.refs.referenceOf(change);
    const op = change.op === '(MOD)' ? 'MOD' : change.op;
    const res = this.run.res;
    if (ref.kind === 'title' || ref.kind === 'subtitle' || ref.kind === 'formula') {
      if (op === 'MOD' || op === 'ADD') res[ref.kind] = change.text ?? res[ref.kind];
      if (op === 'SUP') res[ref.kind] = null;
      return;
    }
    if (ref.kind === 'footnote') return this.footnote(change, op, ref.heading);
    if (!place) {
      if (op === 'ADD') this.addBlock(change);
      // A NOC of a block the proposal added: the blocks added next go after it.
      else if (op === 'NOC') this.lastBlock = this.refs.findBlock(ref.heading) ?? this.lastBlock;
      return;
    }
    this.lastBlock = place.block;
    if (!place.item && op !== 'ADD') return this.blockChange(change, place.block, op);
    if (op === 'NOC') return;
    if (op === 'MOD' && place.item) return this.modify(change, place.item);
    if (op === 'SUP' && place.item) {
      this.touch(place.list, place.block);
      this.run.touched.get(place.list)?.gone.set(place.item.label, change);
      place.list.splice(place.list.indexOf(place.item), 1);
      return;
    }
    if (op === 'ADD') this.addItem(change, place);
  }

  private footnote(change: ProposalChange, op: string, id: string): void {
    const notes = this.run.res.footnotes;
    const note = notes.find((n) => n.id === id);
    if (op === 'ADD') notes.push({ id, text: change.text ?? '' });
    else if (!note) throw this.refs.missing(change, `no footnote ${id}`);
    else if (op === 'MOD') note.text = change.text ?? note.text;
    else if (op === 'SUP') notes.splice(notes.indexOf(note), 1);
  }

  private modify(change: ProposalChange, item: Item): void {
    if (change.text === undefined && !change.items) throw this.error('MOD gives no new text', change, 'write the new text after the MOD line');
    item.text = change.text ?? item.text;
    // The same label written otherwise (`(a)` for `a)`) is an editorial change of its own.
    if (change.labelText && normalizeLabel(change.labelText, this.run.lang) === item.label) item.labelText = change.labelText;
    if (change.items) item.items = change.items.map((i) => ({ ...i }));
    this.run.rewritten.add(item);
  }

  private addItem(change: ProposalChange, place: Place): void {
    const item: Item = { id: '', label: place.label ?? '', labelText: place.labelText ?? '', text: change.text ?? '', items: (change.items ?? []).map((i) => ({ ...i })) };
    if (!isSuffixed(place.label ?? '')) this.touch(place.list, place.block);
    let at = place.after ? place.list.indexOf(place.after) + 1 : 0;
    // After additions of earlier proposals at the same place.
    while (at < place.list.length && !this.run.origins.has(place.list[at] as Item)) at++;
    place.list.splice(at, 0, item);
    this.run.rewritten.add(item);
  }

  private blockChange(change: ProposalChange, block: Block, op: string): void {
    const { res, lang } = this.run;
    if (op === 'SUP') {
      const list = block.part === 'annex' ? res.annexes : res.blocks;
      list.splice(list.indexOf(block), 1);
      this.run.goneHeadings.set(block.heading, change);
    } else if (op === 'MOD') {
      if (!change.text) throw this.error('MOD gives no new heading', change, 'write the new heading after the MOD line');
      block.heading = change.text;
      block.id = knownHeading(change.text, lang)?.id ?? slug(change.text);
    }
  }

  private addBlock(change: ProposalChange): void {
    const { res, lang } = this.run;
    const block = change.block;
    if (!block || block.items.length === 0) throw this.error('ADD of a block gives no items', change, "write the new block's items after the ADD line");
    if (this.refs.findBlock(block.heading)) throw this.error(`the block "${block.heading}" is already in the base`, change, 'add items to it with ADD <heading> <label>, or rename it with MOD');
    const known = knownHeading(block.heading, lang);
    const anchor = change.after !== undefined ? (change.after === null ? null : (this.refs.findBlock(change.after) ?? null)) : this.lastBlock;
    const part = known?.part ?? anchor?.part ?? block.part;
    const fresh: Block = { ...block, id: known?.id ?? slug(block.heading), part: part === 'annex' ? 'preamble' : part };
    let at: number;
    if (anchor && anchor.part !== 'annex') at = res.blocks.indexOf(anchor) + 1;
    else if (fresh.part === 'preamble') at = 0;
    else at = res.blocks.filter((b) => b.part === 'preamble').length;
    res.blocks.splice(at, 0, fresh);
    assignItemIds(fresh.id, fresh.items);
    for (const item of itemsOf([fresh])) this.run.rewritten.add(item);
    this.lastBlock = fresh;
  }

  private touch(list: Item[], block: Block): void {
    if (this.run.touched.has(list)) return;
    this.run.touched.set(list, { block, before: new Map(list.map((it) => [it, it.label])), gone: new Map() });
  }
}
