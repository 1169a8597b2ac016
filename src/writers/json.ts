/**
 * JSON output: two-space indent and a final newline, keys in the order the model declares them.
 * A resolution is its tree (docs/model.md); a redline its changes (`{ changes, summary }`, or
 * `{ documents: [...], summary }` for a collection or folders); a proposal its changes.
 */
import { summarize } from '../model/comparison.js';
import { mergeJson } from './merge.js';
import type { FileDiff, Product } from './registry.js';

export function writeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function diffJson(diffs: readonly FileDiff[]): unknown {
  const [only] = diffs;
  if (diffs.length === 1 && only && (only.file ?? null) === null) return only.comparison;
  const all = diffs.flatMap((d) => d.comparison.changes);
  const fallbacks = diffs.reduce((n, d) => n + d.comparison.summary.fallbacks, 0);
  return {
    documents: diffs.map((d) => ({ ...(d.file ? { file: d.file } : {}), document: d.document, summary: d.comparison.summary, changes: d.comparison.changes })),
    summary: summarize(all, fallbacks),
  };
}

export function writeJsonProduct(p: Product): string {
  if (p.kind === 'resolution') return writeJson(p.parsed);
  if (p.kind === 'redline') return writeJson(diffJson(p.diffs));
  if (p.kind === 'merge') return writeJson(mergeJson(p.merge));
  return writeJson({ kind: 'proposal', ...p.draft.proposal });
}
