/**
 * The command-line program. Commands only wire options to readers, engine and writers; this
 * module is the one place where errors become exit statuses: 0 same / passed, 1 differences,
 * 2 trouble (one line on stderr, never a stack trace).
 */
import { Command, CommanderError } from 'commander';
import { InputError } from './model/errors.js';
import { registerApply } from './commands/apply.js';
import { registerDiff } from './commands/diff.js';
import { registerDraft } from './commands/draft.js';
import { registerParse } from './commands/parse.js';
import { registerView } from './commands/view.js';

export const VERSION = '0.1.0';

/** Set by commands that compare: 1 when differences were found. */
export interface RunState {
  exitCode: number;
}

export function buildProgram(state: RunState): Command {
  const program = new Command('redline')
    .description('Draft, compare and apply amendments to ITU resolutions.')
    .version(VERSION)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `redline: ${s.slice(7).trimStart().replace(/\n+$/u, '')}; see redline --help\n` : s),
    });
  registerParse(program);
  registerDiff(program, state);
  registerView(program, 'accept');
  registerView(program, 'reject');
  registerApply(program, state);
  registerDraft(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const state: RunState = { exitCode: 0 };
  const program = buildProgram(state);
  try {
    await program.parseAsync(argv);
    return state.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`redline: ${e.format()}\n`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`redline: internal error: ${message}; please report it with the input that caused it\n`);
    return 2;
  }
}
