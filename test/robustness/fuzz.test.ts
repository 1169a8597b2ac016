/**
 * Fuzzing every reader: random bytes, and random mutations of every fixture (.txt, .md) and of
 * Word files the tool wrote (tracked changes, underline and strike-through). Whatever comes in,
 * reading ends within a bound with a tree whose ids are unique, or with one InputError: never
 * another exception, a stack overflow or a hang. Seeded, so a failure replays; fast-check shrinks
 * it to a small input.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';
import { assertMutatedWord, mutate, mutations, readAll, runs, SEED, TEXT_SNIPPETS, type WordParts } from '../helpers/fuzz.js';

const root = new URL('../../fixtures/', import.meta.url).pathname;
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(txt|md)$/u.test(e.name) ? [join(dir, e.name)] : []));
}
const FIXTURES = filesUnder(root).sort().map((f) => ({ name: relative(root, f), text: readFileSync(f, 'utf8') }));

/** The Word files the tool writes, read back part by part. */
let WORD: WordParts[] = [];

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'redline-fuzz-'));
  const base = join(root, 'en/res179-busan-2014.txt');
  const revised = join(root, 'en/res179-dubai-2018.txt');
  const made = [
    ['diff-tracked.docx', ['diff', base, revised]],
    ['draft-revisions.docx', ['draft', base, revised, '--proposer', 'A', '--marks', 'revisions']],
    ['draft-formatting.docx', ['draft', base, revised, '--proposer', 'A', '--marks', 'formatting']],
  ] as const;
  WORD = made.map(([name, args]) => {
    const out = join(dir, name);
    const r = redline([...args, '-o', out, '--date', '2026-01-01T00:00:00Z']);
    expect(r.status, r.stderr).toBeLessThan(2);
    return { name, parts: unzipSync(readFileSync(out)) };
  });
}, 60_000);

describe('every reader answers any input with a tree or one InputError, within a bound', () => {
  it('random bytes, named .txt, .md and .docx', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('x.txt', 'x.md', 'x.docx'), (bytes, file) => {
        readAll(file, bytes);
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  it('random text that looks like a resolution, as .txt and .md', () => {
    const line = fc.array(fc.oneof(fc.constantFrom(...TEXT_SNIPPETS), fc.lorem({ maxCount: 6 })), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom('x.txt', 'x.md'), (lines, file) => {
        readAll(file, strToU8(lines.join('\n')));
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });

  it('mutations of every text and Markdown fixture', () => {
    expect(FIXTURES.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), mutations(TEXT_SNIPPETS), (fixture, edits) => {
        readAll(fixture.name, strToU8(mutate(fixture.text, edits)));
      }),
      { seed: SEED, numRuns: runs(400) },
    );
  });

  it('byte-level mutations of the fixtures (broken UTF-8 and UTF-16 included)', () => {
    const flips = fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 16 });
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), flips, fc.boolean(), (fixture, changes, utf16) => {
        const bytes = utf16 ? new Uint8Array([0xff, 0xfe, ...Buffer.from(fixture.text, 'utf16le')]) : strToU8(fixture.text);
        for (const c of changes) bytes[c.at % bytes.length] = c.byte;
        readAll(fixture.name, bytes);
      }),
      { seed: SEED, numRuns: runs(200) },
    );
  });

  it('mutations of the XML parts of Word files the tool wrote', () => {
    assertMutatedWord(WORD, ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'], 300);
  });

  it('Word files with parts missing, or their bytes changed', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.nat(), { maxLength: 3 }), fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 8 }), (which, drops, flips) => {
        const word = WORD[which % WORD.length] as (typeof WORD)[number];
        const names = Object.keys(word.parts).sort();
        const parts = { ...word.parts };
        for (const d of drops) delete parts[names[d % names.length] as string];
        const bytes = zipSync(parts);
        for (const f of flips) bytes[f.at % bytes.length] = f.byte;
        readAll(word.name, bytes);
      }),
      { seed: SEED, numRuns: runs(200) },
    );
  });

  it('the Word files as written read back as trees', () => {
    for (const word of WORD) expect(readAll(word.name, zipSync(word.parts))).toBe('tree');
  });
});
