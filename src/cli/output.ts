/**
 * Writing results: atomically (a temporary file beside the target, then rename), never over an
 * input, and to standard output when no `-o` is given.
 */
import { randomBytes } from 'node:crypto';
import { realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
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
  const tmp = join(dirname(out), `.${basename(out)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot write output (${code ?? String(e)})`, out, undefined, 'check that the folder exists and is writable');
  }
}

/** The output format named by `--format` (one of `allowed`), else by the `-o` extension, else the fallback. */
export function formatFor<T extends string>(out: string | undefined, format: string | undefined, byExtension: Record<string, T>, fallback: T, allowed: readonly T[]): T {
  if (format) {
    if (!allowed.includes(format as T)) throw new InputError(`unknown --format "${format}"`, undefined, undefined, `use ${allowed.join(', ')}`);
    return format as T;
  }
  if (out && out !== '-') {
    const found = byExtension[extname(out).toLowerCase()];
    if (found) return found;
  }
  return fallback;
}
