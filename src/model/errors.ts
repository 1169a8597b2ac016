/**
 * Trouble with an input or with usage. Caught once, at the command boundary, and printed as one
 * line: `redline: FILE:LINE: what is wrong; what to do`, exit status 2.
 */
export class InputError extends Error {
  override readonly name: string = 'InputError';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly hint?: string,
  ) {
    super(message);
  }

  /**
   * The one line the user sees. Text quoted from an input may hold line breaks or control
   * characters: breaks become spaces and the rest are written as escapes, so it stays one line
   * and never drives the terminal.
   */
  format(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return oneLine(`${where}${this.message}${this.hint ? `; ${this.hint}` : ''}`);
  }
}

/** Text made one line for stderr: breaks become spaces, control characters escapes. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/gu, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Reading `file` within the machine's limits: should the stack or a string still run out on some
 * shape no check foresaw, the error names the file that caused it, in one line, like any other.
 */
export function readingWithin<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof RangeError) throw new InputError(`too large or too deeply nested to read (${e.message})`, file, undefined, 'simplify it, or report it with the file if it is an ordinary text');
    throw e;
  }
}
