import type { Command } from 'commander';
import { readInput } from '../readers/input.js';
import { checkForm, checkMarks, checkReportFormat } from '../cli/options.js';
import { guardOutput, tell, writeOutput } from '../cli/output.js';
import { writeCheckReport } from '../writers/annotations.js';
import type { CommandSpec } from './command.js';

interface CheckOptions {
  expect: string;
  output?: string;
  format?: string;
  ignoreQuotes?: boolean;
  form?: string;
  rebase?: boolean;
  marks?: string;
  lang?: string;
}

export const checkCommand: CommandSpec = {
  name: 'check',
  examples: [
    'redline check fixtures/en/res179-dubai-2018.txt fixtures/en/proposals/bucharest-2022/instructions.md --expect fixtures/en/proposals/bucharest-2022/revised.txt',
  ],
  declare: (c: Command) => {
    c.description('check that a consolidated text is the base with the proposals applied; exit 1 when it is not')
      .argument('<base>', 'the resolution the proposals amend')
      .argument('<proposals...>', 'the adopted proposals, in any form')
      .requiredOption('--expect <consolidated>', 'the consolidated text to check (.txt, .md or .docx, with no marks left)')
      .option('--format <format>', 'text | json | github (GitHub Actions annotations)', 'text')
      .option('-o, --output <out>', 'write the report to this file')
      .option('--ignore-quotes', 'treat straight and curly quotes, apostrophes and dashes as the same')
      .option('--form <form>', 'read the proposals as instructions, markup, revised or whole; decided from the content when absent')
      .option('--rebase', 'apply a proposal drafted on another text to the clauses that did not change')
      .option('--marks <marks>', 'Word inputs: read only tracked changes (revisions), or underline / strike-through too (formatting)')
      .option('--lang <code>', 'language of the texts (detected when absent)');
  },
  run: async (base: string, files: string[], opts: CheckOptions) => {
    const { checkInputs } = await import('../library/check.js');
    const format = checkReportFormat(opts.format);
    guardOutput(opts.output, [base, ...files, opts.expect]);
    const marks = checkMarks(opts.marks);
    const options = { lang: opts.lang, form: checkForm(opts.form), rebase: opts.rebase === true, ignoreQuotes: opts.ignoreQuotes === true, ...(marks ? { marks } : {}) };
    const { report, notices } = checkInputs(readInput(base), files.map(readInput), readInput(opts.expect), options);
    tell(notices);
    await writeOutput(opts.output, writeCheckReport(report, format));
    return report.ok ? 0 : 1;
  },
};
