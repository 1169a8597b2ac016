/** Where results go when a command is given folders: `-o DIR/` names a folder for a file per input. */
import { statSync } from 'node:fs';
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
