import type { Command } from 'commander';
import { parseFile } from '../readers/read.js';
import { documentsOf } from '../model/resolution.js';
import { writeResolutionMarkdown } from '../writers/markdown.js';
import { writeJson } from '../writers/json.js';
import { writeOutline } from '../writers/outline.js';
import { writeText } from '../writers/text.js';
import { checkMarks, type MarksOption } from './marks.js';
import { formatFor, guardOutput, writeOutput } from './output.js';

type ParseFormat = 'json' | 'outline' | 'text' | 'md';

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse a resolution into clauses (JSON tree, readable outline, or clean ITU text or Markdown)')
    .argument('<file>', '.txt, .md or .docx file, or - for standard input')
    .option('-o, --output <out>', 'write to this file (format from its extension)')
    .option('--format <format>', 'json | outline | text | md')
    .option('--lang <code>', 'language of the text (detected when absent)')
    .option('--marks <marks>', 'Word files: revisions, or formatting (underline = added, strike-through = deleted)', 'revisions')
    .action((file: string, opts: { output?: string; format?: ParseFormat; lang?: string; marks?: MarksOption }) => {
      const format = formatFor<ParseFormat>(opts.output, opts.format, { '.json': 'json', '.txt': 'text', '.md': 'md', '.markdown': 'md' }, 'json', ['json', 'outline', 'text', 'md']);
      guardOutput(opts.output, [file]);
      const tree = parseFile(file, { lang: opts.lang, marks: checkMarks(opts.marks) });
      const out =
        format === 'outline' ? writeOutline(tree)
        : format === 'text' ? writeText(tree)
        : format === 'md' ? documentsOf(tree).map(writeResolutionMarkdown).join('\n')
        : writeJson(tree);
      writeOutput(opts.output, out);
    });
}
