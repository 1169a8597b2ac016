import { Option, type Command } from 'commander';
import { filesIn, readInput } from '../readers/input.js';
import { deliver, plan } from '../cli/deliver.js';
import { checkForm, checkMarks, checkView } from '../cli/options.js';
import { tell } from '../cli/output.js';
import { revisionDate } from '../cli/stamp.js';
import type { CommandSpec } from './command.js';

interface MergeOptions {
  output?: string;
  format?: string;
  view?: string;
  changedOnly?: boolean;
  form?: string;
  rebase?: boolean;
  marks?: string;
  lang?: string;
  date?: string;
}

export const mergeCommand: CommandSpec = {
  name: 'merge',
  examples: [
    'redline merge fixtures/en/res179-dubai-2018.txt fixtures/en/merge/apt.md fixtures/en/merge/cept.md fixtures/en/merge/rcc.md -o synoptic.html',
    'redline merge fixtures/en/res179-dubai-2018.txt fixtures/en/merge/apt.md fixtures/en/merge/cept.md --view draft -o draft.docx',
  ],
  declare: (c: Command) => {
    c.description('compile every proposal on a resolution: a synoptic table, a compilation or a merged draft; exit 1 when proposals conflict')
      .argument('<base>', 'the resolution the proposals amend (or a collection of resolutions)')
      .argument('<proposals...>', 'proposal files or contributions, in any form, or folders of them')
      .option('-o, --output <out>', 'write to this file (.md, .html, .docx or .json)')
      .option('--format <format>', 'md | html | docx | json')
      .addOption(new Option('--view <view>', 'synoptic (a table, a column per proposer), compilation (each provision with its proposals) or draft (the merged text, conflicts in brackets)').default('synoptic'))
      .option('--changed-only', 'synoptic table: fold the provisions no proposal touches')
      .option('--form <form>', 'read the proposals as instructions, markup, revised or whole; decided from the content when absent')
      .option('--rebase', 'apply a proposal drafted on another text to the clauses that did not change')
      .option('--marks <marks>', 'Word: revisions (tracked changes, the default for output) or formatting, for output and Word inputs')
      .option('--lang <code>', 'language of the texts (detected when absent)')
      .option('--date <iso>', "date of the draft's revisions (default: SOURCE_DATE_EPOCH, else the latest date of the proposals)");
  },
  run: async (base: string, files: string[], opts: MergeOptions) => {
    const { mergeInputs } = await import('../library/merge.js');
    const view = checkView(opts.view);
    const delivery = { command: 'merge', output: opts.output, format: opts.format, fallback: 'md' as const, inputs: [base, ...files] };
    plan(delivery, 'merge');
    const marks = checkMarks(opts.marks);
    const stamped = opts.date !== undefined || process.env['SOURCE_DATE_EPOCH'] !== undefined;
    const options = { lang: opts.lang, form: checkForm(opts.form), rebase: opts.rebase === true, ...(marks ? { marks } : {}), ...(stamped ? { date: revisionDate(opts.date) } : {}) };
    // a folder of proposals is its files, in name order
    const result = mergeInputs(readInput(base), filesIn(files).map(readInput), options);
    await deliver(delivery, { kind: 'merge', merge: result.merge, view, changedOnly: opts.changedOnly === true, compared: `${base} with ${files.join(', ')}` }, { marks: marks ?? 'revisions' });
    const conflicts = result.merge.conflicts;
    tell([...result.notices, ...result.refused.map((r) => `refused: ${r}`), ...(conflicts > 0 ? [`note: ${conflicts} ${conflicts === 1 ? 'provision' : 'provisions'} in conflict`] : [])]);
    return conflicts > 0 || result.refused.length > 0 ? 1 : 0;
  },
};
