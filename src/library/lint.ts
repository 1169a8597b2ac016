/** The job of `lint`: each text as the rules see it, and their findings. */
import { lint } from '../engine/lint.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Finding, LintInput, RuleId, Severity } from '../model/lint.js';
import { documentsOf } from '../model/resolution.js';
import { readDocument, type ReadOptions } from '../readers/document.js';
import type { Input } from '../readers/input.js';
import { clauseLines } from '../readers/lines.js';
import { textOf } from '../readers/read.js';

/** A text as lint rules see it: its tree, its paragraphs with their lines, the marks it still carries. */
export function lintInput(input: Input, options: ReadOptions & { catalogue?: Catalogue | null } = {}): LintInput {
  const doc = readDocument(input, options);
  const read = textOf(doc);
  const documents = documentsOf(read.parsed);
  const { paragraphs } = read;
  const proposal = read.furniture.marks.length > 0 || read.furniture.reasons.length > 0;
  return { file: input.file, documents, paragraphs, lines: clauseLines(documents, paragraphs), marking: doc.marking, lang: doc.lang, catalogue: options.catalogue ?? null, proposal };
}

/** Lint files: each rule's findings, with the severities asked for. */
export function lintInputs(inputs: readonly Input[], options: ReadOptions & { severities?: Partial<Record<RuleId, Severity>>; catalogue?: Catalogue | null } = {}): Finding[] {
  return inputs.flatMap((input) => lint(lintInput(input, options), options.severities ?? {}));
}
