import type { Command } from 'commander';
import { formatOf, readInput } from '../readers/input.js';
import { deliver, plan } from '../cli/deliver.js';
import { checkMarks } from '../cli/options.js';
import { tell } from '../cli/output.js';
import { revisionDate } from '../cli/stamp.js';
import type { CommandSpec } from './command.js';

interface ViewOptions {
  output?: string;
  format?: string;
  lang?: string;
  marks?: string;
}

/** `accept` and `reject`: the clean text of one view of a marked-up file. */
function viewCommand(name: 'accept' | 'reject'): CommandSpec {
  return {
    name,
    examples: [`redline ${name} fixtures/en/proposals/bucharest-2022/markup.md -o ${name === 'accept' ? 'revised' : 'base'}.txt`],
    declare: (c: Command) => {
      c.description(name === 'accept' ? 'accept every change: the revised text' : 'reject every change: the base text')
        .argument('<file>', 'Markdown with CriticMarkup or <ins>/<del>, or a Word file with tracked changes')
        .option('-o, --output <out>', 'write to this file (.txt ITU plain text, .md Markdown, .docx Word, .json tree)')
        .option('--format <format>', 'text | md | docx | json | outline (default: the input\'s own, text for Word)')
        .option('--marks <marks>', 'Word files: read only tracked changes (revisions), or underline = added and strike-through = deleted too (formatting); by default what the file has')
        .option('--lang <code>', 'language of the text (detected when absent)');
    },
    run: async (file: string, opts: ViewOptions) => {
    const { viewInput } = await import('../library/inputs.js');
      const input = readInput(file);
      const delivery = { command: name, output: opts.output, format: opts.format, fallback: formatOf(input) === 'markdown' ? ('md' as const) : ('text' as const), inputs: [file] };
      plan(delivery, 'resolution');
      const { parsed, notices } = viewInput(input, name === 'accept' ? 'accepted' : 'rejected', { lang: opts.lang, marks: checkMarks(opts.marks) });
      await deliver(delivery, { kind: 'resolution', parsed }, { date: revisionDate(undefined) });
      tell(notices);
      return 0;
    },
  };
}

export const acceptCommand = viewCommand('accept');
export const rejectCommand = viewCommand('reject');
