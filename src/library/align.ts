/** The job of `align`: two language versions of one resolution, clause for clause. */
import { compareVersions, type Version } from '../engine/versions.js';
import type { VersionReport, VersionSide } from '../model/versions.js';
import { readDocument, type ReadOptions } from '../readers/document.js';
import type { Input } from '../readers/input.js';
import { clauseLines } from '../readers/lines.js';
import { textOf } from '../readers/read.js';
import { single, tableFor } from './inputs.js';

/**
 * Two language versions of one resolution: the same clauses? Each is read in its own language
 * (detected, or `langs` in order); a marked-up file is read as it would read once its marks are
 * accepted.
 */
export function alignInputs(a: Input, b: Input, options: Omit<ReadOptions, 'lang'> & { langs?: readonly (string | undefined)[] } = {}): VersionReport {
  const version = (input: Input, lang: string | undefined): { version: Version; side: Omit<VersionSide, 'clauses'> } => {
    const read = textOf(readDocument(input, { ...options, lang }));
    const res = single(read.parsed, input.file, 'to align');
    const [lines] = clauseLines([res], read.paragraphs);
    return { version: { res, lang: tableFor(res), ...(lines ? { lines } : {}) }, side: { file: input.file, lang: res.lang } };
  };
  const va = version(a, options.langs?.[0]);
  const vb = version(b, options.langs?.[1]);
  const { gaps, order, numbers, clauses } = compareVersions(va.version, vb.version);
  return {
    ok: gaps.length === 0 && order.length === 0 && numbers === null,
    a: { ...va.side, clauses: clauses.a },
    b: { ...vb.side, clauses: clauses.b },
    gaps,
    order,
    numbers,
  };
}
