import type { Command } from 'commander';
import { readInput } from '../readers/input.js';
import { checkMarks, checkReportFormat } from '../cli/options.js';
import { guardOutput, writeOutput } from '../cli/output.js';
import { writeVersionReport } from '../writers/annotations.js';
import type { CommandSpec } from './command.js';

interface AlignOptions {
  output?: string;
  format?: string;
  marks?: string;
  lang?: string;
}

export const alignCommand: CommandSpec = {
  name: 'align',
  examples: [
    'redline align fixtures/en/parallel/resolution.txt fixtures/fr/parallel/resolution.txt',
  ],
  declare: (c: Command) => {
    c.description('check that two language versions of a resolution have the same clauses; exit 1 naming each clause missing on either side')
      .argument('<a>', 'one version (.txt, .md, .docx)')
      .argument('<b>', 'the other version')
      .option('--format <format>', 'text | json | github (GitHub Actions annotations)', 'text')
      .option('-o, --output <out>', 'write the report to this file')
      .option('--marks <marks>', 'Word files: read only tracked changes (revisions), or underline / strike-through too (formatting)')
      .option('--lang <codes>', 'languages of the two files, "A,B" or one for both (detected when absent)');
  },
  run: async (a: string, b: string, opts: AlignOptions) => {
    const { alignInputs } = await import('../library/align.js');
    const format = checkReportFormat(opts.format);
    guardOutput(opts.output, [a, b]);
    const marks = checkMarks(opts.marks);
    const codes = opts.lang?.split(',').map((c) => c.trim() || undefined);
    const langs = codes && codes.length === 1 ? [codes[0], codes[0]] : codes;
    const report = alignInputs(readInput(a), readInput(b), { ...(langs ? { langs } : {}), ...(marks ? { marks } : {}) });
    await writeOutput(opts.output, writeVersionReport(report, format));
    return report.ok ? 0 : 1;
  },
};
