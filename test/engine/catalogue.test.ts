/** The catalogue: citations in a text, the entries of a collection, the latest revisions, and the citations lint rule. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueOf, citedRevision, latestRevision, outdatedCitations } from '../../src/engine/catalogue.js';
import { citationsOf } from '../../src/engine/citations.js';
import { citationsRule } from '../../src/engine/lint/citations.js';
import { language } from '../../src/languages/registry.js';
import { lintInput } from '../../src/library.js';
import type { Catalogue, CatalogueEntry } from '../../src/model/catalogue.js';
import type { Language } from '../../src/model/language.js';
import { documentsOf, type Resolution } from '../../src/model/resolution.js';
import { readInput } from '../../src/readers/input.js';
import { parseFile, parseText } from '../../src/readers/read.js';
import { fixture } from '../helpers/fixtures.js';

const en = (): Language => {
  const lang = language('en');
  if (!lang) throw new Error('no English table');
  return lang;
};
const one = (file: string): Resolution => documentsOf(parseFile(fixture(file)))[0] as Resolution;

const COLLECTION = 'catalogue/collection/';
const collection = (): Catalogue =>
  catalogueOf(
    readdirSync(fixture(COLLECTION))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .flatMap((f) => documentsOf(parseFile(fixture(COLLECTION + f))).map((resolution) => ({ file: `collection/${f}`, resolution }))),
    en(),
  );

describe('citationsOf', () => {
  it('lists the citations of the Dubai text with their tags, places, years, clauses and offsets', () => {
    expect(citationsOf(one('res179-dubai-2018.txt'), en())).toEqual([
      { kind: 'resolution', number: '175', revision: 'Rev. Dubai, 2018', place: 'Dubai', year: 2018, text: 'Resolution 175 (Rev. Dubai, 2018)', clause: 'recalling/a', index: 0 },
      { kind: 'resolution', number: '67', revision: 'Rev. Buenos Aires, 2017', place: 'Buenos Aires', year: 2017, text: 'Resolution 67 (Rev. Buenos Aires, 2017)', clause: 'recalling/b', index: 0 },
      { kind: 'resolution', number: '130', revision: 'Rev. Dubai, 2018', place: 'Dubai', year: 2018, text: 'Resolution 130 (Rev. Dubai, 2018)', clause: 'recalling/c', index: 0 },
      { kind: 'resolution', number: '140', revision: 'Rev. Dubai, 2018', place: 'Dubai', year: 2018, text: 'Resolution 140 (Rev. Dubai, 2018)', clause: 'recalling/d', index: 0 },
      // recalling g): a Council resolution, tagged with its year alone
      { kind: 'resolution', number: '1306', revision: '2009', place: null, year: 2009, text: 'Resolution 1306 (2009)', clause: 'recalling/g', index: 8 },
    ]);
  });

  it('reads a citation without a tag, a first adoption, a decision and a footnote; not the title, nor "this resolution"', () => {
    const res = parseText(
      [
        'RESOLUTION 300 (REV. BUCHAREST, 2022)',
        'A test',
        'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),',
        'resolves',
        '1\tthat Resolution 67 and this resolution apply;',
        '2\tthat Resolution 208 (Dubai, 2018) and Decision 5 (Rev. Dubai, 2018)[1] apply.',
        '____________________',
        '[1] As amended by RESOLUTION 2 (REV. DUBAI, 2018).',
      ].join('\n\n'),
      'inline.txt',
    ) as Resolution;
    const found = citationsOf(res, en()).map((c) => [c.clause, c.index, c.kind, c.number, c.revision, c.place, c.year, c.text]);
    expect(found).toEqual([
      ['resolves/1', 5, 'resolution', '67', null, null, null, 'Resolution 67'],
      ['resolves/2', 5, 'resolution', '208', 'Dubai, 2018', 'Dubai', 2018, 'Resolution 208 (Dubai, 2018)'],
      ['resolves/2', 38, 'decision', '5', 'Rev. Dubai, 2018', 'Dubai', 2018, 'Decision 5 (Rev. Dubai, 2018)'],
      ['footnote/1', 14, 'resolution', '2', 'REV. DUBAI, 2018', 'DUBAI', 2018, 'RESOLUTION 2 (REV. DUBAI, 2018)'],
    ]);
  });
});

describe('catalogueOf', () => {
  it('has one entry per titled document of the collection, by kind, number (numeric) and year', () => {
    const decision5 = { title: 'Publication of the Final Acts in accessible electronic formats', kind: 'decision', number: '5' };
    const res67 = { kind: 'resolution', number: '67', title: 'The role of the Telecommunication Development Sector in child online protection' };
    const cite = (kind: string, number: string, place: string, year: number) => ({ kind, number, revision: `Rev. ${place}, ${year}`, place, year, text: `${kind === 'decision' ? 'Decision' : 'Resolution'} ${number} (Rev. ${place}, ${year})` });
    const expected: CatalogueEntry[] = [
      { ...decision5, revision: 'REV. DUBAI, 2018', place: 'DUBAI', year: 2018, file: 'collection/decision5-dubai-2018.txt', cites: [] },
      { ...decision5, revision: 'REV. BUCHAREST, 2022', place: 'BUCHAREST', year: 2022, file: 'collection/final-acts-bucharest-2022.txt', cites: [] },
      {
        kind: 'resolution',
        number: '2',
        title: 'Regional preparatory meetings for the conferences of the Union',
        revision: 'REV. BUCHAREST, 2022',
        place: 'BUCHAREST',
        year: 2022,
        file: 'collection/final-acts-bucharest-2022.txt',
        cites: [cite('decision', '5', 'Bucharest', 2022)],
      },
      { ...res67, revision: 'REV. BUENOS AIRES, 2017', place: 'BUENOS AIRES', year: 2017, file: 'collection/res67-buenos-aires-2017.txt', cites: [cite('resolution', '179', 'Busan', 2014)] },
      { ...res67, revision: 'REV. KIGALI, 2022', place: 'KIGALI', year: 2022, file: 'collection/res67-kigali-2022.txt', cites: [cite('resolution', '179', 'Dubai', 2018), cite('resolution', '130', 'Dubai', 2018)] },
      {
        kind: 'resolution',
        number: '130',
        title: 'Confidence and security in the use of information and communication technologies',
        revision: 'REV. DUBAI, 2018',
        place: 'DUBAI',
        year: 2018,
        file: 'collection/res130-dubai-2018.txt',
        // the second from its footnote
        cites: [cite('resolution', '67', 'Buenos Aires', 2017), cite('resolution', '58', 'Buenos Aires', 2017)],
      },
    ];
    expect(collection().entries).toEqual(expected);
  });

  it('leaves out a text without a title', () => {
    const untitled = parseText('considering\n\na)\tthat Resolution 67 (Rev. Kigali, 2022) exists,\n\nresolves\n\n1\tto act.', 'untitled.txt') as Resolution;
    expect(untitled.number).toBeNull();
    expect(catalogueOf([{ file: 'untitled.txt', resolution: untitled }, { file: 'dubai.txt', resolution: one('res179-dubai-2018.txt') }], en()).entries.map((e) => `${e.file} ${e.number}`)).toEqual(['dubai.txt 179']);
  });
});

describe('latestRevision', () => {
  const catalogue = collection();
  it('is the entry with the greatest year, of that kind and number', () => {
    expect(latestRevision(catalogue, 'resolution', '67')?.file).toBe('collection/res67-kigali-2022.txt');
    expect(latestRevision(catalogue, 'decision', '5')?.file).toBe('collection/final-acts-bucharest-2022.txt');
    expect(latestRevision(catalogue, 'resolution', '130')?.file).toBe('collection/res130-dubai-2018.txt');
  });
  it('does not depend on the order of the entries', () => {
    expect(latestRevision({ entries: [...catalogue.entries].reverse() }, 'resolution', '67')?.file).toBe('collection/res67-kigali-2022.txt');
  });
  it('is null for a number the catalogue does not know, or of another kind', () => {
    expect(latestRevision(catalogue, 'resolution', '244')).toBeNull();
    expect(latestRevision(catalogue, 'resolution', '5')).toBeNull();
  });
});

describe('citedRevision', () => {
  it('writes the latest tag as running text does: as a text of the catalogue cites it, else out of the title capitals', () => {
    const catalogue = collection();
    expect(citedRevision(latestRevision(catalogue, 'resolution', '67') as CatalogueEntry, catalogue)).toBe('Rev. Kigali, 2022');
    const entry: CatalogueEntry = { kind: 'resolution', number: '9', title: null, revision: 'REV. SHARM EL-SHEIKH, 2019', place: 'SHARM EL-SHEIKH', year: 2019, file: 'a.txt', cites: [] };
    expect(citedRevision(entry, { entries: [entry] })).toBe('Rev. Sharm El-Sheikh, 2019');
    const citing: CatalogueEntry = { ...entry, number: '10', revision: null, place: null, year: null, file: 'b.txt', cites: [{ kind: 'resolution', number: '9', revision: 'Rev. Sharm el-Sheikh, 2019', place: 'Sharm el-Sheikh', year: 2019, text: 'Resolution 9 (Rev. Sharm el-Sheikh, 2019)' }] };
    expect(citedRevision(entry, { entries: [entry, citing] })).toBe('Rev. Sharm el-Sheikh, 2019');
  });
});

describe('outdatedCitations', () => {
  const catalogue = collection();
  it('finds the citations of older revisions than the catalogue knows, with the latest', () => {
    const found = outdatedCitations(one('catalogue/citing-outdated.txt'), catalogue, en());
    expect(found.map((o) => [o.citation.clause, o.citation.text, o.latest.file])).toEqual([
      ['recalling/a', 'Resolution 67 (Rev. Buenos Aires, 2017)', 'collection/res67-kigali-2022.txt'],
      ['resolves/2', 'Decision 5 (Rev. Dubai, 2018)', 'collection/final-acts-bucharest-2022.txt'],
      ['footnote/1', 'Resolution 67 (Rev. Buenos Aires, 2017)', 'collection/res67-kigali-2022.txt'],
    ]);
  });
  it('in the Dubai text: only Resolution 67 (Rev. Buenos Aires, 2017)', () => {
    expect(outdatedCitations(one('res179-dubai-2018.txt'), catalogue, en()).map((o) => `${o.citation.clause} ${o.citation.text} -> ${o.latest.revision}`)).toEqual([
      'recalling/b Resolution 67 (Rev. Buenos Aires, 2017) -> REV. KIGALI, 2022',
    ]);
  });
  it('finds none in a text citing only the latest revisions', () => {
    expect(outdatedCitations(one('catalogue/citing-latest.txt'), catalogue, en())).toEqual([]);
  });
});

describe('the citations rule', () => {
  const catalogue = collection();
  const check = (file: string, cat: Catalogue | null) => citationsRule.check(lintInput(readInput(fixture(file)), { catalogue: cat }));

  it('is a warning named citations', () => {
    expect([citationsRule.id, citationsRule.severity]).toEqual(['citations', 'warn']);
  });

  it('flags superseded revisions and unknown numbers, with their lines, clauses and replacements', () => {
    expect(check('catalogue/citing-outdated.txt', catalogue)).toEqual([
      {
        rule: 'citations',
        line: 9,
        clause: 'recalling a)',
        message: 'Resolution 67 (Rev. Buenos Aires, 2017) is superseded: the latest revision the catalogue knows is (Rev. Kigali, 2022), in collection/res67-kigali-2022.txt',
        fix: 'cite Resolution 67 (Rev. Kigali, 2022)',
      },
      {
        rule: 'citations',
        line: 13,
        clause: 'recalling c)',
        message: 'Resolution 244 (Bucharest, 2022) is not in the catalogue: it knows no resolution 244',
        fix: 'check the number, or add the text of Resolution 244 to the catalogue',
      },
      {
        rule: 'citations',
        line: 21,
        clause: 'resolves 2',
        message: 'Decision 5 (Rev. Dubai, 2018) is superseded: the latest revision the catalogue knows is (Rev. Bucharest, 2022), in collection/final-acts-bucharest-2022.txt',
        fix: 'cite Decision 5 (Rev. Bucharest, 2022)',
      },
      {
        rule: 'citations',
        line: 25,
        clause: 'footnote 1',
        message: 'Resolution 67 (Rev. Buenos Aires, 2017) is superseded: the latest revision the catalogue knows is (Rev. Kigali, 2022), in collection/res67-kigali-2022.txt',
        fix: 'cite Resolution 67 (Rev. Kigali, 2022)',
      },
    ]);
  });

  it('keeps the kind word as written in the replacement', () => {
    const text = 'RESOLUTION 217 (BUCHAREST, 2022)\n\nA test\n\nresolves\n\n1\tthat RESOLUTION 67 (REV. BUENOS AIRES, 2017) applies.';
    const input = lintInput({ file: 'caps.txt', bytes: new TextEncoder().encode(text) }, { catalogue });
    expect(citationsRule.check(input).map((f) => [f.line, f.clause, f.fix])).toEqual([[7, 'resolves 1', 'cite RESOLUTION 67 (Rev. Kigali, 2022)']]);
  });

  it('is silent without a catalogue', () => {
    expect(check('catalogue/citing-outdated.txt', null)).toEqual([]);
  });

  it('is silent on a text citing only the latest revisions', () => {
    expect(check('catalogue/citing-latest.txt', catalogue)).toEqual([]);
  });
});
