import type { Command } from 'commander';
import { InputError } from '../model/errors.js';
import { resolveMarkup, type View } from '../readers/criticmarkup.js';
import { decodeText } from '../readers/decode.js';
import { formatOf, parseText, readInput } from '../readers/read.js';
import { writeText } from '../writers/text.js';
import { guardOutput, writeOutput } from './output.js';

/** `accept` and `reject`: the clean text of one view of a marked-up file. */
export function registerView(program: Command, view: View): void {
  program
    .command(view)
    .description(view === 'accept' ? 'accept every change: the revised text' : 'reject every change: the base text')
    .argument('<file>', 'Markdown with CriticMarkup or <ins>/<del>, or a Word file with tracked changes')
    .option('-o, --output <out>', 'write to this file (.md keeps Markdown, .txt gives ITU plain text)')
    .option('--lang <code>', 'language of the text (detected when absent)')
    .action((file: string, opts: { output?: string; lang?: string }) => {
      guardOutput(opts.output, [file]);
      const bytes = readInput(file);
      const format = formatOf(file, bytes);
      if (format === 'docx') throw new InputError('Word files are not read yet', file);
      const clean = resolveMarkup(decodeText(bytes, file), view);
      const toText = opts.output !== undefined && /\.txt$/iu.test(opts.output);
      // Check that the clean view is still a resolution before writing anything.
      const tree = parseText(clean, file, { lang: opts.lang, format: format === 'markdown' ? 'markdown' : 'text' });
      writeOutput(opts.output, toText ? writeText(tree) : clean);
    });
}
