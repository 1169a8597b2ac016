/**
 * Writing results: atomically to a file (a temporary file beside the target, then rename), in
 * place to a device or pipe, never over an input, and to standard output when no `-o` is given.
 */
import { closeSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isatty } from 'node:tty';
import { InputError } from '../model/errors.js';
import { isQuiet } from './progress.js';
import type { Written } from '../writers/registry.js';

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Refuse an output path that names one of the inputs. */
export function guardOutput(out: string | undefined, inputs: readonly string[]): void {
  if (!out || out === '-') return;
  const target = canonical(out);
  for (const input of inputs) {
    if (input !== '-' && canonical(input) === target) {
      throw new InputError('output would overwrite an input', out, undefined, 'choose another -o path');
    }
  }
}

/** Temporary files being written: removed if the process is stopped while they are. */
const pending = new Set<string>();
/** The first error standard output reported (a closed pipe, a full disk). */
let stdoutError: NodeJS.ErrnoException | undefined;

/**
 * Standard output's errors come as events: remember the first (a closed pipe ends the output
 * quietly, anything else is reported by the write that meets it).
 */
export function watchOutput(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    stdoutError ??= e;
  });
}

/**
 * While a temporary file is being written, a stop by SIGINT or SIGTERM removes it and exits 130 or
 * 143, as shells expect. Only then: the rest of the time the signals stop the process at once.
 */
const STOPS = [['SIGINT', 130], ['SIGTERM', 143]] as const;
const onStop = STOPS.map(([signal, status]) => [signal, (): never => {
  removePending();
  process.exit(status);
}] as const);

function guardStops(on: boolean): void {
  for (const [signal, handler] of onStop) {
    if (on) process.on(signal, handler);
    else process.off(signal, handler);
  }
}

function removePending(): void {
  for (const tmp of pending) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing more can be done on the way out
    }
  }
  pending.clear();
}

/** Let events in between parts: a stop, or an error of standard output. */
const tick = (): Promise<void> => new Promise((done) => setImmediate(done));

type Target = 'new' | 'file' | 'folder' | 'device';

const STANDARD_OUTPUT = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

function targetOf(out: string): Target {
  try {
    const stat = statSync(out);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'device';
  } catch {
    return 'new';
  }
}

function cannotWrite(out: string, e: unknown): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  const hint: Record<string, string> = {
    ENAMETOOLONG: 'choose a shorter file name',
    EACCES: 'choose a folder you may write to',
    EPERM: 'choose a folder you may write to',
    ENOSPC: 'free some space on the disk',
    ENOENT: 'check that the folder exists',
    EROFS: 'choose a folder on a disk that can be written to',
  };
  return new InputError(`cannot write output (${code})`, out, undefined, hint[code] ?? 'check that the folder exists and is writable');
}

/**
 * Output in parts is written part by part as the writer makes them. A regular file is written
 * whole or not at all: to a temporary file beside it, renamed over it at the end, removed if
 * anything fails (a bad input found halfway through a collection included) or the process is
 * stopped. A device or a pipe (`/dev/stdout`, `/dev/null`, a named pipe) is written in place:
 * renaming a file over it would replace the device.
 */
export async function writeOutput(out: string | undefined, content: Written): Promise<void> {
  const binary = content instanceof Uint8Array;
  const parts = typeof content === 'string' || binary ? [content] : content;
  // standard output by name is written as standard output: opened by its name, a socket cannot be
  if (!out || out === '-' || STANDARD_OUTPUT.has(out)) return writeStandardOutput(parts, binary);
  const target = targetOf(out);
  if (target === 'folder') throw new InputError('is a folder', out, undefined, 'give a file name with -o');
  if (target === 'device') return writeInPlace(out, parts, binary);
  // the process id and the time make the name unique enough; `wx` refuses to follow or reuse one that exists
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  // the handlers go in before the file exists: without them a signal ends the process at once,
  // between two statements, and the file would stay behind
  guardStops(true);
  try {
    fd = openSync(tmp, 'wx');
    pending.add(tmp);
    await writeAll(fd, parts);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, out);
    pending.delete(tmp);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    removePending();
    throw cannotWrite(out, e);
  } finally {
    guardStops(false);
  }
}

/** Each part after the last (writeFileSync on a descriptor writes all of it), letting events in between. */
async function writeAll(fd: number, parts: Iterable<string | Uint8Array>): Promise<void> {
  for (const part of parts) {
    writeFileSync(fd, part);
    await tick();
  }
}

async function writeStandardOutput(parts: Iterable<string | Uint8Array>, binary: boolean): Promise<void> {
  if (binary && process.stdout.isTTY) {
    throw new InputError('will not write a Word file to the terminal', undefined, undefined, 'give -o FILE.docx, or redirect the output');
  }
  for (const part of parts) {
    // a reader that went away (`| head`) wants no more: what is left is not made
    if (stdoutError) break;
    process.stdout.write(part);
    await tick();
  }
  const code = stdoutError?.code;
  if (code !== undefined && code !== 'EPIPE') throw new InputError(`cannot write to standard output (${code})`, undefined, undefined, code === 'ENOSPC' ? 'free some space on the disk' : 'check where the output goes');
}

async function writeInPlace(out: string, parts: Iterable<string | Uint8Array>, binary: boolean): Promise<void> {
  let fd: number | undefined;
  try {
    fd = openSync(out, 'w');
    if (binary && isatty(fd)) throw new InputError('will not write a Word file to the terminal', out, undefined, 'give -o FILE.docx');
    await writeAll(fd, parts);
  } catch (e) {
    // a named pipe whose reader went away wants no more, as standard output
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
    throw cannotWrite(out, e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Standard error, one line each: notices of a job that went through, and refusals. */
export function tell(lines: readonly string[]): void {
  // --quiet keeps what went wrong (refusals, conflicts) and drops the notes
  for (const line of lines) if (!(isQuiet() && line.startsWith('note:'))) process.stderr.write(`redline: ${line}\n`);
}
