import type { Command } from 'commander';
import { readInput } from '../readers/input.js';
import { deliver, plan } from '../cli/deliver.js';
import { checkMarks } from '../cli/options.js';
import { tell } from '../cli/output.js';
import { revisionDate } from '../cli/stamp.js';
import type { CommandSpec } from './command.js';

interface ParseOptions {
  output?: string;
  format?: string;
  lang?: string;
  marks?: string;
}

export const parseCommand: CommandSpec = {
  name: 'parse',
  examples: [
    'redline parse fixtures/en/res179-dubai-2018.txt --format outline',
    'redline parse fixtures/en/res179-dubai-2018.txt -o res179.json',
  ],
  declare: (c: Command) => {
    c.description('parse a resolution into clauses (JSON tree, outline, clean ITU text, Markdown or Word), or a proposal into its changes')
      .argument('<file>', '.txt, .md or .docx file, or - for standard input')
      .option('-o, --output <out>', 'write to this file (format from its extension: .json .txt .md .docx)')
      .option('--format <format>', 'json | outline | text | md | docx')
      .option('--lang <code>', 'language of the text (detected when absent)')
      .option('--marks <marks>', 'Word files: read only tracked changes (revisions), or underline = added and strike-through = deleted too (formatting); by default what the file has');
  },
  run: async (file: string, opts: ParseOptions) => {
    const { parseInput } = await import('../library/inputs.js');
    const delivery = { command: 'parse', output: opts.output, format: opts.format, fallback: 'json' as const, inputs: [file] };
    plan(delivery, 'resolution');
    const { product, notices } = parseInput(readInput(file), { lang: opts.lang, marks: checkMarks(opts.marks) });
    await deliver(delivery, product, { date: revisionDate(undefined) });
    tell(notices);
    return 0;
  },
};
