/** The job of `diff`: two texts, or two folders of them, compared clause by clause. */
import { compareEach, emptyLike, type CompareOptions } from '../engine/compare.js';
import { InputError } from '../model/errors.js';
import { documentsOf, type Parsed } from '../model/resolution.js';
import type { ReadOptions } from '../readers/document.js';
import { inputPairs, readInput, type Input, type InputPair } from '../readers/input.js';
import { isInstructions } from '../readers/instructions.js';
import { textOf } from '../readers/read.js';
import type { FileDiff } from '../writers/registry.js';
import { documentOf, furnitureNotice, parseInput, single, type Notice } from './inputs.js';
import { applied, proposalInput } from './proposals.js';

/**
 * Compare two inputs, or two folders of them paired by name. The revised side may be a proposal
 * in any form: its changes are applied to the base first, so that the redline shows them.
 */
export function diffPaths(base: string, revised: string, options: ReadOptions & CompareOptions = {}): { diffs: FileDiff[]; notices: Notice[] } {
  const each = eachDiff(base, revised, options);
  return { diffs: [...each.diffs], notices: each.notices };
}

/**
 * The same, read and compared as the diffs are taken, one pair of files and one document at a
 * time, so that a writer going through them holds one comparison at a time. The diffs can be gone
 * through once; the notices are complete when they have been. Errors in the paths are thrown at
 * once, errors in the files as their turn comes.
 */
export function eachDiff(base: string, revised: string, options: ReadOptions & CompareOptions = {}): { diffs: Iterable<FileDiff>; notices: Notice[]; files: number | null } {
  const notices: Notice[] = [];
  const pairs = inputPairs(base, revised);
  function* diffs(): Generator<FileDiff> {
    for (const pair of pairs) yield* pairDiffs(pair, base, options, notices);
  }
  // how many pairs of files, when folders were given
  return { diffs: diffs(), notices, files: pairs[0]?.file === null ? null : pairs.length };
}

/**
 * The diffs of one pair of files. The texts are read here and handed on, so that only the
 * comparison holds them and each document can go once compared.
 */
function pairDiffs(pair: InputPair, base: string, options: ReadOptions & CompareOptions, notices: Notice[]): Generator<FileDiff> {
  let a: Parsed | null = null;
  const baseFile = pair.base ?? base;
  if (pair.base !== null) {
    const read = parseInput(readInput(pair.base), options);
    if (read.product.kind !== 'resolution') throw new InputError('a proposal in the instructions form is not a text to compare', pair.base, undefined, 'give the text it amends as BASE, and the proposal as REVISED');
    notices.push(...read.notices);
    a = read.product.parsed;
  }
  const b = pair.revised === null ? null : revisedOf(readInput(pair.revised), a, baseFile, options, notices);
  const left = a ?? nothingLike(b as Parsed);
  const each = compareEach(left, b ?? nothingLike(left), options);
  const file = pair.file;
  return (function* (): Generator<FileDiff> {
    for (const d of each) yield { ...d, file };
  })();
}

/** The revised side of a diff: a text, or an instructions proposal applied to the base. */
function revisedOf(input: Input, base: Parsed | null, baseFile: string, options: ReadOptions, notices: Notice[]): Parsed {
  const doc = documentOf(input, { ...options, lang: options.lang ?? base?.lang }, notices);
  if (!isInstructions(doc.source(), doc.lang)) {
    const read = textOf(doc);
    notices.push(...furnitureNotice(input.file, read.furniture));
    return read.parsed;
  }
  if (!base) throw new InputError('a proposal in the instructions form needs a base text to be compared with', input.file);
  const resolution = single(base, baseFile, 'the proposal amends');
  const derived = proposalInput(doc, resolution, options);
  const result = applied(resolution, derived.proposals);
  notices.push(...derived.notices, ...result.warnings);
  return result.resolution;
}

/** Nothing, shaped like the other side's documents: a file on one side only is all ADD or all SUP. */
function nothingLike(parsed: Parsed): Parsed {
  return { kind: 'collection', lang: parsed.lang, documents: documentsOf(parsed).map(emptyLike) };
}
