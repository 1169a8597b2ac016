/** Option values checked once, with one line naming the option and the values it takes. */
import { InputError } from '../model/errors.js';
import type { Reading } from '../readers/proposal.js';

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || allowed.includes(value as T)) return value as T | undefined;
  throw new InputError(`unknown ${option} "${value}"`, undefined, undefined, `use ${allowed.join(' or ')}`);
}

export type MarksOption = 'revisions' | 'formatting';

/** The values of the options that take one of a few, by option: for the checks and for completion. */
export const OPTION_VALUES = {
  '--marks': ['revisions', 'formatting'],
  '--markup': ['critic', 'html'],
  '--form': ['instructions', 'markup', 'revised', 'whole'],
  '--view': ['synoptic', 'compilation', 'draft'],
} as const;

/**
 * `--marks`: how changes are marked in Word files we read or write. Absent, a Word input is read
 * by what it has (tracked changes, else underline and strike-through), and output is revisions.
 */
export function checkMarks(marks: string | undefined): MarksOption | undefined {
  return oneOf('--marks', marks, OPTION_VALUES['--marks']);
}

export function checkMarkup(markup: string | undefined): 'critic' | 'html' {
  return oneOf('--markup', markup, OPTION_VALUES['--markup']) ?? 'critic';
}

export function checkForm(form: string | undefined): Reading | undefined {
  return oneOf('--form', form, OPTION_VALUES['--form']);
}

export function checkView(view: string | undefined): 'synoptic' | 'compilation' | 'draft' {
  return oneOf('--view', view, OPTION_VALUES['--view']) ?? 'synoptic';
}

export function checkReportFormat(format: string | undefined): 'text' | 'json' | 'github' {
  return oneOf('--format', format, ['text', 'json', 'github'] as const) ?? 'text';
}
