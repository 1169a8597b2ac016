/**
 * The command-line program. Commands only wire options to the library and a writer; this module
 * is the one place where errors become exit statuses: 0 done, 1 differences (diff --exit-code),
 * refusals or conflicts between proposals, 2 trouble (one line on stderr, never a stack trace).
 */
import { Command, CommanderError } from 'commander';
import { InputError, oneLine } from './model/errors.js';
import { alignCommand } from './commands/align.js';
import { applyCommand } from './commands/apply.js';
import { catalogueCommand } from './commands/catalogue.js';
import { checkCommand } from './commands/check.js';
import { lintCommand } from './commands/lint.js';
import type { CommandSpec } from './commands/command.js';
import { loadParsersFor } from './cli/parsers.js';
import { watchOutput } from './cli/output.js';
import { beQuiet } from './cli/progress.js';
import { applySettings, loadConfig } from './cli/config.js';
import { packageVersion } from './cli/version.js';
import { RULE_IDS } from './model/lint.js';
import { limitInputs } from './readers/input.js';
import { diffCommand } from './commands/diff.js';
import { draftCommand } from './commands/draft.js';
import { mergeCommand } from './commands/merge.js';
import { parseCommand } from './commands/parse.js';
import { acceptCommand, rejectCommand } from './commands/view.js';


const COMMANDS: readonly CommandSpec[] = [parseCommand, diffCommand, acceptCommand, rejectCommand, applyCommand, draftCommand, mergeCommand, checkCommand, lintCommand, alignCommand, catalogueCommand];

/** The program; each command's action stores its exit status through `report`. */
export function buildProgram(report: (status: number) => void): Command {
  const program = new Command('redline')
    .description('Draft, compare, apply, merge and check amendments to ITU resolutions.')
    .version(packageVersion())
    .option('--debug', 'on an internal error, print its stack too')
    .option('--max-size <MB>', 'the largest input read, in megabytes (default 50)')
    .option('-q, --quiet', 'no progress line and no notes on standard error (errors and refusals still)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      // commander's own messages made one line: `unknown command 'dif' (Did you mean diff?)`
      writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `redline: ${s.slice(7).trim().replace(/\s*\n\s*/gu, ' ').replace(/\.$/u, '')}; see redline --help\n` : s),
    });
  program.hook('preAction', (_program, action) => {
    applySettings(action, loadConfig(RULE_IDS));
    beQuiet(program.opts<{ quiet?: boolean }>().quiet === true);
    const given = program.opts<{ maxSize?: string }>().maxSize;
    if (given === undefined) return;
    const mb = Number(given);
    if (!Number.isFinite(mb) || mb <= 0) throw new InputError(`invalid --max-size "${given}"`, undefined, undefined, 'give a number of megabytes, such as 200');
    limitInputs(mb * 1024 * 1024);
  });
  for (const spec of COMMANDS) {
    const command = program.command(spec.name);
    spec.declare(command);
    command.addHelpText('after', `\nExamples (from the repository's folder, on its fixtures):\n${spec.examples.map((e) => `  $ ${e}`).join('\n')}\n`);
    command.action(async (...args: unknown[]) => {
      // commander passes the arguments, then the options, then the command itself
      const given = args.slice(0, -1);
      await loadParsersFor(given);
      report(await (spec.run as (...a: unknown[]) => Promise<number>)(...given));
    });
  }
  program
    .command('completion')
    .description('print a completion script for the shell: redline completion bash >> ~/.bashrc')
    .argument('<shell>', 'bash or zsh')
    .action(async (shell: string) => {
      const { completionScript } = await import('./cli/completion.js');
      process.stdout.write(completionScript(program, shell));
      report(0);
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  watchOutput();
  let status = 0;
  const program = buildProgram((s) => {
    status = s;
  });
  try {
    await program.parseAsync(argv);
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      // `redline --help` and `--version` succeed; `redline` alone (help on stderr) is a usage error
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`redline: ${e.format()}\n`);
      return 2;
    }
    // the engine is loaded by now (only it throws this): its error class costs nothing here
    const { ConflictError, describeConflict } = await import('./engine/combine.js');
    if (e instanceof ConflictError) {
      for (const c of e.conflicts) process.stderr.write(`redline: conflict: ${describeConflict(c)}\n`);
      process.stderr.write('redline: nothing written; settle the conflicts, or give --order to apply the proposals in the order given, the later one winning\n');
      return 1;
    }
    const message = oneLine(e instanceof Error ? e.message : String(e));
    process.stderr.write(`redline: internal error: ${message}; please report it with the input that caused it${argv.includes('--debug') ? '' : ' (--debug shows where it happened)'}\n`);
    if (argv.includes('--debug') && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    return 2;
  }
}
