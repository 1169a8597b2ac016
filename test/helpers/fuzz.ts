/**
 * What the readers' fuzzing shares: the seed, reading an input as every command does (a tree with
 * unique ids or one InputError, within a bound), and mutations built to mislead a reader.
 */
import { strFromU8, strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { expect } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { documentsOf, type Parsed } from '../../src/model/resolution.js';
import { visits } from '../../src/model/visit.js';
import { readDocument } from '../../src/readers/document.js';
import { readProposalDocument } from '../../src/readers/proposal.js';
import { textOf } from '../../src/readers/read.js';

/** Fixed, so every run reads the same inputs; set REDLINE_FUZZ_SEED (and _RUNS, a multiplier) to explore further. */
export const SEED = Number(process.env['REDLINE_FUZZ_SEED'] ?? 20261202);
const RUNS = Number(process.env['REDLINE_FUZZ_RUNS'] ?? 1);
export const runs = (n: number): number => Math.round(n * RUNS);
/** Far above what any of these inputs takes (a few ms to a few tens): only a stall passes it. */
const BOUND_MS = 3000;

export type Outcome = 'tree' | 'refused';

function uniqueIds(parsed: Parsed): void {
  for (const doc of documentsOf(parsed)) {
    const ids = visits(doc).map((v) => v.item.id);
    expect(new Set(ids).size, `ids repeat in ${doc.title ?? 'a document'}`).toBe(ids.length);
  }
}

/** Read an input as every command does: both views as texts, and as a proposal. */
export function readAll(file: string, bytes: Uint8Array): Outcome {
  const started = performance.now();
  let outcome: Outcome = 'tree';
  const attempt = (read: () => void): void => {
    try {
      read();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // one line, naming the file when it is about the file
      expect(e.format()).not.toMatch(/\n/u);
      outcome = 'refused';
    }
  };
  attempt(() => {
    const doc = readDocument({ file, bytes });
    for (const view of ['accepted', 'rejected'] as const) attempt(() => uniqueIds(textOf(doc, view).parsed));
    attempt(() => {
      for (const p of readProposalDocument(doc)) if (p.form !== 'instructions') uniqueIds(p.revised);
    });
  });
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return outcome;
}

/** A mutation of a text: an insertion of a snippet built to mislead a reader, a cut, or a copy. */
export type Mutation =
  | { op: 'insert'; at: number; snippet: string; times: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'copy'; at: number; length: number; to: number };

export function mutations(snippets: readonly string[]): fc.Arbitrary<Mutation[]> {
  const at = fc.nat();
  return fc.array(
    fc.oneof(
      fc.record({ op: fc.constant('insert' as const), at, snippet: fc.oneof(fc.constantFrom(...snippets), fc.string({ unit: 'binary', maxLength: 8 })), times: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 3000 })) }),
      fc.record({ op: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ op: fc.constant('copy' as const), at, length: fc.integer({ min: 1, max: 400 }), to: fc.nat() }),
    ),
    { minLength: 1, maxLength: 8 },
  );
}

export function mutate(text: string, edits: readonly Mutation[]): string {
  return edits.reduce((t, m) => {
    const at = m.at % (t.length + 1);
    if (m.op === 'insert') return t.slice(0, at) + m.snippet.repeat(m.times) + t.slice(at);
    if (m.op === 'delete') return t.slice(0, at) + t.slice(at + m.length);
    const to = m.to % (t.length + 1);
    return t.slice(0, to) + t.slice(at, at + m.length) + t.slice(to);
  }, text);
}

export const TEXT_SNIPPETS = [
  '\t', '\n', '\n\n', '\r\n', '\r', 'a)\t', '(a)\t', 'b)\t', 'zz)\t', 'i)\t', 'ii)\t', '1\t', '2\t', '1.1\t', '999999\t', '-\t', '•\t',
  'MOD\t', 'ADD\t', 'SUP\t', 'NOC\t', 'MOD\tRCC/1/1\n', 'Reasons:\t', 'RESOLUTION 179 (REV. DUBAI, 2018)\n', 'ANNEX TO RESOLUTION 179\n',
  'considering\n', 'resolves\n', 'instructs the Secretary-General\n', 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n',
  '____________\n', '[1]', '[1] a note\n', '{++', '++}', '{--', '--}', '{~~', '~>', '~~}', '{==', '==}', '{>>', '<<}', '[-', '-]', '{+', '+}',
  '---\n', '===\n', 'proposer: X\n', 'base: Res. 1\n', '**', '__', '*', '_', '> ', '- ', '1. ', '# ', '## ', '```\n', '<!--', '-->', '|', '| --- |\n', '[^1]', '[^1]: note\n',
  '\u200b', '\u2060', '\ufeff', '\u202e', '\u0000', '\u001b[31m', '\u0085', '\ud800', '\u00a0',
  'ПОСТАНОВЛЕНИЕ 179 (ПЕРЕСМ. ДУБАЙ, 2018 г.)\n', '第179号决议（2018年，迪拜，修订版）\n', 'القرار 179 (المراجَع في دبي، 2018)\n', 'RÉSOLUTION 179\n', 'RESOLUCIÓN 179\n', '。', '；', '،', '؛',
];

export const XML_SNIPPETS = [
  '<w:p>', '</w:p>', '<w:p><w:r><w:t>1\tto do</w:t></w:r></w:p>', '<w:r>', '</w:r>', '<w:t>', '</w:t>', '<w:t xml:space="preserve"> a) </w:t>', '<w:tab/>', '<w:br/>', '<w:cr/>',
  '<w:ins w:id="90" w:author="A" w:date="2020-01-01T00:00:00Z">', '</w:ins>', '<w:del w:id="91" w:author="B" w:date="2020-01-01T00:00:00Z">', '</w:del>', '<w:delText>gone</w:delText>',
  '<w:moveFrom w:id="92" w:author="C">', '</w:moveFrom>', '<w:moveTo w:id="93" w:author="C">', '</w:moveTo>',
  '<w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="1"/></w:numPr></w:pPr>', '<w:numPr><w:ilvl w:val="-1"/><w:numId w:val="99999"/></w:numPr>', '<w:pStyle w:val="Heading1"/>', '<w:pStyle w:val="Title"/>',
  '<w:rPr><w:u w:val="single"/></w:rPr>', '<w:rPr><w:strike/></w:rPr>', '<w:rPr><w:i/></w:rPr>', '<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', '<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>',
  '<w:hyperlink>', '</w:hyperlink>', '<w:smartTag>', '</w:smartTag>', '<w:footnoteReference w:id="9"/>', '<w:fldSimple w:instr="PAGE">', '</w:fldSimple>',
  '<w:lvl w:ilvl="0"><w:start w:val="2000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1%1%1)"/></w:lvl>', '<w:basedOn w:val="Normal"/>',
  '&amp;', '&lt;', '&#0;', '&#x1F;', '&#xD800;', '&bogus;', '<!DOCTYPE x [<!ENTITY e "ee"><!ENTITY f "&e;&e;&e;">]>', '&e;', ']]>', '<![CDATA[', '"', "'", '<', '>', '/>', 'xmlns:w="urn:x"',
];

/** A Word file as its parts, by name. */
export interface WordParts {
  name: string;
  parts: Record<string, Uint8Array>;
}

/** Word files with one of these XML parts mutated, each read as a tree or one InputError. */
export function assertMutatedWord(files: readonly WordParts[], partNames: readonly string[], numRuns: number): void {
  fc.assert(
    fc.property(fc.nat(), fc.constantFrom(...partNames), mutations(XML_SNIPPETS), (which, part, edits) => {
      const file = files[which % files.length] as WordParts;
      const parts = { ...file.parts };
      const xml = parts[part];
      if (xml) parts[part] = strToU8(mutate(strFromU8(xml), edits));
      readAll(file.name, zipSync(parts));
    }),
    { seed: SEED, numRuns: runs(numRuns) },
  );
}
