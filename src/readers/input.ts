/**
 * Inputs as bytes with their names: a file, standard input (`-`), or two folders whose files are
 * paired by name. The format is taken from the name, or from the content when the name says
 * nothing (a Word file starts with the zip signature).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../model/errors.js';

export interface Input {
  /** the name used in messages: the path as given, or `-` */
  file: string;
  bytes: Uint8Array;
}

export type InputFormat = 'text' | 'markdown' | 'docx';

/** Outputs of redline and other formats that are not inputs: refused by name, with a hint. */
const NOT_INPUTS: Record<string, string> = {
  '.json': 'JSON',
  '.html': 'HTML',
  '.htm': 'HTML',
  '.pdf': 'PDF',
  '.doc': 'a Word 97-2003 file',
  '.odt': 'an OpenDocument file',
  '.rtf': 'RTF',
};

export function formatOf(input: Input): InputFormat {
  const ext = extname(input.file).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  const other = NOT_INPUTS[ext];
  if (other) {
    const save = ext === '.doc' || ext === '.odt' || ext === '.rtf' ? 'save it as .docx' : 'give the .txt, .md or .docx it was made from';
    throw new InputError(`${other} is not a format redline reads`, input.file, undefined, save);
  }
  if (input.bytes[0] === 0x50 && input.bytes[1] === 0x4b) return 'docx';
  return 'text';
}

/** Read a file (or `-` for standard input) as bytes, with one-line errors. */
export function readInput(file: string): Input {
  try {
    if (file === '-') return { file, bytes: readFileSync(0) };
    if (statSync(file).isDirectory()) throw new InputError('is a directory', file, undefined, 'give a file');
    return { file, bytes: readFileSync(file) };
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file', file);
    if (code === 'EACCES') throw new InputError('permission denied', file);
    throw new InputError(`cannot read (${code ?? String(e)})`, file);
  }
}

/** BASE and REVISED as folders: their files paired by name, a file on one side only compared with nothing. */
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

/** Files and folders as the files to read: a folder gives its .txt, .md and .docx files, by name. */
export function filesIn(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!isFolder(path)) return [path];
    const files = listing(path).map((f) => join(path, f));
    if (files.length === 0) throw new InputError('no .txt, .md or .docx files in this folder', path);
    return files;
  });
}
