/**
 * What a command module gives the program: how it is declared, and what it does (its exit status).
 * A command imports the library inside `run`, so that `--help`, `--version` and the declarations
 * load none of the engine.
 */
import type { Command } from 'commander';

export interface CommandSpec {
  name: string;
  /** command lines run from the repository's folder on its fixtures, shown by --help (and run by a test) */
  examples: readonly string[];
  /** description, arguments and options */
  declare(command: Command): void;
  /** commander's arguments, then the options; resolves to the exit status */
  run(...args: never[]): Promise<number>;
}
