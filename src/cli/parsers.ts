/**
 * Before a command runs, the parsers its inputs need: every argument and option value that names a
 * file or folder is looked at (by name, or by its first bytes; standard input is read as text or
 * Word, whose parsers need no loading). A value that is no path costs nothing; a path that cannot be
 * read is left to the command, which says so in its own words.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { filesIn, formatOf, type InputFormat } from '../readers/input.js';
import { loadParsers } from '../readers/parsers.js';

function head(file: string): Uint8Array {
  const bytes = new Uint8Array(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, bytes, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function formatsOf(value: string): InputFormat[] {
  try {
    const stat = statSync(value);
    const files = stat.isDirectory() ? filesIn([value]) : stat.isFile() ? [value] : [];
    return files.map((file) => formatOf({ file, bytes: head(file) }));
  } catch {
    return [];
  }
}

/**
 * The strings among commander's arguments and option values (lists and the options object opened),
 * less `--output`: the file a command writes is not read, even when an earlier run left it there.
 */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => (key === 'output' ? [] : stringsIn(v)));
  return [];
}

export async function loadParsersFor(values: readonly unknown[]): Promise<void> {
  await loadParsers(values.flatMap(stringsIn).flatMap(formatsOf));
}
