import { Option, type Command } from 'commander';
import { readInput } from '../readers/input.js';
import { deliver, plan } from '../cli/deliver.js';
import { checkForm, checkMarks } from '../cli/options.js';
import { tell } from '../cli/output.js';
import { revisionDate } from '../cli/stamp.js';
import type { CommandSpec } from './command.js';

interface ApplyOptions {
  output?: string;
  format?: string;
  form?: string;
  /** the earlier name of --form */
  proposalForm?: string;
  rebase?: boolean;
  order?: boolean;
  marks?: string;
  lang?: string;
}

export const applyCommand: CommandSpec = {
  name: 'apply',
  examples: [
    'redline apply fixtures/en/res179-dubai-2018.txt fixtures/en/proposals/bucharest-2022/instructions.md -o consolidated.txt',
  ],
  declare: (c: Command) => {
    c.description('apply proposals in order and write the consolidated text')
      .argument('<base>', 'the resolution the proposals amend')
      .argument('<proposals...>', 'proposal files: instructions, marked-up text or clean revised text')
      .option('-o, --output <out>', 'write to this file (.txt, .md, .docx or .json)')
      .option('--format <format>', 'text | md | docx | json | outline')
      .option('--form <form>', 'read the proposals as instructions, markup, revised (a clean text; what it leaves out is untouched) or whole (a clean text that is the whole resolution); decided from the content when absent')
      .addOption(new Option('--proposal-form <form>').hideHelp())
      .option('--rebase', 'apply a proposal drafted on another text to the clauses that did not change')
      .option('--order', 'apply the proposals in the order given, the later one winning each conflict (by default conflicts are refused)')
      .option('--marks <marks>', 'Word files: read only tracked changes (revisions), or underline = added and strike-through = deleted too (formatting); by default what the file has')
      .option('--lang <code>', 'language of the texts (detected when absent)');
  },
  run: async (base: string, files: string[], opts: ApplyOptions) => {
    const { applyInputs } = await import('../library/proposals.js');
    const delivery = { command: 'apply', output: opts.output, format: opts.format, fallback: 'text' as const, inputs: [base, ...files] };
    plan(delivery, 'resolution');
    const options = { lang: opts.lang, marks: checkMarks(opts.marks), form: checkForm(opts.form ?? opts.proposalForm), rebase: opts.rebase === true, order: opts.order === true };
    const result = applyInputs(readInput(base), files.map(readInput), options);
    await deliver(delivery, { kind: 'resolution', parsed: result.resolution }, { date: revisionDate(undefined) });
    tell([...result.notices, ...result.refused.map((r) => `refused: ${r}`)]);
    return result.refused.length > 0 ? 1 : 0;
  },
};
