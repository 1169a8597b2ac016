import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { deriveProposal } from '../engine/derive.js';
import { InputError } from '../model/errors.js';
import { language } from '../model/language.js';
import { writeInstructions } from '../writers/proposal.js';
import { loadBase } from './apply.js';
import { formatFor, guardOutput, writeOutput } from './output.js';
import { revisionAuthor, revisionDate } from './stamp.js';
import { checkMarks } from './marks.js';
import { compareResolutions } from '../engine/compare.js';
import { writeDocx } from '../writers/docx.js';
import { proposalLayout } from '../writers/proposal-layout.js';

type DraftFormat = 'md' | 'text' | 'docx';

interface DraftOptions {
  output?: string;
  proposer?: string;
  reference?: string;
  date?: string;
  reasons?: string;
  marks?: 'revisions' | 'formatting';
  lang?: string;
}

/** `--reasons FILE`: lines `<reference>: <reasons>`; `*: <reasons>` for every other change. */
export function readReasons(file: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError('cannot read the reasons file', file);
  }
  const map = new Map<string, string>();
  text.split(/\r?\n/u).forEach((line, k) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const m = /^(.+?):\s+(.*)$/u.exec(line.trim());
    if (!m) throw new InputError('expected "<reference>: <reasons>"', file, k + 1, 'e.g. "considering a): The figures are out of date."');
    map.set((m[1] ?? '').trim(), (m[2] ?? '').trim());
  });
  return map;
}

export function registerDraft(program: Command): void {
  program
    .command('draft')
    .description('write the proposal that turns BASE into REVISED (.md/.txt instructions, or .docx with revisions)')
    .argument('<base>', 'the resolution as it stands')
    .argument('<revised>', 'the resolution as the delegation wants it')
    .option('-o, --output <out>', 'write to this file (.md or .txt: instructions; .docx: marked-up text)')
    .option('--proposer <name>', 'who proposes (e.g. "Russian Federation")')
    .option('--reference <ref>', 'proposal number (e.g. RCC/14A1/1)')
    .option('--date <iso>', 'date of the proposal (default: SOURCE_DATE_EPOCH, else today)')
    .option('--reasons <file>', 'reasons per change: lines "<reference>: <reasons>", "*: <reasons>" for the rest')
    .option('--marks <marks>', 'Word: revisions (tracked changes by the proposer) or formatting (underline / strike-through)', 'revisions')
    .option('--lang <code>', 'language of the texts (detected when absent)')
    .action(async (baseFile: string, revisedFile: string, opts: DraftOptions) => {
      guardOutput(opts.output, [baseFile, revisedFile]);
      const format = formatFor<DraftFormat>(opts.output, undefined, { '.md': 'md', '.markdown': 'md', '.txt': 'text', '.docx': 'docx' }, 'md', ['md', 'text', 'docx']);
      const base = loadBase(baseFile, opts.lang);
      const revised = loadBase(revisedFile, opts.lang ?? base.lang);
      const lang = language(base.lang);
      if (!lang) throw new InputError(`no language table for "${base.lang}"`, baseFile);
      const reasons = opts.reasons ? readReasons(opts.reasons) : undefined;
      const date = revisionDate(opts.date);
      if (format === 'docx') {
        // The proposal as Word shows it: the redline, its revisions authored by the proposer.
        const author = opts.proposer ?? revisionAuthor(undefined);
        const { redline } = compareResolutions(base, revised, { author, date });
        const doc = proposalLayout(redline, { proposer: opts.proposer ?? null, reference: opts.reference ?? null, date: date.slice(0, 10), ...(reasons ? { reasons } : {}) }, lang);
        writeOutput(opts.output, await writeDocx(doc, { marks: checkMarks(opts.marks) }));
        return;
      }
      const proposal = deriveProposal(
        base,
        revised,
        { proposer: opts.proposer ?? null, reference: opts.reference ?? null, date: date.slice(0, 10), base: base.title, form: 'instructions', file: opts.output ?? '-' },
        lang,
      );
      writeOutput(opts.output, writeInstructions(proposal, lang, { markdown: format === 'md', ...(reasons ? { reasons } : {}) }));
    });
}
