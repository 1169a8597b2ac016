import type { Command } from 'commander';
import { readInput } from '../readers/input.js';
import { readReasons } from '../readers/reasons.js';
import { deliver, plan } from '../cli/deliver.js';
import { checkMarks } from '../cli/options.js';
import { tell } from '../cli/output.js';
import { revisionAuthor, revisionDate } from '../cli/stamp.js';
import { catalogueFrom, loadConfig } from '../cli/config.js';
import { RULE_IDS } from '../model/lint.js';
import type { Catalogue } from '../model/catalogue.js';
import { InputError } from '../model/errors.js';
import type { CommandSpec } from './command.js';

interface DraftOptions {
  output?: string;
  format?: string;
  proposer?: string;
  reference?: string;
  meeting?: string;
  document?: string;
  original?: string;
  date?: string;
  reasons?: string;
  marks?: string;
  lang?: string;
  catalogue?: string;
  updateCitations?: boolean;
}

/** The catalogue --update-citations reads: --catalogue, else the one .redlinerc.json names. */
function catalogueFor(flag: string | undefined): Catalogue {
  const catalogue = catalogueFrom(flag, loadConfig(RULE_IDS));
  if (!catalogue) throw new InputError('--update-citations needs a catalogue', undefined, undefined, 'give --catalogue FILE (write one with redline catalogue DIR -o catalogue.json), or name it in .redlinerc.json');
  return catalogue;
}

export const draftCommand: CommandSpec = {
  name: 'draft',
  examples: [
    'redline draft fixtures/en/res179-dubai-2018.txt fixtures/en/proposals/bucharest-2022/revised.txt --proposer "Some State" -o proposal.docx',
    'redline draft fixtures/en/res179-dubai-2018.txt fixtures/en/proposals/bucharest-2022/revised.txt -o proposal.md',
  ],
  declare: (c: Command) => {
    c.description('write the proposal that turns BASE into REVISED (.md/.txt instructions, or .docx with revisions)')
      .argument('<base>', 'the resolution as it stands')
      .argument('<revised>', 'the resolution as the delegation wants it')
      .option('-o, --output <out>', 'write to this file (.md or .txt: instructions; .docx: marked-up text; .json: the changes)')
      .option('--format <format>', 'md | text | docx | json')
      .option('--proposer <name>', 'who proposes (e.g. "Russian Federation")')
      .option('--reference <ref>', 'proposal number (e.g. RCC/14A1/1)')
      .option('--meeting <name>', 'the body and meeting, for the cover (e.g. "Council Working Group on Child Online Protection")')
      .option('--document <symbol>', 'the document symbol, for the cover (e.g. CWG-COP-14/3-E)')
      .option('--original <language>', 'the original language, for the cover (default: the language of the texts)')
      .option('--date <iso>', 'date of the proposal (default: SOURCE_DATE_EPOCH, else today)')
      .option('--reasons <file>', 'reasons per change: lines "<reference>: <reasons>", "*: <reasons>" for the rest')
      .option('--marks <marks>', 'Word: revisions (tracked changes by the proposer) or formatting (underline / strike-through)')
      .option('--catalogue <file>', 'a catalogue (redline catalogue), for --update-citations; default: the one .redlinerc.json names')
      .option('--update-citations', 'also propose citing the latest revision of each resolution the catalogue knows a later revision of, with Reasons')
      .option('--lang <code>', 'language of the texts (detected when absent)');
  },
  run: async (base: string, revised: string, opts: DraftOptions) => {
    const { draftInputs } = await import('../library/draft.js');
    const delivery = { command: 'draft', output: opts.output, format: opts.format, fallback: 'md' as const, inputs: [base, revised, ...(opts.reasons ? [opts.reasons] : [])] };
    plan(delivery, 'proposal');
    const marks = checkMarks(opts.marks);
    const stamp = revisionDate(opts.date);
    const { draft, notices } = draftInputs(readInput(base), readInput(revised), {
      lang: opts.lang,
      proposer: opts.proposer ?? null,
      reference: opts.reference ?? null,
      meeting: opts.meeting ?? null,
      document: opts.document ?? null,
      ...(opts.original ? { original: opts.original } : {}),
      date: stamp.slice(0, 10),
      author: opts.proposer ?? revisionAuthor(undefined),
      revisionDate: stamp,
      ...(opts.reasons ? { reasons: readReasons(readInput(opts.reasons)) } : {}),
      ...(opts.updateCitations ? { updateCitations: catalogueFor(opts.catalogue) } : {}),
    });
    await deliver(delivery, { kind: 'proposal', draft }, { marks: marks ?? 'revisions' });
    tell(notices);
    return 0;
  },
};
