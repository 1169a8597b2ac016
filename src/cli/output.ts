/**
 * Writing results: atomically (a temporary file beside the target, then rename), never over an
 * input, and to standard output when no `-o` is given.
 */
import { closeSync, openSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../model/errors.js';
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

/**
 * Output in parts is written part by part as the writer makes them. A file is written whole or not
 * at all: to a temporary file beside it, renamed over it at the end, removed if anything fails
 * (a bad input found halfway through a collection included).
 */
export function writeOutput(out: string | undefined, content: Written): void {
  const parts = typeof content === 'string' || content instanceof Uint8Array ? [content] : content;
  if (!out || out === '-') {
    if (content instanceof Uint8Array && process.stdout.isTTY) {
      throw new InputError('will not write a Word file to the terminal', undefined, undefined, 'give -o FILE.docx, or redirect the output');
    }
    for (const part of parts) process.stdout.write(part);
    return;
  }
  // the process id and the time make the name unique enough; `wx` refuses to follow or reuse one that exists
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx');
    // writeFileSync on a descriptor writes all of each part, after the last
    for (const part of parts) writeFileSync(fd, part);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, out);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot write output (${code ?? String(e)})`, out, undefined, 'check that the folder exists and is writable');
  }
}

/** Standard error, one line each: notices of a job that went through, and refusals. */
export function tell(lines: readonly string[]): void {
  for (const line of lines) process.stderr.write(`redline: ${line}\n`);
}
