/**
 * JSON output: two-space indent and a final newline, keys in the order the model declares them.
 * A resolution is its tree (docs/model.md); a redline its changes (`{ changes, summary }`, or
 * `{ documents: [...], summary }` for a collection or folders); a proposal its changes.
 */
import { summarize, type Summary } from '../model/comparison.js';
import { mergeJson } from './merge.js';
import type { FileDiff, Product } from './registry.js';

export function writeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One document of a collection or of folders, as the JSON lists it. */
function documentEntry(d: Pick<FileDiff, 'file' | 'document' | 'comparison'>): unknown {
  return { ...(d.file ? { file: d.file } : {}), document: d.document, summary: d.comparison.summary, changes: d.comparison.changes };
}

export function diffJson(each: Iterable<FileDiff>): unknown {
  // the comparisons kept, the redlines let go as they come
  const diffs = Array.from(each, ({ file, document, comparison }) => ({ file, document, comparison }));
  const [only] = diffs;
  if (diffs.length === 1 && only && (only.file ?? null) === null) return only.comparison;
  const all = diffs.flatMap((d) => d.comparison.changes);
  const fallbacks = diffs.reduce((n, d) => n + d.comparison.summary.fallbacks, 0);
  return {
    documents: diffs.map(documentEntry),
    summary: summarize(all, fallbacks),
  };
}

/** Each line of `json` but the first indented by `pad`: JSON strings hold no raw line breaks. */
const indented = (json: string, pad: string): string => json.replace(/\n/gu, `\n${pad}`);

/**
 * A redline's JSON in parts, a document at a time as the diffs come: the same text as
 * `writeJson(diffJson(diffs))`, without holding every comparison (the summary is added up on the way).
 */
export function* redlineJsonParts(diffs: Iterable<FileDiff>): Generator<string> {
  const iterator = diffs[Symbol.iterator]();
  const first = iterator.next();
  let next = first.done ? first : iterator.next();
  if (first.done || (next.done && (first.value.file ?? null) === null)) {
    yield writeJson(diffJson(first.done ? [] : [first.value]));
    return;
  }
  const total: Summary = summarize([], 0);
  const entry = (d: FileDiff): string => {
    for (const key of Object.keys(total) as (keyof Summary)[]) total[key] += d.comparison.summary[key];
    return `    ${indented(JSON.stringify(documentEntry(d), null, 2), '    ')}`;
  };
  yield `{\n  "documents": [\n${entry(first.value)}`;
  for (; !next.done; next = iterator.next()) yield `,\n${entry(next.value)}`;
  yield `\n  ],\n  "summary": ${indented(JSON.stringify(total, null, 2), '  ')}\n}\n`;
}

export function writeJsonProduct(p: Product): string | Iterable<string> {
  if (p.kind === 'resolution') return writeJson(p.parsed);
  if (p.kind === 'redline') return redlineJsonParts(p.diffs);
  if (p.kind === 'merge') return writeJson(mergeJson(p.merge));
  return writeJson({ kind: 'proposal', ...p.draft.proposal });
}
