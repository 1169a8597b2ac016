/**
 * Random edit scripts on a resolution, as a drafter would make them: insert, delete, reword and
 * move items, move an item to another block, add and remove blocks. Labels follow positions, as
 * in a real re-lettered text.
 */
import fc from 'fast-check';
import { english } from '../../src/languages/registry.js';
import type { Resolution } from '../../src/model/resolution.js';
import { word } from './generate.js';

export interface Outline {
  head: string[];
  blocks: { heading: string; part: 'preamble' | 'operative'; texts: string[] }[];
}

export function outlineOf(res: Resolution): Outline {
  return {
    head: [res.title, res.subtitle, res.formula].filter((t): t is string => t !== null),
    blocks: res.blocks.map((b) => ({ heading: b.heading, part: b.part === 'operative' ? 'operative' : 'preamble', texts: b.items.map((i) => i.text) })),
  };
}

const CROSS_REFERENCE = /\b(?:considering|recognizing|recalling|resolves)\s+[a-z0-9]{1,2}\)?(?:(?:,\s*|\s+and\s+)[a-z0-9]{1,2}\)?)*\s+above/giu;

/**
 * The outline with its cross-references (`resolves 1, 2 and 3 above`) written out: random edits
 * move what they point at, which a drafter would fix and a script does not; the cross-reference
 * rules have tests of their own.
 */
export function withoutCrossReferences(o: Outline): Outline {
  return { ...o, blocks: o.blocks.map((b) => ({ ...b, texts: b.texts.map((t) => t.replace(CROSS_REFERENCE, 'the provisions set out above')) })) };
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

export function outlineText(o: Outline): string {
  const lines = [...o.head];
  for (const b of o.blocks) {
    lines.push(b.heading);
    b.texts.forEach((t, k) => lines.push(`${b.part === 'operative' ? String(k + 1) : `${letters[k] ?? 'z'})`}\t${t}`));
  }
  return `${lines.join('\n\n')}\n`;
}

export type Edit =
  | { kind: 'insert'; block: number; at: number; words: string[] }
  | { kind: 'delete'; block: number; at: number }
  | { kind: 'reword'; block: number; at: number; word: number; by: string }
  | { kind: 'move'; block: number; from: number; to: number }
  | { kind: 'across'; block: number; from: number; to: number; at: number }
  | { kind: 'addBlock'; at: number; heading: number; words: string[][] }
  | { kind: 'removeBlock'; block: number };

const pick = fc.nat(1000);
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), block: pick, at: pick, words: fc.array(word, { minLength: 8, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('delete' as const), block: pick, at: pick }),
  fc.record({ kind: fc.constant('reword' as const), block: pick, at: pick, word: pick, by: word }),
  fc.record({ kind: fc.constant('move' as const), block: pick, from: pick, to: pick }),
  fc.record({ kind: fc.constant('across' as const), block: pick, from: pick, to: pick, at: pick }),
  fc.record({ kind: fc.constant('addBlock' as const), at: pick, heading: pick, words: fc.array(fc.array(word, { minLength: 8, maxLength: 14 }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('removeBlock' as const), block: pick }),
);

let serial = 0;
/** A fresh text that no other clause contains. */
const fresh = (ws: string[]): string => `that ${ws.join(' ')} qz${(serial++).toString(36)};`;

export interface Applied {
  outline: Outline;
  /** texts reworded by a few words: must show as word edits, not a replaced clause */
  reworded: Set<string>;
}

export function applyEdits(o: Outline, edits: readonly Edit[]): Applied {
  const out: Outline = { head: [...o.head], blocks: o.blocks.map((b) => ({ ...b, texts: [...b.texts] })) };
  const reworded = new Set<string>();
  const headings = english().headings;
  for (const e of edits) {
    const blocks = out.blocks;
    if (blocks.length === 0) break;
    const b = blocks[('block' in e ? e.block : 0) % blocks.length];
    if (!b) continue;
    switch (e.kind) {
      case 'insert':
        b.texts.splice(e.at % (b.texts.length + 1), 0, fresh(e.words));
        break;
      case 'delete':
        if (b.texts.length > 1) b.texts.splice(e.at % b.texts.length, 1);
        break;
      case 'reword': {
        const at = e.at % b.texts.length;
        const words = (b.texts[at] ?? '').split(' ');
        if (words.length < 10) break;
        const k = 1 + (e.word % (words.length - 2));
        words[k] = `${e.by}x`;
        const text = words.join(' ');
        reworded.delete(b.texts[at] ?? '');
        b.texts[at] = text;
        reworded.add(text);
        break;
      }
      case 'move': {
        const [t] = b.texts.splice(e.from % b.texts.length, 1);
        if (t !== undefined) b.texts.splice(e.to % (b.texts.length + 1), 0, t);
        break;
      }
      case 'across': {
        const target = blocks[e.to % blocks.length];
        if (!target || target === b || b.texts.length < 2) break;
        const [t] = b.texts.splice(e.from % b.texts.length, 1);
        if (t !== undefined) target.texts.splice(e.at % (target.texts.length + 1), 0, t);
        break;
      }
      case 'addBlock': {
        const used = new Set(blocks.map((x) => x.heading));
        const h = headings.filter((x) => !used.has(x.text))[e.heading % (headings.length - used.size)];
        if (!h) break;
        // Preamble blocks stay before operative ones.
        const firstOp = blocks.findIndex((x) => x.part === 'operative');
        const lo = h.part === 'preamble' ? 0 : firstOp < 0 ? blocks.length : firstOp;
        const hi = h.part === 'preamble' ? (firstOp < 0 ? blocks.length : firstOp) : blocks.length;
        blocks.splice(lo + (e.at % (hi - lo + 1)), 0, { heading: h.text, part: h.part, texts: e.words.map(fresh) });
        break;
      }
      case 'removeBlock':
        if (blocks.length > 1) blocks.splice(blocks.indexOf(b), 1);
        break;
    }
  }
  return { outline: out, reworded };
}
