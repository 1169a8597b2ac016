/**
 * The writers, as pandoc lists them: each with its format name, the extensions it owns and what
 * it can write. Every command picks its writer here, from `--format` or the `-o` extension; a
 * writer's code is loaded only when it is used.
 */
import { extname } from 'node:path';
import type { Comparison } from '../model/comparison.js';
import { InputError } from '../model/errors.js';
import type { RedlineDocument } from '../model/redline.js';
import type { Parsed } from '../model/resolution.js';
import type { Draft } from '../model/proposal.js';
import type { Merge, MergeView } from '../model/merge.js';

/** What a command produces. */
export type ProductKind = 'resolution' | 'redline' | 'proposal' | 'merge';

/** A document's comparison, with the file it came from when folders were compared. */
export interface FileDiff {
  /** the file name shared by both folders; null or absent when two files were compared */
  file?: string | null;
  /** which document of a collection: `resolution 179`, or the title */
  document: string;
  comparison: Comparison;
  redline: RedlineDocument;
}

export type Product =
  | { kind: 'resolution'; parsed: Parsed }
  /** `diffs` may be made as they are taken (the library's `eachDiff`): writers go through them once */
  /** `compared`: what was compared, for people (`base.txt → revised.txt`), shown by the review page */
  | { kind: 'redline'; diffs: Iterable<FileDiff>; compared?: string }
  | { kind: 'proposal'; draft: Draft }
  /** the secretariat's merge, in one of its views; `changedOnly` folds untouched clauses of the synoptic table */
  | { kind: 'merge'; merge: Merge; view: MergeView; changedOnly?: boolean; compared?: string };

export interface WriteOptions {
  /** Markdown redlines: CriticMarkup (default) or `<ins>`/`<del>` */
  markup?: 'critic' | 'html';
  /** Word: tracked changes (default) or underline / strike-through */
  marks?: 'revisions' | 'formatting';
  /** terminal colours for the text redline */
  color?: boolean;
  /** the date stamped into a clean Word file (ISO) */
  date?: string;
}

export type Format = 'json' | 'outline' | 'text' | 'md' | 'html' | 'docx';

export interface WriterInfo {
  format: Format;
  /** extensions that name this format in `-o`, the first one preferred */
  extensions: readonly string[];
  writes: readonly ProductKind[];
  /** bytes, not text: never written to a terminal */
  binary: boolean;
}

/** A writer's output: whole, or text in parts (a large redline, written out as it is made). */
export type Written = string | Uint8Array | Iterable<string>;

interface Writer extends WriterInfo {
  write(product: Product, options: WriteOptions): Promise<Written>;
}

const WRITERS: readonly Writer[] = [
  {
    format: 'json',
    extensions: ['.json'],
    writes: ['resolution', 'redline', 'proposal', 'merge'],
    binary: false,
    write: async (p) => (await import('./json.js')).writeJsonProduct(p),
  },
  {
    format: 'outline',
    extensions: [],
    writes: ['resolution'],
    binary: false,
    write: async (p) => (await import('./outline.js')).writeOutline(resolution(p)),
  },
  {
    format: 'text',
    extensions: ['.txt'],
    writes: ['resolution', 'redline', 'proposal'],
    binary: false,
    write: async (p, o) => {
      if (p.kind === 'resolution') return (await import('./text.js')).writeText(p.parsed);
      if (p.kind === 'redline') {
        const diffs = [...p.diffs];
        return (await import('./terminal.js')).writeTerminal(diffs.map((d) => d.redline), o.color === true, diffs.map((d) => d.file ?? null));
      }
      if (p.kind !== 'proposal') throw new Error(`this writer cannot write a ${p.kind}`);
      return (await import('./proposal.js')).writeDraft(p.draft, { markdown: false });
    },
  },
  {
    format: 'md',
    extensions: ['.md', '.markdown'],
    writes: ['resolution', 'redline', 'proposal', 'merge'],
    binary: false,
    write: async (p, o) => {
      if (p.kind === 'merge') return (await import('./merge-formats.js')).mergeMarkdown(p);
      if (p.kind === 'resolution') return (await import('./markdown.js')).writeResolutionMarkdown(p.parsed);
      if (p.kind === 'redline') return (await import('./markdown.js')).markdownParts(redlines(p), o.markup);
      return (await import('./proposal.js')).writeDraft(p.draft, { markdown: true });
    },
  },
  {
    format: 'html',
    extensions: ['.html', '.htm'],
    writes: ['redline', 'merge'],
    binary: false,
    write: async (p) => {
      // the compilation is a document to print; the synoptic table and the draft are a review page
      if (p.kind === 'merge' && p.view === 'compilation') return (await import('./merge-formats.js')).mergeHtml(p);
      const review = await import('./review-product.js');
      if (p.kind === 'merge') return review.mergeReview(p.merge, p.compared ?? 'the base text with its proposals', p.view === 'draft' ? 'inline' : 'side');
      if (p.kind !== 'redline') throw new Error(`this writer cannot write a ${p.kind}`);
      return review.diffReview(p.diffs, p.compared ?? 'the base text with the revised text');
    },
  },
  {
    format: 'docx',
    extensions: ['.docx'],
    writes: ['resolution', 'redline', 'proposal', 'merge'],
    binary: true,
    write: async (p, o) => (await import('./docx-product.js')).writeDocxProduct(p, o),
  },
];

function resolution(p: Product): Parsed {
  if (p.kind !== 'resolution') throw new Error(`this writer cannot write a ${p.kind}`);
  return p.parsed;
}

/** The redlines of a product, taken one at a time. */
function* redlines(p: Product): Generator<RedlineDocument> {
  if (p.kind !== 'redline') throw new Error(`this writer cannot write a ${p.kind}`);
  for (const d of p.diffs) yield d.redline;
}

export function writers(): WriterInfo[] {
  return WRITERS.map(({ format, extensions, writes, binary }) => ({ format, extensions, writes, binary }));
}

function writer(format: Format): Writer {
  return WRITERS.find((w) => w.format === format) as Writer;
}

export interface Choice {
  /** the command, for messages */
  command: string;
  product: ProductKind;
  /** `-o`, when given */
  output?: string | undefined;
  /** `--format`, when given */
  format?: string | undefined;
  /** when neither names a format */
  fallback: Format;
}

/**
 * The writer for a command's output: `--format`, else the `-o` extension, else the fallback. A
 * format or extension that cannot hold the command's output, or an extension that contradicts
 * `--format`, is refused with the formats that fit.
 */
export function chooseWriter(choice: Choice): WriterInfo {
  const fitting = WRITERS.filter((w) => w.writes.includes(choice.product));
  const names = fitting.map((w) => w.format).join(', ');
  const exts = fitting.flatMap((w) => w.extensions.slice(0, 1)).join(', ');
  let named: Writer | undefined;
  if (choice.format !== undefined) {
    named = fitting.find((w) => w.format === choice.format);
    if (!named) {
      const known = WRITERS.some((w) => w.format === choice.format);
      throw new InputError(known ? `${choice.command} cannot write a ${choice.product} as ${choice.format}` : `unknown --format "${choice.format}"`, undefined, undefined, `use ${names}`);
    }
  }
  const out = choice.output && choice.output !== '-' ? choice.output : undefined;
  const ext = out ? extname(out).toLowerCase() : '';
  if (out && ext) {
    const byExt = fitting.find((w) => w.extensions.includes(ext));
    if (!byExt) {
      throw new InputError(`${choice.command} cannot write a ${choice.product} as a ${ext} file`, out, undefined, `name the output ${exts}${fitting.some((w) => w.extensions.length === 0) ? `, or use --format ${names}` : ''}`);
    }
    if (named && named !== byExt) {
      throw new InputError(`--format ${named.format} contradicts the ${ext} extension`, out, undefined, `drop --format, or name the output ${named.extensions[0] ?? 'without an extension'}`);
    }
    return info(byExt);
  }
  return info(named ?? writer(choice.fallback));
}

function info(w: Writer): WriterInfo {
  return { format: w.format, extensions: w.extensions, writes: w.writes, binary: w.binary };
}

/** Write a product in a format. */
export async function write(format: Format, product: Product, options: WriteOptions = {}): Promise<string | Uint8Array> {
  const written = await writeParts(format, product, options);
  return typeof written === 'string' || written instanceof Uint8Array ? written : [...written].join('');
}

/**
 * The same, text possibly in parts, made as they are taken: what the command line writes out part
 * by part, so that a large redline is never held whole. The parts can be gone through once.
 */
export async function writeParts(format: Format, product: Product, options: WriteOptions = {}): Promise<Written> {
  const w = writer(format);
  if (!w.writes.includes(product.kind)) throw new InputError(`${format} cannot hold a ${product.kind}`, undefined, undefined, `use ${WRITERS.filter((x) => x.writes.includes(product.kind)).map((x) => x.format).join(', ')}`);
  return w.write(product, options);
}
