import type { Command } from 'commander';
import type { RunState } from '../cli.js';
import { language } from '../model/language.js';
import { InputError } from '../model/errors.js';
import { documentsOf, type Resolution } from '../model/resolution.js';
import { parseFile } from '../readers/read.js';
import { writeResolutionMarkdown } from '../writers/markdown.js';
import { writeText } from '../writers/text.js';
import { writeDocx } from '../writers/docx.js';
import { cleanLayout } from '../model/clauses.js';
import { revisionDate } from './stamp.js';
import { formatFor, guardOutput, writeOutput } from './output.js';
import { applyAll, readProposals, type ProposalFlags } from './proposals.js';

type ApplyFormat = 'text' | 'md' | 'docx';

export function loadBase(file: string, lang: string | undefined): Resolution {
  const docs = documentsOf(parseFile(file, { lang }));
  if (docs.length !== 1) throw new InputError(`holds ${docs.length} resolutions`, file, undefined, 'give the one resolution the proposals amend');
  return docs[0] as Resolution;
}

export function registerApply(program: Command, state: RunState): void {
  program
    .command('apply')
    .description('apply proposals in order and write the consolidated text')
    .argument('<base>', 'the resolution the proposals amend')
    .argument('<proposals...>', 'proposal files: instructions, marked-up text or clean revised text')
    .option('-o, --output <out>', 'write to this file (.txt, .md or .docx)')
    .option('--proposal-form <form>', 'instructions | markup | revised (detected when absent)')
    .option('--rebase', 'apply a proposal drafted on another text to the clauses that did not change')
    .option('--marks <marks>', 'Word proposals: revisions, or formatting (underline = added, strike-through = deleted)', 'revisions')
    .option('--lang <code>', 'language of the texts (detected when absent)')
    .action(async (baseFile: string, files: string[], opts: ProposalFlags & { output?: string; lang?: string }) => {
      guardOutput(opts.output, [baseFile, ...files]);
      const format = formatFor<ApplyFormat>(opts.output, undefined, { '.md': 'md', '.markdown': 'md', '.txt': 'text', '.docx': 'docx' }, 'text', ['text', 'md', 'docx']);
      const base = loadBase(baseFile, opts.lang);
      const lang = language(base.lang);
      if (!lang) throw new InputError(`no language table for "${base.lang}"`, baseFile);
      const { proposals, refused } = readProposals(files, base, lang, opts);
      const { resolution, notes } = applyAll(base, proposals, lang);
      for (const n of notes) process.stderr.write(`redline: warning: ${n.clause}: ${n.message}\n`);
      for (const r of refused) process.stderr.write(`redline: refused: ${r}\n`);
      const out =
        format === 'docx' ? await writeDocx(cleanLayout(resolution, 'redline', revisionDate(undefined)))
        : format === 'md' ? writeResolutionMarkdown(resolution)
        : writeText(resolution);
      writeOutput(opts.output, out);
      if (refused.length > 0) state.exitCode = 1;
    });
}
