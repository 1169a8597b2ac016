import { basename, join } from 'node:path';
import { Option, type Command } from 'commander';
import type { applyInputs } from '../library/proposals.js';
import { InputError } from '../model/errors.js';
import { filesIn, folderSets, isFolder, readInput } from '../readers/input.js';
import { makeFolder, outputFolder } from '../cli/folders.js';
import { progress } from '../cli/progress.js';
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
    'redline apply fixtures/en/folders/2014 fixtures/en/folders/proposals -o consolidated/',
  ],
  declare: (c: Command) => {
    c.description('apply proposals in order and write the consolidated text')
      .argument('<base>', 'the resolution the proposals amend, or a folder of them')
      .argument('<proposals...>', 'proposal files (instructions, marked-up text or clean revised text), or folders of them; for a folder of bases, a folder of proposals matched by name')
      .option('-o, --output <out>', 'write to this file (.txt, .md, .docx or .json); for a folder of bases, a folder (ending in /)')
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
    const options = { lang: opts.lang, marks: checkMarks(opts.marks), form: checkForm(opts.form ?? opts.proposalForm), rebase: opts.rebase === true, order: opts.order === true };
    if (isFolder(base)) return applyFolders(base, files, opts, options);
    const delivery = { command: 'apply', output: opts.output, format: opts.format, fallback: 'text' as const, inputs: [base, ...files] };
    plan(delivery, 'resolution');
    // a folder of proposals is its files, in name order
    const result = applyInputs(readInput(base), filesIn(files).map(readInput), options);
    await deliver(delivery, { kind: 'resolution', parsed: result.resolution }, { date: revisionDate(undefined) });
    tell([...result.notices, ...result.refused.map((r) => `refused: ${r}`)]);
    return result.refused.length > 0 ? 1 : 0;
  },
};

/**
 * A folder of resolutions and a folder of proposals, matched by name: each resolution with its
 * proposal (or none) consolidated into the folder `-o` names, under the resolution's file name.
 */
async function applyFolders(base: string, files: readonly string[], opts: ApplyOptions, options: Parameters<typeof applyInputs>[2]): Promise<number> {
  const { applyInputs } = await import('../library/proposals.js');
  const [proposals] = files;
  const folder = outputFolder(opts.output);
  if (files.length !== 1 || !isFolder(proposals ?? '') || !folder) {
    throw new InputError('is a folder: give one folder of proposals and -o a folder (ending in /) for the consolidated texts', base, undefined, 'or give files, as for one resolution');
  }
  const sets = folderSets(base, [proposals as string]);
  const ticking = progress('apply', sets.length, 'files');
  let refused = 0;
  try {
    makeFolder(folder);
    for (const { name, files: [b, p] } of sets) {
      const out = join(folder, basename(b));
      const delivery = { command: 'apply', output: out, format: opts.format, fallback: 'text' as const, inputs: [b, ...(p ? [p] : [])] };
      plan(delivery, 'resolution');
      const result = applyInputs(readInput(b), p ? [readInput(p)] : [], options);
      await deliver(delivery, { kind: 'resolution', parsed: result.resolution }, { date: revisionDate(undefined) });
      tell([...result.notices, ...result.refused.map((r) => `refused: ${r}`)]);
      refused += result.refused.length;
      ticking.tick(name);
    }
  } finally {
    ticking.done();
  }
  return refused > 0 ? 1 : 0;
}
