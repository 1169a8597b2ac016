import { join } from 'node:path';
import type { Command } from 'commander';
import { differs, summarize } from '../model/comparison.js';
import { InputError } from '../model/errors.js';
import { stemOf } from '../readers/input.js';
import type { FileDiff, WriteOptions, WriterInfo } from '../writers/registry.js';
import type { IndexEntry } from '../writers/review-index.js';
import { makeFolder, outputFolder } from '../cli/folders.js';
import { progress } from '../cli/progress.js';
import { deliver, plan } from '../cli/deliver.js';
import { checkMarks, checkMarkup } from '../cli/options.js';
import { guardOutput, tell, writeOutput } from '../cli/output.js';
import { revisionAuthor, revisionDate } from '../cli/stamp.js';
import type { CommandSpec } from './command.js';

interface DiffOptions {
  output?: string;
  format?: string;
  markup?: string;
  author?: string;
  date?: string;
  lang?: string;
  ignoreQuotes?: boolean;
  exitCode?: boolean;
  color?: boolean;
  marks?: string;
}

export const diffCommand: CommandSpec = {
  name: 'diff',
  examples: [
    'redline diff fixtures/en/res179-busan-2014.txt fixtures/en/res179-dubai-2018.txt -o redline.docx',
    'redline diff fixtures/en/res179-busan-2014.txt fixtures/en/res179-dubai-2018.txt -o redline.html',
    'redline diff fixtures/en/res179-dubai-2018.txt fixtures/en/proposals/bucharest-2022/instructions.md',
    'redline diff fixtures/en/folders/2014 fixtures/en/folders/2018 -o redlines/',
  ],
  declare: (c: Command) => {
    c.description('compare two versions clause by clause and write the redline; with --exit-code, exit 1 when they differ')
      .argument('<base>', 'the earlier text (.txt, .md or .docx), or a folder of them')
      .argument('<revised>', 'the later text, or a proposal on BASE in any form, or a folder: files are paired by name')
      .option('-o, --output <out>', 'write to this file (format from its extension: .md .html .json .txt .docx); for two folders, a folder (ending in /) gets a file per pair, and for HTML an index page')
      .option('--format <format>', 'md | html | json | text | docx')
      .option('--markup <markup>', 'Markdown marks: critic ({++ ++}) or html (<ins>/<del>)', 'critic')
      .option('--author <name>', 'author of the revisions (default: git user name, else redline)')
      .option('--date <iso>', 'date of the revisions (default: SOURCE_DATE_EPOCH, else now)')
      .option('--lang <code>', 'language of both texts (detected when absent)')
      .option('--ignore-quotes', 'treat straight and curly quotes, apostrophes and dashes as the same')
      .option('--exit-code', 'exit 1 when the texts differ, 0 when they are the same (as git diff --exit-code); without it, 0 once the redline is written')
      .option('--color', 'colour the terminal output even when not a terminal')
      .option('--no-color', 'no colour in terminal output')
      .option('--marks <marks>', 'Word: revisions (tracked changes, the default for output) or formatting (underline / strike-through), for output and Word inputs (read by what they have when absent)');
  },
  run: async (base: string, revised: string, opts: DiffOptions) => {
    const { eachDiff } = await import('../library/diff.js');
    const tty = process.stdout.isTTY === true;
    const folder = outputFolder(opts.output);
    const delivery = { command: 'diff', output: folder ? undefined : opts.output, format: opts.format ?? (folder ? 'html' : undefined), fallback: tty ? ('text' as const) : ('md' as const), inputs: [base, revised] };
    const writer = plan(delivery, 'redline');
    const markup = checkMarkup(opts.markup);
    const marks = checkMarks(opts.marks);
    // only Word revisions carry an author: asking git for it would cost a process for nothing
    const author = writer.format === 'docx' ? revisionAuthor(opts.author) : (opts.author ?? 'redline');
    const options = { author, date: revisionDate(opts.date), ignoreQuotes: opts.ignoreQuotes === true, lang: opts.lang, ...(marks ? { marks } : {}) };
    // compared as the writer takes them, one document at a time: whether any differs is noted on the way
    const { diffs, notices, files } = eachDiff(base, revised, options);
    if (folder && files === null) throw new InputError('names a folder, and two files were compared', opts.output, undefined, 'give -o a file, or compare two folders');
    const ticking = progress('diff', files, files === null ? 'documents' : 'files');
    let differ = false;
    let file: string | null | undefined;
    const noted = (function* () {
      for (const d of diffs) {
        if (files === null || d.file !== file) ticking.tick(d.file ?? d.document);
        file = d.file;
        differ ||= differs(d.comparison);
        yield d;
      }
    })();
    // Colour: as asked, else on a terminal unless NO_COLOR is set.
    const color = opts.color ?? (tty && !opts.output && !process.env['NO_COLOR']);
    const writeOptions = { markup, marks: marks ?? 'revisions', color } as const;
    const compared = `${base} → ${revised}`;
    try {
      if (folder) await writeFolder(folder, noted, writer, writeOptions, { base, revised });
      else await deliver(delivery, { kind: 'redline', diffs: noted, compared }, writeOptions);
    } finally {
      ticking.done();
    }
    tell(notices);
    return differ && opts.exitCode === true ? 1 : 0;
  },
};

/**
 * Two folders compared into a folder: a file per pair, named after it with the format's
 * extension, and for HTML an index page linking each file's review page. Each file is written
 * atomically as its turn comes.
 */
async function writeFolder(folder: string, diffs: Iterable<FileDiff>, writer: WriterInfo, options: WriteOptions, inputs: { base: string; revised: string }): Promise<void> {
  const [{ writeParts }, { writeReviewIndex }] = await Promise.all([import('../writers/registry.js'), import('../writers/review-index.js')]);
  makeFolder(folder);
  const entries: IndexEntry[] = [];
  const used = new Set<string>();
  for (const group of byFile(diffs)) {
    const file = group[0]?.file ?? 'redline';
    const stem = stemOf(file);
    const ext = writer.extensions[0] ?? '';
    // a.txt and a.md would both give a.html: the second keeps its own extension
    const name = used.has(`${stem}${ext}`) ? `${file}${ext}` : `${stem}${ext}`;
    used.add(name);
    const out = join(folder, name);
    guardOutput(out, [inputs.base, inputs.revised, join(inputs.base, file), join(inputs.revised, file)]);
    const summary = summarize(group.flatMap((d) => d.comparison.changes), group.reduce((n, d) => n + d.comparison.summary.fallbacks, 0));
    await writeOutput(out, await writeParts(writer.format, { kind: 'redline', diffs: group, compared: `${join(inputs.base, file)} → ${join(inputs.revised, file)}` }, options));
    entries.push({ file, page: name, summary, document: group[0]?.document ?? '' });
  }
  if (writer.format === 'html') await writeOutput(join(folder, 'index.html'), writeReviewIndex(entries, `${inputs.base} → ${inputs.revised}`));
}

/** The diffs of each file together: they come file by file. */
function* byFile(diffs: Iterable<FileDiff>): Generator<FileDiff[]> {
  let group: FileDiff[] = [];
  for (const d of diffs) {
    if (group.length > 0 && group[0]?.file !== d.file) {
      yield group;
      group = [];
    }
    group.push(d);
  }
  if (group.length > 0) yield group;
}
