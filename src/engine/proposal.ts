/**
 * A proposal meets its base. Instructions are taken as they are; a text becomes changes against
 * the base, by its mark: MOD (a marked-up text, or a clean one), ADD (new provisions), SUP (the
 * provisions it reproduces go), NOC (kept on purpose). Nothing is ever suppressed because a
 * proposal did not reproduce it: a text that reproduces part of the resolution is an excerpt.
 * The proposal's declared base must be the base; a marked-up text whose rejected view is not the
 * base was drafted on another text. Both are refused unless rebasing.
 */
import { clausesOf, referenceOf, type Clause } from '../model/clauses.js';
import { InputError } from '../model/errors.js';
import { knownHeading, type Language } from '../model/language.js';
import type { Proposal, ProposalChange, ProposalSource, ProposalText } from '../model/proposal.js';
import { formatReference, paragraphMark } from '../model/reference.js';
import type { Block, Resolution } from '../model/resolution.js';
import { compareResolutions } from './compare.js';
import { derive, type Selection } from './derive.js';
import { declaredBase, sameBase } from './base.js';
import { flattenedWords } from './flattened.js';

export class StaleBaseError extends InputError {
  override readonly name: string = 'StaleBaseError';
  constructor(
    readonly clauses: string[],
    file: string,
    line?: number,
  ) {
    super(
      `drafted on another text than the base: ${clauses.slice(0, 4).join(', ')}${clauses.length > 4 ? ` and ${clauses.length - 4} more` : ''}`,
      file,
      line,
      'check the base, or use --rebase to apply the changes whose clauses did not change',
    );
  }
}

export interface Derived {
  /** the changes against the base; null when the text concerns another resolution */
  proposal: Proposal | null;
  /** changes a rebase did not apply, one line each */
  refused: string[];
  /** what people should know: an excerpt's untouched provisions, a text left aside */
  notices: string[];
}

/** Where the proposal's own base differs from the base, as people cite it: `considering c) ("-mobile +smart")`. */
function staleClauses(base: Resolution, drafted: Resolution): string[] {
  const ours = new Map(clausesOf(base).map((c) => [c.id, c]));
  const theirs = new Map(clausesOf(drafted).map((c) => [c.id, c]));
  return compareResolutions(base, drafted)
    .comparison.changes.filter((c) => c.op === 'MOD' || c.op === 'ADD')
    .map((c) => {
      const clause = c.base ? ours.get(c.base) : c.revised ? theirs.get(c.revised) : undefined;
      const reference = clause ? referenceOf(clause, c.base ? ours : theirs) : (c.base ?? c.revised);
      // one line: the words of clauses that run over several lines are joined with spaces
      const words = (c.words ?? []).filter((s) => s.op !== 'equal').map((s) => `${s.op === 'insert' ? '+' : '-'}${s.text}`).join(' ').replace(/\s+/gu, ' ').trim();
      return `${reference} ("${words.length > 60 ? `${words.slice(0, 57)}...` : words}")`;
    });
}

/** The proposal as changes against `base`. */
export function proposalAgainst(source: ProposalSource, base: Resolution, lang: Language, rebase = false): Derived {
  if (source.form === 'instructions') {
    const notices = checkDeclaredBase(source.proposal.base, base, lang, source.proposal.file, undefined, rebase);
    return { proposal: source.proposal, refused: [], notices };
  }
  return new TextProposal(source, base, lang, rebase).derive();
}

/** The declared base against the base: refused when they differ, a notice when rebasing. */
function checkDeclaredBase(declared: string | null, base: Resolution, lang: Language, file: string, line: number | undefined, rebase: boolean): string[] {
  const said = declared ? declaredBase(declared, lang) : null;
  if (!said || sameBase(said, base, lang)) return [];
  const theirs = said.text;
  const ours = base.title ?? `${base.kind} ${base.number ?? ''}`;
  if (!rebase) throw new InputError(`drafted on ${theirs}, and the base is ${ours}`, file, line, 'give the text it was drafted on, or use --rebase to apply it to this one');
  return [`note: ${file}: drafted on ${theirs}, applied to ${ours} (--rebase)`];
}

class TextProposal {
  private readonly notices: string[] = [];
  private readonly file: string;

  constructor(
    private readonly source: ProposalText,
    private readonly base: Resolution,
    private readonly lang: Language,
    private readonly rebase: boolean,
  ) {
    this.file = source.meta.file;
  }

  private warn(warnings: readonly string[]): void {
    for (const w of warnings) this.notices.push(`warning: ${this.where()}: ${w}`);
  }

  private where(): string {
    return `${this.file}${this.source.line ? `:${this.source.line}` : ''}`;
  }

  derive(): Derived {
    const { source, base } = this;
    const own = source.rejected ?? source.revised;
    // A text on another resolution (a contribution may carry several) is not for this base.
    if (own.number && base.number && own.number.toLocaleUpperCase() !== base.number.toLocaleUpperCase()) {
      const label = source.meta.reference ? `${source.mark} ${source.meta.reference}` : source.mark;
      return { proposal: null, refused: [], notices: [`note: ${this.where()}: ${label} concerns ${own.title ?? own.number}, not the base: left aside`] };
    }
    const declared = source.meta.base ?? source.rejected?.title ?? null;
    this.notices.push(...checkDeclaredBase(declared, base, this.lang, this.file, source.line, this.rebase));
    const { changes, refused } = this.changes();
    const reasons = source.reasons.join('\n');
    const proposal: Proposal = {
      proposer: source.meta.proposer,
      reference: source.meta.reference,
      date: source.meta.date,
      revision: source.meta.revision,
      base: source.meta.base,
      form: source.meta.form,
      file: source.meta.file,
      ...(source.meta.contribution ? { contribution: source.meta.contribution } : {}),
      // One Reasons paragraph for a whole text explains all its changes.
      changes: changes.map((c) => ({ ...c, ...(reasons && c.reasons === undefined ? { reasons } : {}), ...(source.meta.reference ? { number: source.meta.reference } : {}) })),
    };
    return { proposal, refused, notices: this.notices };
  }

  private changes(): { changes: ProposalChange[]; refused: string[] } {
    switch (this.source.mark) {
      case 'ADD':
        return { changes: this.each('ADD'), refused: [] };
      case 'SUP':
        return { changes: this.each('SUP'), refused: [] };
      case 'NOC':
        return { changes: this.each('NOC'), refused: [] };
      default:
        return this.source.rejected ? this.marked(this.source.rejected) : { changes: this.clean(), refused: [] };
    }
  }

  /** ADD, SUP or NOC of every provision the text reproduces (a whole block when it has no items). */
  private each(op: 'ADD' | 'SUP' | 'NOC'): ProposalChange[] {
    const text = this.source.rejected ?? this.source.revised;
    const inBase = new Set(this.base.blocks.map((b) => b.id));
    const line = this.source.line;
    const blocks = [...text.blocks, ...text.annexes];
    return blocks.flatMap((block, k): ProposalChange[] => {
      const whole = op === 'ADD' ? !inBase.has(block.id) : block.items.length === 0 || this.reproducesAll(block.id, block.items.length);
      if (whole && op === 'ADD') return [{ op, reference: block.heading, block: structuredClone(block), after: this.placeOf(blocks.slice(0, k), block), ...(line ? { line } : {}) }];
      if (whole) return [{ op, reference: block.heading, ...(line ? { line } : {}) }];
      return block.items.map((it) => ({
        op,
        reference: formatReference(block.heading, [it.labelText || paragraphMark(it.id)]),
        ...(op === 'ADD' ? { text: it.text, labelText: it.labelText, ...(it.items.length > 0 ? { items: structuredClone(it.items) } : {}) } : {}),
        ...(line ? { line } : {}),
      }));
    });
  }

  /**
   * Where a new block of an ADD goes: after the base block the text shows before it, else at the
   * end of its part (an ADD that shows the block alone names no neighbour).
   */
  private placeOf(before: readonly Block[], block: Block): string | null {
    const shown = before.filter((b) => this.base.blocks.some((x) => x.id === b.id)).pop();
    if (shown) return shown.id;
    const part = knownHeading(block.heading, this.lang)?.part ?? block.part;
    return this.base.blocks.filter((b) => b.part === part).pop()?.id ?? null;
  }

  private reproducesAll(blockId: string, count: number): boolean {
    const block = this.base.blocks.find((b) => b.id === blockId);
    return block !== undefined && block.items.length === count;
  }

  /** A marked-up text: its own changes, from its rejected view to its accepted one. */
  private marked(rejected: Resolution): { changes: ProposalChange[]; refused: string[] } {
    const { source, base, lang } = this;
    const meta = { ...source.meta, form: 'markup' as const };
    const stale = staleClauses(base, rejected);
    const derived = derive(rejected, source.revised, meta, lang);
    this.warn(derived.warnings);
    const own = derived.proposal;
    const reproduced = new Set([...rejected.blocks, ...rejected.annexes].map((b) => b.id));
    const untouched = [...base.blocks, ...base.annexes].filter((b) => !reproduced.has(b.id)).length;
    if (untouched > 0 && source.mark !== 'ADD') this.notices.push(`note: ${this.where()}: read as an excerpt; ${untouched} ${untouched === 1 ? 'block' : 'blocks'} it does not reproduce ${untouched === 1 ? 'is' : 'are'} left as ${untouched === 1 ? 'it is' : 'they are'}`);
    if (stale.length === 0) return { changes: own.changes, refused: [] };
    if (!this.rebase) throw new StaleBaseError(stale, this.file, source.line);
    const baseText = new Map(clausesOf(base).map((c) => [c.id, c.text]));
    const ownText = new Map(clausesOf(rejected).map((c) => [c.id, c.text]));
    const refused: string[] = [];
    const kept: ProposalChange[] = [];
    for (const c of own.changes) {
      const id = c.target ?? '';
      if (c.op === 'ADD' || (baseText.has(id) && baseText.get(id) === ownText.get(id))) kept.push(c);
      else refused.push(`${this.file}: ${c.op} ${c.reference}: the clause reads differently in the base; not applied`);
    }
    return { changes: kept, refused };
  }

  /**
   * A clean text: the changes found by comparing it with the base. What it leaves out is an
   * excerpt's, untouched; in a text that reproduces every block, leaving out items is ambiguous
   * and refused unless `--form whole` (suppress them) or `--form revised` (keep them).
   */
  private clean(): ProposalChange[] {
    const { source, base, lang } = this;
    const flattened = flattenedWords(base, source.revised);
    if (flattened.length > 0) {
      const shown = flattened.slice(0, 3).map((w) => `"${w}"`).join(', ');
      throw new InputError(`looks like a marked-up text flattened to plain text: deleted and added words run together (${shown})`, this.file, source.line, 'give the original file, with its tracked changes or underline and strike-through, or the text with CriticMarkup');
    }
    const meta = { ...source.meta, form: 'revised' as const };
    const select: Selection | undefined = source.whole === true ? undefined : (changes, paired) => this.excerpt(changes, paired);
    const derived = derive(base, source.revised, meta, lang, select);
    this.warn(derived.warnings);
    return derived.proposal.changes;
  }

  private excerpt(changes: ProposalChange[], paired: ReadonlySet<string>): ProposalChange[] {
    const { base, source } = this;
    const omitted = changes.filter((c) => c.op === 'SUP' && c.target !== undefined && !paired.has(c.target));
    if (omitted.length === 0) return changes;
    const clauses = clausesOf(base);
    const byId = new Map(clauses.map((c) => [c.id, c]));
    const pairedBlocks = new Set(clauses.filter((c) => c.kind === 'block' && paired.has(c.id)).map((c) => c.id));
    const looksWhole = source.revised.title !== null && base.blocks.every((b) => pairedBlocks.has(b.id));
    const items = omitted.filter((c) => byId.get(c.target ?? '')?.kind === 'item');
    if (looksWhole && items.length > 0 && source.whole === null) {
      const names = items.slice(0, 3).map((c) => `"${c.reference}"`).join(', ');
      throw new InputError(
        `the clean text reproduces every block but leaves out ${names}${items.length > 3 ? ` and ${items.length - 3} more` : ''}: left out, or suppressed?`,
        this.file,
        source.line,
        'mark them struck through or write SUP lines to suppress them, or give --form whole (suppress what it leaves out) or --form revised (keep it)',
      );
    }
    const gone = new Set(omitted);
    // An excerpt that gives a label a new text whose old text it does not reproduce rewrites it.
    const replaced = new Map<string, ProposalChange>();
    for (const sup of omitted) replaced.set(sup.target ?? '', sup);
    const kept: ProposalChange[] = [];
    let rewritten = 0;
    for (const c of changes) {
      if (gone.has(c)) continue;
      const old = c.op === 'ADD' && c.target ? replaced.get(c.target) : undefined;
      if (old && byId.get(old.target ?? '')?.kind === 'item') {
        replaced.delete(c.target ?? '');
        rewritten++;
        kept.push({ op: 'MOD', reference: referenceOf(byId.get(old.target ?? '') as Clause, byId), target: old.target as string, text: c.text ?? '', ...(c.items ? { items: c.items } : {}) });
        continue;
      }
      kept.push(c);
    }
    const untouched = omitted.length - rewritten;
    if (untouched === 0) return kept;
    this.notices.push(`note: ${this.where()}: read as an excerpt; ${untouched} ${untouched === 1 ? 'provision' : 'provisions'} it does not reproduce ${untouched === 1 ? 'is' : 'are'} left as ${untouched === 1 ? 'it is' : 'they are'}${looksWhole ? '' : ' (--form whole to suppress what a clean text leaves out)'}`);
    return kept;
  }
}
