import type { Command } from 'commander';
import { compare, type DocumentDiff } from '../engine/compare.js';
import { documentsOf, type Parsed } from '../model/resolution.js';
import { inputPairs } from './folders.js';
import { differs, summarize } from '../model/comparison.js';
import { InputError } from '../model/errors.js';
import { parseFile } from '../readers/read.js';
import { writeDocx } from '../writers/docx.js';
import { writeHtml } from '../writers/html.js';
import { writeJson } from '../writers/json.js';
import { writeMarkdown, type Markup } from '../writers/markdown.js';
import { writeTerminal } from '../writers/terminal.js';
import type { RunState } from '../cli.js';
import { revisionAuthor, revisionDate } from './stamp.js';
import { checkMarks, type MarksOption } from './marks.js';
import { formatFor, guardOutput, writeOutput } from './output.js';
import type { RedlineDocument } from '../model/redline.js';

type DiffFormat = 'md' | 'html' | 'json' | 'text' | 'docx';

interface DiffOptions {
  output?: string;
  format?: DiffFormat;
  markup?: Markup;
  author?: string;
  date?: string;
  lang?: string;
  ignoreQuotes?: boolean;
  color?: boolean;
  marks?: MarksOption;
}

/** A document's comparison, with the file it came from when folders were compared. */
export interface FileDiff extends DocumentDiff {
  file: string | null;
}

/**
 * The JSON of `redline diff`: one document as `{ changes, summary }`; a collection or folders as
 * `{ documents: [ { file, document, summary, changes } ], summary }`.
 */
export function diffJson(diffs: readonly FileDiff[]): unknown {
  const [only] = diffs;
  if (diffs.length === 1 && only && only.file === null) return only.comparison;
  const all = diffs.flatMap((d) => d.comparison.changes);
  const fallbacks = diffs.reduce((n, d) => n + d.comparison.summary.fallbacks, 0);
  return {
    documents: diffs.map((d) => ({ ...(d.file !== null ? { file: d.file } : {}), document: d.document, summary: d.comparison.summary, changes: d.comparison.changes })),
    summary: summarize(all, fallbacks),
  };
}

/** Nothing, shaped like the other side's documents: a file on one side only is all ADD or all SUP. */
function nothingLike(parsed: Parsed): Parsed {
  const documents = documentsOf(parsed).map((d) => ({ ...d, title: null, subtitle: null, formula: null, blocks: [], footnotes: [], annexes: [] }));
  return { kind: 'collection', lang: parsed.lang, documents };
}

export function registerDiff(program: Command, state: RunState): void {
  program
    .command('diff')
    .description('compare two versions clause by clause and write the redline; exit 1 when they differ')
    .argument('<base>', 'the earlier text (.txt, .md or .docx), or a folder of them')
    .argument('<revised>', 'the later text, or a folder: files are paired by name')
    .option('-o, --output <out>', 'write to this file (format from its extension: .md .html .json .txt .docx)')
    .option('--format <format>', 'md | html | json | text | docx')
    .option('--markup <markup>', 'Markdown marks: critic ({++ ++}) or html (<ins>/<del>)', 'critic')
    .option('--author <name>', 'author of the revisions (default: git user name, else redline)')
    .option('--date <iso>', 'date of the revisions (default: SOURCE_DATE_EPOCH, else now)')
    .option('--lang <code>', 'language of both texts (detected when absent)')
    .option('--ignore-quotes', 'treat straight and curly quotes, apostrophes and dashes as the same')
    .option('--color', 'colour the terminal output even when not a terminal')
    .option('--no-color', 'no colour in terminal output')
    .option('--marks <marks>', 'Word: revisions (tracked changes) or formatting (underline / strike-through), for output and Word inputs', 'revisions')
    .action(async (base: string, revised: string, opts: DiffOptions) => {
      const tty = process.stdout.isTTY === true;
      const format = formatFor<DiffFormat>(
        opts.output,
        opts.format,
        { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.json': 'json', '.txt': 'text', '.docx': 'docx' },
        tty ? 'text' : 'md',
        ['md', 'html', 'json', 'text', 'docx'],
      );
      if (opts.markup !== 'critic' && opts.markup !== 'html') {
        throw new InputError(`unknown --markup "${String(opts.markup)}"`, undefined, undefined, 'use critic or html');
      }
      const marks = checkMarks(opts.marks);
      guardOutput(opts.output, [base, revised]);
      const options = { author: revisionAuthor(opts.author), date: revisionDate(opts.date), ignoreQuotes: opts.ignoreQuotes === true };
      const diffs: FileDiff[] = [];
      for (const pair of inputPairs(base, revised)) {
        const a = pair.base === null ? null : parseFile(pair.base, { lang: opts.lang, marks });
        const b = pair.revised === null ? null : parseFile(pair.revised, { lang: opts.lang, marks });
        const left = a ?? nothingLike(b as Parsed);
        const right = b ?? nothingLike(a as Parsed);
        for (const d of compare(left, right, options)) diffs.push({ ...d, file: pair.file });
      }
      const docs = diffs.map((d) => d.redline);
      // Colour: as asked, else on a terminal unless NO_COLOR is set.
      const color = opts.color ?? (tty && !opts.output && !process.env['NO_COLOR']);
      const out =
        format === 'docx' ? await writeDocx(joinDocuments(docs), { marks })
        : format === 'json' ? writeJson(diffJson(diffs))
        : format === 'html' ? writeHtml(docs, `${base} → ${revised}`)
        : format === 'text' ? writeTerminal(docs, color, diffs.map((d) => d.file))
        : writeMarkdown(docs, opts.markup);
      writeOutput(opts.output, out);
      if (diffs.some((d) => differs(d.comparison))) state.exitCode = 1;
    });
}

/** A collection becomes one Word document, resolution after resolution. */
export function joinDocuments(docs: readonly RedlineDocument[]): RedlineDocument {
  const [first] = docs;
  if (!first) throw new InputError('nothing to write');
  if (docs.length === 1) return first;
  return { ...first, paragraphs: docs.flatMap((d) => d.paragraphs), footnotes: docs.flatMap((d) => d.footnotes) };
}
