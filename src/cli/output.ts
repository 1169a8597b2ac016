/**
 * Writing results: atomically (a temporary file beside the target, then rename), never over an
 * input, and to standard output when no `-o` is given.
 */
import { realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../model/errors.js';

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

export function writeOutput(out: string | undefined, content: string | Uint8Array): void {
  if (!out || out === '-') {
    if (typeof content !== 'string' && process.stdout.isTTY) {
      throw new InputError('will not write a Word file to the terminal', undefined, undefined, 'give -o FILE.docx, or redirect the output');
    }
    process.stdout.write(content);
    return;
  }
  // the process id and the time make the name unique enough; `wx` refuses to follow or reuse one that exists
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot write output (${code ?? String(e)})`, out, undefined, 'check that the folder exists and is writable');
  }
}

/** Standard error, one line each: notices of a job that went through, and refusals. */
export function tell(lines: readonly string[]): void {
  for (const line of lines) process.stderr.write(`redline: ${line}\n`);
}
