/** What a command module gives the program: how it is declared, and what it does (its exit status). */
import type { Command } from 'commander';

export interface CommandSpec {
  name: string;
  /** description, arguments and options */
  declare(command: Command): void;
  /** commander's arguments, then the options; resolves to the exit status */
  run(...args: never[]): Promise<number>;
}
