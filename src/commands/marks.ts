import { InputError } from '../model/errors.js';

export type MarksOption = 'revisions' | 'formatting';

/** `--marks`: how changes are marked in Word files we read or write. */
export function checkMarks(marks: string | undefined): MarksOption {
  if (marks === undefined || marks === 'revisions' || marks === 'formatting') return marks ?? 'revisions';
  throw new InputError(`unknown --marks "${marks}"`, undefined, undefined, 'use revisions or formatting');
}
