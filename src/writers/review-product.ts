/** A diff's or a merge's review page: what the HTML writer writes for `-o FILE.html`. */
import type { Merge, MergeStatus } from '../model/merge.js';
import type { RedlineDocument } from '../model/redline.js';
import { draftTitle } from './merge.js';
import type { FileDiff } from './registry.js';
import { reviewParts, type ReviewDocument } from './review.js';
import { countMarks, countsOf, diffMarks, draftMarks } from './review-marks.js';

/** The title as the revised text gives it. */
function titleOf(doc: RedlineDocument): string | null {
  const p = doc.paragraphs.find((x) => x.role === 'title');
  return p ? p.text.filter((s) => s.op !== 'delete').map((s) => s.text).join('').trim() : null;
}

/** The documents of a diff as they come; each is named when there are several (folders, collections). */
function* diffDocuments(diffs: Iterable<FileDiff>): Generator<ReviewDocument> {
  const iterator = diffs[Symbol.iterator]();
  for (let d = iterator.next(), k = 0; !d.done; k++) {
    const ahead = iterator.next();
    const { file, document, comparison, redline } = d.value;
    const several = k > 0 || !ahead.done || (file ?? null) !== null;
    yield { name: several ? [file, document].filter((x): x is string => Boolean(x)).join(': ') : null, redline, marks: diffMarks(redline, comparison), counts: countsOf(comparison) };
    d = ahead;
  }
}

/** `compared`: the inputs, for people (`base.txt → revised.txt`). */
export function diffReview(diffs: Iterable<FileDiff>, compared: string): Iterable<string> {
  const documents = diffDocuments(diffs);
  // the first document is read ahead for the page's title; the rest follow as they come
  const first = documents.next();
  const title = first.done ? 'Redline' : `Redline: ${titleOf(first.value.redline) ?? first.value.name ?? 'text'}`;
  const all = (function* () {
    if (!first.done) yield first.value;
    yield* documents;
  })();
  return reviewParts({ title, compared, documents: all });
}

/** A merge: the merged draft inline, the synoptic table beside it; `view` says which is shown first. */
export function mergeReview(merge: Merge, compared: string, view: 'inline' | 'side'): Iterable<string> {
  const statuses: Record<MergeStatus, number> = { unchanged: 0, agreed: 0, compatible: 0, conflict: 0 };
  for (const d of merge.documents) for (const c of d.clauses) statuses[c.status]++;
  const proposers = merge.proposers.map((p) => p.proposer);
  const documents = merge.documents.map((d): ReviewDocument => {
    const marks = draftMarks(d.redline);
    return { name: merge.documents.length > 1 ? d.title : null, redline: d.redline, marks, counts: countMarks(marks), synoptic: { clauses: d.clauses, proposers } };
  });
  return reviewParts({ title: draftTitle(merge), compared, documents, view, merge: { statuses, proposers: merge.proposers } });
}
