/**
 * `redline completion bash|zsh`: a completion script made from the program itself, so that every
 * command and option it declares completes, and none it dropped. Commands and options complete by
 * name; `--format` and the other options that list their values (`md | html | json`) complete by
 * value; every other argument completes as a file name. zsh loads the same function through its
 * bash completion layer (bashcompinit).
 */
import type { Command, Option } from 'commander';
import { languages } from '../languages/registry.js';
import { InputError } from '../model/errors.js';
import { OPTION_VALUES } from './options.js';

export const SHELLS = ['bash', 'zsh'] as const;

/** The values an option takes: its own list, a language code, or `md | html | json` as its description gives them. */
function valuesOf(option: Option): readonly string[] {
  const known = OPTION_VALUES[option.long as keyof typeof OPTION_VALUES];
  if (known) return known;
  if (option.long === '--lang') return languages().map((l) => l.code);
  return /^([a-z0-9-]+(?: \| [a-z0-9-]+)+)\b/u.exec(option.description)?.[1]?.split(' | ') ?? [];
}

/** The flags users may type: the hidden ones and the version left out. */
function flagsOf(options: readonly Option[]): string[] {
  return options.filter((o) => !o.hidden && o.long !== '--version').flatMap((o) => [o.short, o.long].filter((f): f is string => typeof f === 'string'));
}

/** Bash words are plain here (names, flags, values): quoted once, they need no escaping. */
const words = (list: readonly string[]): string => `"${list.join(' ')}"`;

export function completionScript(program: Command, shell: string): string {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new InputError(`no completion for the shell "${shell}"`, undefined, undefined, `use ${SHELLS.join(' or ')}`);
  const commands = program.commands.map((c) => c.name());
  const top = [...commands, ...flagsOf(program.options), '--help', '--version'];
  const perCommand = program.commands.map((c) =>
    c.name() === 'completion'
      ? `    completion) COMPREPLY=( $(compgen -W ${words(SHELLS)} -- "$cur") ); return ;;`
      : `    ${c.name()}) opts=${words([...flagsOf(c.options), ...flagsOf(program.options), '--help'])} ;;`,
  );
  const valued = program.commands.flatMap((c) => c.options.filter((o) => valuesOf(o).length > 0).map((o) => `    ${c.name()}:${o.long}) COMPREPLY=( $(compgen -W ${words(valuesOf(o))} -- "$cur") ); return ;;`));
  const bash = [
    '# redline completion: source it from ~/.bashrc (bash) or ~/.zshrc (zsh)',
    '_redline() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" command="${COMP_WORDS[1]}" opts=""',
    '  if [ "$COMP_CWORD" -eq 1 ]; then',
    `    COMPREPLY=( $(compgen -W ${words(top)} -- "$cur") )`,
    '    return',
    '  fi',
    '  case "$command:$prev" in',
    ...valued,
    '  esac',
    '  case "$command" in',
    ...perCommand,
    '  esac',
    '  if [[ "$cur" == -* ]]; then',
    '    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )',
    '  else',
    '    COMPREPLY=( $(compgen -f -- "$cur") )',
    '  fi',
    '}',
  ];
  const register = shell === 'zsh' ? ['autoload -U +X bashcompinit && bashcompinit', 'complete -o filenames -F _redline redline'] : ['complete -o filenames -F _redline redline'];
  return `${[...bash, ...register].join('\n')}\n`;
}
