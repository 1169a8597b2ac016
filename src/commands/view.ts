import type { Command } from 'commander';
import { resolveMarkup, type View } from '../readers/criticmarkup.js';
import { decodeText } from '../readers/decode.js';
import { formatOf, parseBytes, parseText, readInput } from '../readers/read.js';
import { writeResolutionMarkdown } from '../writers/markdown.js';
import { writeText } from '../writers/text.js';
import { documentsOf } from '../model/resolution.js';
import { checkMarks, type MarksOption } from './marks.js';
import { guardOutput, writeOutput } from './output.js';

/** `accept` and `reject`: the clean text of one view of a marked-up file. */
export function registerView(program: Command, view: View): void {
  program
    .command(view)
    .description(view === 'accept' ? 'accept every change: the revised text' : 'reject every change: the base text')
    .argument('<file>', 'Markdown with CriticMarkup or <ins>/<del>, or a Word file with tracked changes')
    .option('-o, --output <out>', 'write to this file (.txt: ITU plain text; .md: Markdown)')
    .option('--marks <marks>', 'Word files: revisions, or formatting (underline = added, strike-through = deleted)', 'revisions')
    .option('--lang <code>', 'language of the text (detected when absent)')
    .action((file: string, opts: { output?: string; lang?: string; marks?: MarksOption }) => {
      guardOutput(opts.output, [file]);
      const bytes = readInput(file);
      const format = formatOf(file, bytes);
      const toMarkdown = opts.output !== undefined && /\.(md|markdown)$/iu.test(opts.output);
      if (format === 'docx') {
        const tree = parseBytes(bytes, file, { lang: opts.lang, marks: checkMarks(opts.marks), view: view === 'accept' ? 'accepted' : 'rejected' });
        writeOutput(opts.output, toMarkdown ? documentsOf(tree).map(writeResolutionMarkdown).join('\n') : writeText(tree));
        return;
      }
      const clean = resolveMarkup(decodeText(bytes, file), view);
      // Check that the clean view is still a resolution before writing anything.
      const tree = parseText(clean, file, { lang: opts.lang, format: format === 'markdown' ? 'markdown' : 'text' });
      writeOutput(opts.output, opts.output !== undefined && /\.txt$/iu.test(opts.output) ? writeText(tree) : clean);
    });
}
