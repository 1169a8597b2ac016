/** The job of `diff`: two texts, or two folders of them, compared clause by clause. */
import { compare, emptyLike, type CompareOptions } from '../engine/compare.js';
import { InputError } from '../model/errors.js';
import { documentsOf, type Parsed } from '../model/resolution.js';
import type { ReadOptions } from '../readers/document.js';
import { inputPairs, readInput, type Input } from '../readers/input.js';
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
  const diffs: FileDiff[] = [];
  const notices: Notice[] = [];
  for (const pair of inputPairs(base, revised)) {
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
    for (const d of compare(left, b ?? nothingLike(left), options)) diffs.push({ ...d, file: pair.file });
  }
  return { diffs, notices };
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
