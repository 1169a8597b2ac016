/** Option values checked once, with one line naming the option and the values it takes. */
import { InputError } from '../model/errors.js';
import type { Reading } from '../readers/proposal.js';

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || allowed.includes(value as T)) return value as T | undefined;
  throw new InputError(`unknown ${option} "${value}"`, undefined, undefined, `use ${allowed.join(' or ')}`);
}

export type MarksOption = 'revisions' | 'formatting';

/**
 * `--marks`: how changes are marked in Word files we read or write. Absent, a Word input is read
 * by what it has (tracked changes, else underline and strike-through), and output is revisions.
 */
export function checkMarks(marks: string | undefined): MarksOption | undefined {
  return oneOf('--marks', marks, ['revisions', 'formatting'] as const);
}

export function checkMarkup(markup: string | undefined): 'critic' | 'html' {
  return oneOf('--markup', markup, ['critic', 'html'] as const) ?? 'critic';
}

export function checkForm(form: string | undefined): Reading | undefined {
  return oneOf('--form', form, ['instructions', 'markup', 'revised', 'whole'] as const);
}

export function checkView(view: string | undefined): 'synoptic' | 'compilation' | 'draft' {
  return oneOf('--view', view, ['synoptic', 'compilation', 'draft'] as const) ?? 'synoptic';
}

export function checkReportFormat(format: string | undefined): 'text' | 'json' | 'github' {
  return oneOf('--format', format, ['text', 'json', 'github'] as const) ?? 'text';
}
