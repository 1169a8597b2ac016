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

  /** The one line the user sees. */
  format(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${where}${this.message}${this.hint ? `; ${this.hint}` : ''}`;
  }
}
