import type { Command } from 'commander';
import { RULE_IDS } from '../model/lint.js';
import type { RuleId, Severity } from '../model/lint.js';
import { filesIn, readInput } from '../readers/input.js';
import { catalogueFrom, checkSeverity, loadConfig } from '../cli/config.js';
import { checkMarks, checkReportFormat } from '../cli/options.js';
import { progress } from '../cli/progress.js';
import { guardOutput, writeOutput } from '../cli/output.js';
import { InputError } from '../model/errors.js';
import { writeFindings } from '../writers/annotations.js';
import type { CommandSpec } from './command.js';

interface LintOptions {
  output?: string;
  format?: string;
  rule?: string[];
  catalogue?: string;
  marks?: string;
  lang?: string;
}

export const lintCommand: CommandSpec = {
  name: 'lint',
  examples: [
    'redline lint fixtures/en/lint/good.txt',
    'redline lint fixtures/en/res179-dubai-2018.txt --format github',
  ],
  declare: (c: Command) => {
    c.description('find drafting mistakes: labels, punctuation, revision tags, headings, cross-references, citations, brackets; exit 1 when an error remains')
      .argument('<files...>', 'texts to lint (.txt, .md, .docx), or folders of them')
      .option('--format <format>', 'text | json | github (GitHub Actions annotations)', 'text')
      .option('--rule <id=severity>', `set a rule to off, warn or error (repeatable); rules: ${RULE_IDS.join(', ')}`, (v: string, all: string[] = []) => [...all, v])
      .option('--catalogue <file>', 'a catalogue (redline catalogue) for the citations rule')
      .option('-o, --output <out>', 'write the report to this file')
      .option('--marks <marks>', 'Word files: read only tracked changes (revisions), or underline / strike-through too (formatting)')
      .option('--lang <code>', 'language of the texts (detected when absent)');
  },
  run: async (paths: string[], opts: LintOptions) => {
    const { lintInputs } = await import('../library/lint.js');
    const format = checkReportFormat(opts.format);
    const config = loadConfig(RULE_IDS);
    const severities: Partial<Record<RuleId, Severity>> = { ...config.rules };
    for (const setting of opts.rule ?? []) {
      const [rule, severity] = setting.split('=');
      if (!rule || severity === undefined) throw new InputError(`--rule "${setting}": give ID=off, ID=warn or ID=error`);
      const [id, level] = checkSeverity(rule, severity, RULE_IDS, undefined);
      severities[id] = level;
    }
    const files = filesIn(paths);
    guardOutput(opts.output, files);
    const catalogue = catalogueFrom(opts.catalogue, config);
    const marks = checkMarks(opts.marks);
    const options = { severities, catalogue, lang: opts.lang ?? config.lang, ...(marks ? { marks } : {}) };
    // a file at a time: read, linted and let go, with a progress line for a long folder
    const ticking = progress('lint', files.length, 'files');
    let findings: ReturnType<typeof lintInputs>;
    try {
      findings = files.flatMap((file) => {
        const found = lintInputs([readInput(file)], options);
        ticking.tick(file);
        return found;
      });
    } finally {
      ticking.done();
    }
    await writeOutput(opts.output, writeFindings(findings, format, files.length));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
