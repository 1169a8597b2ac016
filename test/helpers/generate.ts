/**
 * Random resolutions for property tests: trees that any ITU text could hold (known and unknown
 * headings, lettered and numbered items, sub-items, footnotes), and simple editable outlines.
 */
import fc from 'fast-check';
import { english } from '../../src/languages/registry.js';
import type { Block, Item, Resolution } from '../../src/model/resolution.js';

const WORDS = [
  'network', 'children', 'online', 'protection', 'members', 'states', 'development', 'bureau', 'guidelines',
  'capacity', 'regional', 'cooperation', 'awareness', 'industry', 'research', 'standards', 'spectrum',
  'access', 'safety', 'report', 'council', 'experts', 'policies', 'measures', 'platform', 'services',
  'Внимание', 'доступ', 'Union', 'Sector', 'secretariat', 'budget', 'young', 'people', 'countries',
];

export const word = fc.constantFrom(...WORDS);

/** Item text: starts with a word (never with something that reads as a label), ends with punctuation. */
export const sentence = (end: string): fc.Arbitrary<string> =>
  fc.array(word, { minLength: 3, maxLength: 14 }).map((ws) => `that ${ws.join(' ')}${end}`);

const letters = 'abcdefghijklmnopqrstuvwxyz';
const roman = ['i', 'ii', 'iii', 'iv', 'v'];

function items(texts: string[], part: Block['part'], blockId: string, subs: string[][]): Item[] {
  return texts.map((text, k) => {
    const label = part === 'operative' ? String(k + 1) : (letters[k] ?? 'z');
    const id = `${blockId}/${label}`;
    const children = (subs[k] ?? []).map((t, n) => ({ id: `${id}/${roman[n]}`, label: roman[n] ?? 'i', labelText: `${roman[n]})`, text: t, items: [] }));
    return { id, label, labelText: part === 'operative' ? label : `${label})`, text, items: children };
  });
}

const headingPool = english().headings.filter((h) => h.id === h.text.toLowerCase().replace(/[^a-z]+/gu, '-'));

export const resolutionTree: fc.Arbitrary<Resolution> = fc
  .record({
    number: fc.integer({ min: 1, max: 400 }),
    year: fc.integer({ min: 1994, max: 2030 }),
    place: fc.constantFrom('Dubai', 'Busan', 'Bucharest', 'Guadalajara', 'Antalya'),
    subtitle: fc.array(word, { minLength: 2, maxLength: 8 }).map((w) => w.join(' ')),
    blocks: fc.uniqueArray(fc.constantFrom(...headingPool.map((h) => h.text)), { minLength: 1, maxLength: 6 }),
    texts: fc.array(fc.array(sentence(';'), { minLength: 1, maxLength: 7 }), { minLength: 6, maxLength: 6 }),
    subs: fc.array(fc.array(sentence(';'), { maxLength: 2 }), { minLength: 7, maxLength: 7 }),
    note: fc.option(sentence('.'), { nil: undefined }),
  })
  .map(({ number, year, place, subtitle, blocks, texts, subs, note }) => {
    const pre = blocks.map((h) => headingPool.find((x) => x.text === h)).filter((h) => h?.part === 'preamble');
    const op = blocks.map((h) => headingPool.find((x) => x.text === h)).filter((h) => h?.part === 'operative');
    const ordered = [...pre, ...op].filter((h): h is NonNullable<typeof h> => h !== undefined);
    const res: Resolution = {
      kind: 'resolution',
      lang: 'en',
      number: String(number),
      revision: `REV. ${place.toUpperCase()}, ${year}`,
      title: `RESOLUTION ${number} (REV. ${place.toUpperCase()}, ${year})`,
      subtitle,
      formula: `The Plenipotentiary Conference of the International Telecommunication Union (${place}, ${year}),`,
      blocks: ordered.map((h, k) => ({
        id: h.id,
        part: h.part,
        heading: h.text,
        items: items(texts[k] ?? ['that nothing;'], h.part, h.id, k === 0 ? [subs[0] ?? []] : []),
      })),
      footnotes: [],
      annexes: [],
    };
    if (note) {
      const first = res.blocks[0]?.items[0];
      if (first) first.text = first.text.replace(/^that (\S+)/u, 'that $1[1]');
      res.footnotes.push({ id: '1', text: note });
    }
    return res;
  });
