/** BASE and REVISED as folders: their files paired by name, a file on one side only compared with nothing. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/errors.js';

export interface InputPair {
  /** the file name shared by both sides, or null when two files were given */
  file: string | null;
  base: string | null;
  revised: string | null;
}

const READABLE = /\.(?:txt|md|markdown|docx)$/iu;

function isFolder(path: string): boolean {
  try {
    return path !== '-' && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function listing(dir: string): string[] {
  return readdirSync(dir).filter((f) => READABLE.test(f) && !f.startsWith('.')).sort();
}

export function inputPairs(base: string, revised: string): InputPair[] {
  const folders = [isFolder(base), isFolder(revised)];
  if (!folders[0] && !folders[1]) return [{ file: null, base, revised }];
  if (!folders[0] || !folders[1]) {
    throw new InputError('one input is a folder and the other a file', folders[0] ? revised : base, undefined, 'give two files or two folders');
  }
  const left = new Set(listing(base));
  const right = new Set(listing(revised));
  const names = [...new Set([...left, ...right])].sort();
  if (names.length === 0) throw new InputError('no .txt, .md or .docx files in either folder', base);
  return names.map((file) => ({ file, base: left.has(file) ? join(base, file) : null, revised: right.has(file) ? join(revised, file) : null }));
}
