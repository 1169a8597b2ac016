/**
 * Deterministic proposals for the merge benchmarks: instruction proposals (docs/formats.md, form 1)
 * from many proposers on one resolution or across a collection. Each proposal makes 3 to 6
 * changes: MODs of a few words of an item, some on clauses other proposals also change (the same
 * words changed the same way, other words of the clause, or the same words changed otherwise),
 * a few ADDs at the end of a block and SUPs, and a few NOCs on clauses others change.
 */
import type { Block, Item, Resolution } from '../src/model/resolution.js';
import { random, VOCABULARY } from './corpus.js';

export interface Proposer {
  /** the group of its proposal numbers: 2 to 6 capitals */
  symbol: string;
  name: string;
}

export interface GeneratedProposal {
  /** file name, without folder */
  file: string;
  text: string;
  proposer: string;
  /** the number of the resolution it is on */
  resolution: string;
  ops: { MOD: number; ADD: number; SUP: number; NOC: number };
}

const COUNTRIES: readonly [string, string][] = [
  ['ARG', 'Argentine Republic'], ['AUS', 'Australia'], ['BRA', 'Federative Republic of Brazil'], ['CAN', 'Canada'],
  ['CHN', "People's Republic of China"], ['DEU', 'Federal Republic of Germany'], ['EGY', 'Arab Republic of Egypt'],
  ['FRA', 'France'], ['GBR', 'United Kingdom of Great Britain and Northern Ireland'], ['IND', 'Republic of India'],
  ['IRN', 'Islamic Republic of Iran'], ['JPN', 'Japan'], ['KEN', 'Republic of Kenya'], ['KOR', 'Republic of Korea'],
  ['MEX', 'Mexico'], ['NGA', 'Federal Republic of Nigeria'], ['RUS', 'Russian Federation'], ['SAU', 'Kingdom of Saudi Arabia'],
  ['USA', 'United States of America'], ['ZAF', 'Republic of South Africa'], ['ALG', "People's Democratic Republic of Algeria"],
  ['CHL', 'Chile'], ['COL', 'Republic of Colombia'], ['CZE', 'Czech Republic'], ['DNK', 'Denmark'], ['ESP', 'Spain'],
  ['FIN', 'Finland'], ['GHA', 'Ghana'], ['IDN', 'Republic of Indonesia'], ['ITA', 'Italy'], ['MAR', 'Kingdom of Morocco'],
  ['MYS', 'Malaysia'], ['NOR', 'Norway'], ['PAK', 'Islamic Republic of Pakistan'], ['POL', 'Republic of Poland'],
  ['SEN', 'Republic of Senegal'], ['SWE', 'Sweden'], ['TUR', 'Republic of Türkiye'], ['UAE', 'United Arab Emirates'],
  ['URG', 'Eastern Republic of Uruguay'],
];

export function proposers(count: number): Proposer[] {
  if (count > COUNTRIES.length) throw new Error(`at most ${COUNTRIES.length} proposers`);
  return COUNTRIES.slice(0, count).map(([symbol, name]) => ({ symbol, name }));
}

/** `REV. BUSAN, 2002` → `Rev. Busan, 2002` */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s(])(\p{L})/gu, (_m, pre: string, c: string) => `${pre}${c.toUpperCase()}`);
}

/** The `base:` line naming a resolution: `Resolution 179 (Rev. Dubai, 2018)`. */
export function baseLine(res: Resolution): string {
  if (res.number === null) throw new Error('a resolution without a number');
  return `Resolution ${res.number}${res.revision ? ` (${titleCase(res.revision)})` : ''}`;
}

interface Slot {
  block: Block;
  item: Item;
  /** index of the item in its block */
  index: number;
  key: string;
  words: string[];
  /** word positions a MOD may change: plain lower-case words, not the first or the last */
  editable: number[];
}

/** A MOD's edit: positions in the item's words and the words put there. */
interface Edit {
  positions: number[];
  words: string[];
}

interface Author {
  proposer: Proposer;
  /** `ARG/12` */
  document: string;
  date: string;
}

const WORD = /^[a-z]+$/u;

/**
 * The proposals of `authors` (in that order) on one resolution. `nocs` proposals (after the first)
 * carry one NOC each, on a clause an earlier proposal changes.
 */
function proposalsOn(res: Resolution, authors: readonly Author[], rnd: () => number, nocs: number): GeneratedProposal[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const shuffled = <T>(xs: readonly T[]): T[] => {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [a[i], a[j]] = [a[j] as T, a[i] as T];
    }
    return a;
  };
  const baseText = res.blocks.flatMap((b) => b.items.map((i) => i.text)).join('\n');
  const slots: Slot[] = res.blocks.flatMap((block) =>
    block.items.flatMap((item, index): Slot[] => {
      if (!item.label || item.items.length > 0 || item.text.includes('\n')) return [];
      const words = item.text.split(' ');
      const editable = words.map((w, k) => (k > 0 && k < words.length - 1 && WORD.test(w) ? k : -1)).filter((k) => k >= 0);
      if (editable.length < 6) return [];
      return [{ block, item, index, key: `${block.id}/${item.label}`, words, editable }];
    }),
  );
  if (slots.length < 6) throw new Error(`${baseLine(res)}: too few items to propose on`);
  /** an item the text refers to (`resolves 1, 2 and 3 above`, `considering d) above`) */
  const referenced = (s: Slot): boolean => {
    const heading = s.block.heading.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    for (const m of baseText.matchAll(new RegExp(`${heading} ([^;]{0,40}?) above`, 'gu'))) {
      if ((m[1] as string).split(/[\s,]+/u).includes(s.item.labelText)) return true;
    }
    return false;
  };
  const hot = shuffled(slots).slice(0, Math.max(2, Math.ceil(authors.length / 3)));
  const edits = new Map<string, Edit[]>();
  const nocAt = new Set(shuffled(authors.map((_, k) => k).slice(1)).slice(0, nocs));
  const replacement = (not: readonly string[]): string => {
    for (;;) {
      const w = pick(VOCABULARY);
      if (!not.includes(w)) return w;
    }
  };
  const freshEdit = (slot: Slot, avoid: readonly number[]): Edit | null => {
    const free = slot.editable.filter((k) => avoid.every((a) => Math.abs(a - k) >= 3));
    if (free.length === 0) return null;
    const first = pick(free);
    const positions = [first];
    // a few words: sometimes the next word too, sometimes another word further on
    if (rnd() < 0.4 && free.includes(first + 1)) positions.push(first + 1);
    if (rnd() < 0.3) {
      const far = free.filter((k) => Math.abs(k - first) >= 4);
      if (far.length > 0) positions.push(pick(far));
    }
    positions.sort((a, b) => a - b);
    return { positions, words: positions.map((k) => replacement([slot.words[k] as string])) };
  };
  const modText = (slot: Slot, edit: Edit): string => {
    const words = [...slot.words];
    edit.positions.forEach((k, n) => {
      words[k] = edit.words[n] as string;
    });
    return words.join(' ');
  };
  const nextLabel = (block: Block): string | null => {
    const last = block.items[block.items.length - 1]?.labelText ?? '';
    if (/^\d+$/u.test(last)) return String(Number(last) + 1);
    const letter = /^([a-y])\)$/u.exec(last);
    return letter ? `${String.fromCharCode((letter[1] as string).charCodeAt(0) + 1)})` : null;
  };
  const sentence = (): string => Array.from({ length: 14 + Math.floor(rnd() * 14) }, () => pick(VOCABULARY)).join(' ');
  const reasons = (): string => `Reasons: ${sentence().replace(/^./u, (c) => c.toUpperCase())}.`;

  return authors.map((author, index): GeneratedProposal => {
    const count = 3 + Math.floor(rnd() * 4);
    const ops = { MOD: 0, ADD: 0, SUP: 0, NOC: 0 };
    const touched = new Set<string>();
    /** blocks this proposal adds to or suppresses in: it changes nothing else there, so its labels stay the base's */
    const reserved = new Set<string>();
    const changes: string[] = [];
    let n = 0;
    const number = (): string => `${author.document}/${++n}`;
    const free = (s: Slot): boolean => !touched.has(s.key) && !reserved.has(s.block.id);

    if (rnd() < 0.3) {
      const block = pick(res.blocks);
      const label = nextLabel(block);
      if (label) {
        const end = block.items[block.items.length - 1]?.text.slice(-1) ?? ';';
        const text = `${block.part === 'operative' ? 'to' : 'that'} ${sentence()}${/[;,.]/u.test(end) ? end : ';'}`;
        changes.push(`ADD ${number()} ${block.heading} ${label}\n\n${label}\t${text}\n\n${reasons()}`);
        reserved.add(block.id);
        ops.ADD++;
      }
    }
    if (rnd() < 0.25) {
      // not the last item of its block (its punctuation would be left wrong), nor one the text refers to
      const candidates = slots.filter((s) => free(s) && s.index < s.block.items.length - 1 && !referenced(s));
      if (candidates.length > 0) {
        const s = pick(candidates);
        changes.push(`SUP ${number()} ${s.block.heading} ${s.item.labelText}\n\n${reasons()}`);
        touched.add(s.key);
        reserved.add(s.block.id);
        ops.SUP++;
      }
    }
    let noc: Slot | null = null;
    if (nocAt.has(index)) {
      const candidates = slots.filter((s) => free(s) && (edits.get(s.key)?.length ?? 0) > 0);
      noc = candidates.length > 0 ? pick(candidates) : null;
      if (noc) touched.add(noc.key);
    }
    while (ops.ADD + ops.SUP + ops.MOD + (noc ? 1 : 0) < count) {
      const pool = (rnd() < 0.5 ? hot : slots).filter(free);
      const candidates = pool.length > 0 ? pool : slots.filter(free);
      if (candidates.length === 0) break;
      const s = pick(candidates);
      const earlier = edits.get(s.key) ?? [];
      let edit: Edit | null = null;
      const r = rnd();
      if (earlier.length > 0 && r < 0.3) {
        // identical to another proposal's
        edit = pick(earlier);
      } else if (earlier.length > 0 && r < 0.55) {
        // the same word, changed otherwise: a conflict
        const other = pick(earlier);
        const k = other.positions[0] as number;
        edit = { positions: [k], words: [replacement([s.words[k] as string, other.words[0] as string])] };
      } else {
        // other words of the clause: compatible with what others propose
        edit = freshEdit(s, earlier.flatMap((e) => e.positions)) ?? (earlier.length > 0 ? pick(earlier) : null);
      }
      if (!edit) continue;
      edits.set(s.key, [...earlier, edit]);
      touched.add(s.key);
      changes.push(`MOD ${number()} ${s.block.heading} ${s.item.labelText}\n\n${s.item.labelText}\t${modText(s, edit)}\n\n${reasons()}`);
      ops.MOD++;
    }
    if (noc) {
      changes.push(`NOC ${number()} ${noc.block.heading} ${noc.item.labelText}\n\nReasons: The present text should be kept as it is.`);
      ops.NOC++;
    }
    const front = ['---', `proposer: ${author.proposer.name}`, `reference: ${author.document}`, `date: ${author.date}`, `base: ${baseLine(res)}`, '---'].join('\n');
    return {
      file: '',
      text: `${front}\n\n${changes.join('\n\n')}\n`,
      proposer: author.proposer.symbol,
      resolution: res.number ?? '',
      ops,
    };
  });
}

function date(rnd: () => number): string {
  return `2026-${String(1 + Math.floor(rnd() * 6)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
}

/** `count` proposals from `count` different proposers on one resolution (case 1). */
export function proposalsOnOne(res: Resolution, count: number, seed = 20): GeneratedProposal[] {
  const rnd = random(seed);
  const authors = proposers(count).map((proposer, k) => ({ proposer, document: `${proposer.symbol}/${10 + k}`, date: date(rnd) }));
  return proposalsOn(res, authors, rnd, 1).map((p, k) => ({ ...p, file: `p${String(k + 1).padStart(2, '0')}-${p.proposer}.md` }));
}

/**
 * `count` proposals from `proposerCount` proposers across the resolutions of a collection: every
 * resolution gets one, the rest go mostly to the first resolutions (a few draw many proposals, as
 * at a real conference). No proposer sends two proposals on one resolution. In the order given,
 * the resolutions are interleaved.
 */
export function proposalsAcross(docs: readonly Resolution[], count: number, proposerCount: number, seed = 200): GeneratedProposal[] {
  const rnd = random(seed);
  const numbers = docs.map((d) => d.number);
  if (new Set(numbers).size !== docs.length || numbers.includes(null)) throw new Error('the resolutions of the collection need distinct numbers');
  const people = proposers(proposerCount);
  const target = Array.from({ length: count }, (_, k) => (k < docs.length ? k : Math.floor(docs.length * rnd() ** 2)));
  // interleave
  for (let i = target.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [target[i], target[j]] = [target[j] as number, target[i] as number];
  }
  const used = docs.map(() => new Set<string>());
  const sent = new Map<string, number>();
  const authors = target.map((d, k) => {
    const taken = used[d] as Set<string>;
    const start = Math.floor(rnd() * people.length);
    let proposer: Proposer | undefined;
    for (let i = 0; i < people.length && !proposer; i++) {
      const p = people[(start + i) % people.length] as Proposer;
      if (!taken.has(p.symbol)) proposer = p;
    }
    if (!proposer) throw new Error(`more than ${people.length} proposals on one resolution`);
    taken.add(proposer.symbol);
    const doc = (sent.get(proposer.symbol) ?? 0) + 1;
    sent.set(proposer.symbol, doc);
    return { k, d, author: { proposer, document: `${proposer.symbol}/${doc}`, date: date(rnd) } };
  });
  const out: GeneratedProposal[] = new Array<GeneratedProposal>(count);
  docs.forEach((res, d) => {
    const mine = authors.filter((a) => a.d === d);
    const nocs = mine.slice(1).filter(() => rnd() < 0.1).length;
    const made = proposalsOn(res, mine.map((a) => a.author), rnd, nocs);
    made.forEach((p, i) => {
      const k = (mine[i] as { k: number }).k;
      out[k] = { ...p, file: `p${String(k + 1).padStart(3, '0')}-${p.proposer}-r${res.number ?? ''}.md` };
    });
  });
  return out;
}
