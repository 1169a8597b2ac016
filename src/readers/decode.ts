/** Bytes to text: UTF-8 only, refused with the line of the first bad byte rather than guessed. */
import { InputError } from '../model/errors.js';

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** A byte order mark of UTF-16, as Windows' Notepad writes "Unicode" text: little or big end first. */
function utf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array, file: string): string {
  const wide = utf16(bytes);
  if (wide) {
    let text: string;
    try {
      text = new TextDecoder(wide, { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(`not valid ${wide.toUpperCase()}`, file, undefined, 'save the file as UTF-8 (Unicode) text');
    }
    return checked(text, file);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new InputError('binary data, not a text file', file, lineAt(bytes, nul), 'give a .txt, .md or .docx file');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first byte sequence that does not decode, to name its line.
    let lo = 0;
    let hi = bytes.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid;
      }
    }
    throw new InputError('not valid UTF-8', file, lineAt(bytes, lo), 'save the file as UTF-8 (Unicode) text');
  }
  return checked(text, file);
}

/** Without its byte order mark, lines ending in \n only, and not empty. */
function checked(decoded: string, file: string): string {
  const text = decoded.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (text.trim() === '') throw new InputError('empty file', file, undefined, 'give a resolution text');
  return text;
}
