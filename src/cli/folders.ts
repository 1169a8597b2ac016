/** Where results go when a command is given folders: `-o DIR/` names a folder for a file per input. */
import { mkdirSync, statSync } from 'node:fs';
import { InputError } from '../model/errors.js';
import { sep } from 'node:path';

/** The folder `-o` names: a path ending in a separator, or an existing folder; else null. */
export function outputFolder(out: string | undefined): string | null {
  if (!out || out === '-') return null;
  if (out.endsWith('/') || out.endsWith(sep)) return out;
  try {
    return statSync(out).isDirectory() ? out : null;
  } catch {
    return null;
  }
}

/** Make the output folder (and its parents); a path that cannot be one is a clear error, not an internal one. */
export function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new InputError(`cannot make the output folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`, folder, undefined, 'choose another -o folder');
  }
}
