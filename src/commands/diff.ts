import type { Command } from 'commander';
import { differs } from '../model/comparison.js';
import { deliver, plan } from '../cli/deliver.js';
import { checkMarks, checkMarkup } from '../cli/options.js';
import { tell } from '../cli/output.js';
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
  ],
  declare: (c: Command) => {
    c.description('compare two versions clause by clause and write the redline; with --exit-code, exit 1 when they differ')
      .argument('<base>', 'the earlier text (.txt, .md or .docx), or a folder of them')
      .argument('<revised>', 'the later text, or a proposal on BASE in any form, or a folder: files are paired by name')
      .option('-o, --output <out>', 'write to this file (format from its extension: .md .html .json .txt .docx)')
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
    const delivery = { command: 'diff', output: opts.output, format: opts.format, fallback: tty ? ('text' as const) : ('md' as const), inputs: [base, revised] };
    const writer = plan(delivery, 'redline');
    const markup = checkMarkup(opts.markup);
    const marks = checkMarks(opts.marks);
    // only Word revisions carry an author: asking git for it would cost a process for nothing
    const author = writer.format === 'docx' ? revisionAuthor(opts.author) : (opts.author ?? 'redline');
    const options = { author, date: revisionDate(opts.date), ignoreQuotes: opts.ignoreQuotes === true, lang: opts.lang, ...(marks ? { marks } : {}) };
    // compared as the writer takes them, one document at a time: whether any differs is noted on the way
    const { diffs, notices } = eachDiff(base, revised, options);
    let differ = false;
    const noted = (function* () {
      for (const d of diffs) {
        differ ||= differs(d.comparison);
        yield d;
      }
    })();
    // Colour: as asked, else on a terminal unless NO_COLOR is set.
    const color = opts.color ?? (tty && !opts.output && !process.env['NO_COLOR']);
    await deliver(delivery, { kind: 'redline', diffs: noted, compared: `${base} → ${revised}` }, { markup, marks: marks ?? 'revisions', color });
    tell(notices);
    return differ && opts.exitCode === true ? 1 : 0;
  },
};
