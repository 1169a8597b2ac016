/**
 * Inputs as bytes with their names: a file, standard input (`-`), or two folders whose files are
 * paired by name. The format is taken from the name, or from the content when the name says
 * nothing (a Word file starts with the zip signature).
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { InputError } from '../model/errors.js';

export interface Input {
  /** the name used in messages: the path as given, or `-` */
  file: string;
  bytes: Uint8Array;
}

/** `html`: a review page written by `diff` or `merge -o FILE.html`, read back as the redline it is */
export type InputFormat = 'text' | 'markdown' | 'docx' | 'html';

/** Outputs of redline and other formats that are not inputs: refused by name, with a hint. */
const NOT_INPUTS: Record<string, string> = {
  '.json': 'JSON',
  '.pdf': 'PDF',
  '.doc': 'a Word 97-2003 file',
  '.odt': 'an OpenDocument file',
  '.rtf': 'RTF',
};

export function formatOf(input: Input): InputFormat {
  const ext = extname(input.file).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  const other = NOT_INPUTS[ext];
  if (other) {
    const save = ext === '.doc' || ext === '.odt' || ext === '.rtf' ? 'save it as .docx' : 'give the .txt, .md or .docx it was made from';
    throw new InputError(`${other} is not a format redline reads`, input.file, undefined, save);
  }
  if (input.bytes[0] === 0x50 && input.bytes[1] === 0x4b) return 'docx';
  return 'text';
}

/** The largest input read, in bytes: 50 MB unless `limitInputs` says otherwise (`--max-size`). */
let limit = 50 * 1024 * 1024;

export function limitInputs(bytes: number): void {
  limit = bytes;
}

function tooLarge(file: string): InputError {
  return new InputError(`larger than the ${Number((limit / 1024 / 1024).toPrecision(3))} MB an input may be`, file, undefined, 'give --max-size MB to read it, if it really is one text');
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** A device, a pipe or standard input, read in pieces up to the limit: it may never end (/dev/zero). */
function readStream(fd: number, file: string): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 16);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      // a pipe with nothing yet to read (standard input left non-blocking): wait a moment, try again
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(PAUSE, 0, 0, 5);
      continue;
    }
    if (n === 0) break;
    total += n;
    if (total > limit) throw tooLarge(file);
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/** Read a file (or `-` for standard input) as bytes, with one-line errors. */
export function readInput(file: string): Input {
  try {
    if (file === '-') return { file, bytes: readStream(0, file) };
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError('is a directory', file, undefined, 'give a file');
    if (stat.isFile()) {
      if (stat.size > limit) throw tooLarge(file);
      return { file, bytes: readFileSync(file) };
    }
    const fd = openSync(file, 'r');
    try {
      return { file, bytes: readStream(fd, file) };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file', file, undefined, 'check the path and the current folder');
    if (code === 'EACCES') throw new InputError('permission denied', file, undefined, 'give read permission, or copy the file where it can be read');
    throw new InputError(`cannot read (${code ?? String(e)})`, file, undefined, 'check the disk or device it is on');
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

export function isFolder(path: string): boolean {
  try {
    return path !== '-' && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The files of a folder redline reads: regular files only (a named pipe there would never end). */
function listing(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((f) => READABLE.test(f.name) && !f.name.startsWith('.') && (f.isFile() || (f.isSymbolicLink() && isRegular(join(dir, f.name)))))
    .map((f) => f.name)
    .sort();
}

function isRegular(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function inputPairs(base: string, revised: string): InputPair[] {
  const folders = [isFolder(base), isFolder(revised)];
  if (!folders[0] && !folders[1]) return [{ file: null, base, revised }];
  if (!folders[0] || !folders[1]) {
    const [folder, other] = folders[0] ? [base, revised] : [revised, base];
    throw new InputError(`is a folder, and ${other} is a file`, folder, undefined, 'give two files or two folders');
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

/** A file's name without its extension: how folders' files are matched and outputs named. */
export function stemOf(name: string): string {
  return name.replace(/\.[^.]*$/u, '');
}

/** Files of several folders that belong together: the same name, extension aside (`res179.txt`, `res179.md`). */
export interface FolderSet {
  /** the name without its extension */
  name: string;
  /** the file in each folder, in the order the folders were given; the first always there, null where another folder has none */
  files: [string, ...(string | null)[]];
}

/**
 * A folder of resolutions and folders of files for them, matched by name, extension aside, in
 * name order. Every file must have its resolution in the first folder: a stray one is refused,
 * before any work, as is a folder holding two files of one name.
 */
export function folderSets(bases: string, others: readonly string[]): FolderSet[] {
  const folders = [bases, ...others];
  const byStem = new Map<string, (string | null)[]>();
  folders.forEach((folder, k) => {
    const files = listing(folder);
    if (files.length === 0) throw new InputError('no .txt, .md or .docx files in this folder', folder);
    for (const file of files) {
      const stem = stemOf(file);
      const set = byStem.get(stem) ?? folders.map(() => null);
      if (set[k]) throw new InputError(`holds both ${basename(set[k] as string)} and ${file}`, folder, undefined, 'keep one file per resolution in each folder');
      set[k] = join(folder, file);
      byStem.set(stem, set);
    }
  });
  return [...byStem.keys()].sort().map((name) => {
    const [base, ...rest] = byStem.get(name) as (string | null)[];
    if (!base) throw new InputError(`has ${name}, which ${bases} does not`, folders[rest.findIndex((f) => f !== null) + 1] as string, undefined, `add its base text to ${bases}, or take it out`);
    return { name, files: [base, ...rest] };
  });
}
