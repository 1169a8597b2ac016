import type { Command } from 'commander';
import { filesIn, readInput } from '../readers/input.js';
import { guardOutput, writeOutput } from '../cli/output.js';
import type { CommandSpec } from './command.js';

interface CatalogueOptions {
  output?: string;
  lang?: string;
}

export const catalogueCommand: CommandSpec = {
  name: 'catalogue',
  examples: [
    'redline catalogue fixtures/en/catalogue -o catalogue.json',
  ],
  declare: (c: Command) => {
    c.description('list the resolutions of texts or folders (kind, number, title, revision, what each cites), for lint and draft')
      .argument('<paths...>', 'resolutions, collections (Final Acts) or folders of them')
      .option('-o, --output <out>', 'write the catalogue to this file (.json)')
      .option('--lang <code>', 'language of the texts (detected when absent)');
  },
  run: async (paths: string[], opts: CatalogueOptions) => {
    const { catalogueInputs } = await import('../library/catalogue.js');
    const files = filesIn(paths);
    guardOutput(opts.output, files);
    const catalogue = catalogueInputs(files.map(readInput), { lang: opts.lang });
    await writeOutput(opts.output, `${JSON.stringify(catalogue, null, 2)}\n`);
    return 0;
  },
};
