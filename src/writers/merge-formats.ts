/** A merge written as Markdown, HTML or Word, in the view asked for. */
import { writeDocx, type DocxMarks } from './docx.js';
import { writeMarkdown } from './markdown.js';
import { compilationReport, draftRedlines, synopticReport } from './merge.js';
import type { Report } from './report.js';
import { writeReportDocx } from './report-docx.js';
import { writeReportHtml } from './report-html.js';
import { writeReportMarkdown } from './report-markdown.js';
import type { Product } from './registry.js';

type MergeProduct = Extract<Product, { kind: 'merge' }>;

function report(p: MergeProduct): Report {
  return p.view === 'compilation' ? compilationReport(p.merge) : synopticReport(p.merge, p.changedOnly === true);
}

/** The draft in CriticMarkup, each change followed by a comment naming its proposers. */
export function mergeMarkdown(p: MergeProduct): string {
  if (p.view !== 'draft') return writeReportMarkdown(report(p));
  // no heading of its own: the draft reads back as the resolution it is
  return writeMarkdown(draftRedlines(p.merge));
}

/** The compilation (or synoptic table) as a page to print; the draft on screen is the review page (review-product.ts). */
export function mergeHtml(p: MergeProduct): string {
  return writeReportHtml(report(p.view === 'draft' ? { ...p, view: 'synoptic' } : p));
}

/** The draft as tracked changes whose authors are the proposers; the other views as tables. */
export async function mergeDocx(p: MergeProduct, marks: DocxMarks): Promise<Uint8Array> {
  if (p.view !== 'draft') return writeReportDocx(report(p));
  return writeDocx(draftRedlines(p.merge), { marks });
}
