/**
 * A deterministic synthetic Final Acts: 60 to 70 resolutions make 1 MB of ITU-shaped text; and a
 * revised copy with a share of the words changed (10% by default) and items inserted, deleted and moved.
 */
export const VOCABULARY = (
  'telecommunication development bureau member states sector members council secretary general union ' +
  'children online protection guidelines capacity building regional cooperation awareness industry research ' +
  'standards spectrum access safety report experts policies measures platform services developing countries ' +
  'least developed small island broadband infrastructure digital inclusion persons disabilities gender equality ' +
  'emergency communications cybersecurity confidence security environment climate change accessibility youth ' +
  'education training academia partnership financing investment rural remote areas satellite networks'
).split(' ');

const PREAMBLE = ['considering', 'recognizing', 'recalling', 'noting', 'taking into account', 'bearing in mind'];
const OPERATIVE = ['resolves', 'instructs the Secretary-General', 'instructs the Director of the Telecommunication Development Bureau', 'invites Member States', 'invites Sector Members'];
const PLACES = ['Dubai', 'Busan', 'Bucharest', 'Guadalajara', 'Antalya', 'Marrakesh', 'Minneapolis', 'Kyoto'];

/** mulberry32: small, fast and the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Res {
  head: string[];
  blocks: { heading: string; operative: boolean; items: string[] }[];
}

const letters = 'abcdefghijklmnopqrstuvwxyz';

function render(r: Res): string {
  const lines = [...r.head];
  for (const b of r.blocks) {
    lines.push(b.heading);
    b.items.forEach((t, k) => {
      const end = k === b.items.length - 1 ? ',' : ';';
      lines.push(`${b.operative ? String(k + 1) : `${letters[k % 26]})`}\t${t}${end}`);
    });
  }
  return lines.join('\n\n');
}

/** `rate`: the share of words changed in the revised copy (items are inserted, deleted and moved whatever it is). */
export function corpus(count = 60, seed = 179, rate = 0.1): { base: string; revised: string } {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const sentence = (): string => `that ${Array.from({ length: 18 + Math.floor(rnd() * 22) }, () => pick(VOCABULARY)).join(' ')}`;
  const base: Res[] = [];
  for (let n = 0; n < count; n++) {
    const place = pick(PLACES);
    const year = 2002 + 4 * Math.floor(rnd() * 6);
    const blocks = [
      ...PREAMBLE.filter(() => rnd() < 0.7).map((heading) => ({ heading, operative: false, items: Array.from({ length: 3 + Math.floor(rnd() * 8) }, sentence) })),
      ...OPERATIVE.filter(() => rnd() < 0.7).map((heading) => ({ heading, operative: true, items: Array.from({ length: 2 + Math.floor(rnd() * 9) }, sentence) })),
    ];
    base.push({
      head: [`RESOLUTION ${n + 1} (REV. ${place.toUpperCase()}, ${year})`, sentence().slice(5, 60), `The Plenipotentiary Conference of the International Telecommunication Union (${place}, ${year}),`],
      blocks,
    });
  }
  const revised: Res[] = base.map((r) => ({
    head: r.head,
    blocks: r.blocks.map((b) => {
      let items = b.items.map((t) => t.split(' ').map((w, k) => (k > 0 && rnd() < rate ? pick(VOCABULARY) : w)).join(' '));
      if (rnd() < 0.3) items.splice(Math.floor(rnd() * (items.length + 1)), 0, sentence());
      if (rnd() < 0.2 && items.length > 2) items.splice(Math.floor(rnd() * items.length), 1);
      if (rnd() < 0.2 && items.length > 2) {
        const [moved] = items.splice(0, 1);
        items = [...items, moved as string];
      }
      return { ...b, items };
    }),
  }));
  return { base: `${base.map(render).join('\n\n')}\n`, revised: `${revised.map(render).join('\n\n')}\n` };
}

/** One long numbered report (kind `document`): every paragraph in one block, the worst case for alignment. */
export function longReport(paragraphs = 2000, seed = 2026): { base: string; revised: string } {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const sentence = (): string => `${Array.from({ length: 20 + Math.floor(rnd() * 20) }, () => pick(VOCABULARY)).join(' ')}.`;
  const lines = ['Summary record of a long meeting of the Council Working Group'];
  for (let i = 1; i <= paragraphs / 10; i++) {
    lines.push(`${i}\t${sentence()}`);
    for (let j = 1; j <= 9; j++) lines.push(`${i}.${j}\t${sentence()}`);
  }
  const revised = lines.map((l, k) => (k > 0 && rnd() < 0.1 ? l.replace(/ (\w+) /u, ` ${pick(VOCABULARY)} `) : l));
  return { base: `${lines.join('\n\n')}\n`, revised: `${revised.join('\n\n')}\n` };
}
