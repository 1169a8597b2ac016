import type { Command } from 'commander';
import { InputError } from '../model/errors.js';
import type { CheckReport } from '../model/check.js';
import { folderSets, isFolder, readInput } from '../readers/input.js';
import { progress } from '../cli/progress.js';
import { checkForm, checkMarks, checkReportFormat } from '../cli/options.js';
import { guardOutput, tell, writeOutput } from '../cli/output.js';
import { writeCheckReport, writeCheckReports } from '../writers/annotations.js';
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
    'redline check fixtures/en/folders/2014 fixtures/en/folders/proposals --expect fixtures/en/folders/consolidated --format json',
  ],
  declare: (c: Command) => {
    c.description('check that a consolidated text is the base with the proposals applied; exit 1 when it is not')
      .argument('<base>', 'the resolution the proposals amend, or a folder of them')
      .argument('<proposals...>', 'the adopted proposals, in any form; for a folder of bases, a folder of proposals matched by name (a base without one has none)')
      .requiredOption('--expect <consolidated>', 'the consolidated text to check (.txt, .md or .docx, with no marks left), or a folder of them matched by name')
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
    if (isFolder(base)) {
      // folders: each base file with its proposal and its consolidated text, matched by name
      const [proposals] = files;
      if (files.length !== 1 || !isFolder(proposals ?? '') || !isFolder(opts.expect)) {
        throw new InputError('is a folder: give one folder of proposals, and --expect a folder of consolidated texts', base, undefined, 'or give files, as for one resolution');
      }
      const sets = folderSets(base, [proposals as string, opts.expect]);
      // every resolution has its consolidated text before any is checked
      for (const { name, files: [b, , e] } of sets) if (!e) throw new InputError(`has no consolidated text for ${b}`, opts.expect, undefined, `add a consolidated ${name} to it, or take ${b} out of ${base}`);
      const ticking = progress('check', sets.length, 'files');
      const reports: CheckReport[] = [];
      try {
        for (const { name, files: [b, p, e] } of sets) {
          const { report, notices } = checkInputs(readInput(b), p ? [readInput(p)] : [], readInput(e as string), options);
          tell(notices);
          reports.push(report);
          ticking.tick(name);
        }
      } finally {
        ticking.done();
      }
      await writeOutput(opts.output, writeCheckReports(reports, format));
      return reports.every((r) => r.ok) ? 0 : 1;
    }
    const { report, notices } = checkInputs(readInput(base), files.map(readInput), readInput(opts.expect), options);
    tell(notices);
    await writeOutput(opts.output, writeCheckReport(report, format));
    return report.ok ? 0 : 1;
  },
};
