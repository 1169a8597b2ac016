/** Unzips a .docx without trusting it: sizes are checked from the zip directory before inflating. */
import { InputError } from '../../model/errors.js';
import { zipLibrary } from '../parsers.js';

export const RESAVE_HINT = 'save it again from Word as .docx';

const MAX_ENTRIES = 2000;
const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
const MAX_RATIO = 100;
// Below this size an entry cannot hurt whatever its ratio, and repetitive XML can compress well.
const RATIO_FLOOR_BYTES = 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * The XML parts of the package (`.xml` and `.rels`), keyed by lower-case name since part names
 * are case-insensitive. Media are neither inflated nor kept.
 */
export function unzipParts(bytes: Uint8Array, file: string): Map<string, Uint8Array> {
  if (startsWith(bytes, OLE_MAGIC)) {
    // Word 97-2003 files and password-protected .docx files are both OLE containers.
    throw new InputError(
      'not a .docx (a Word 97-2003 .doc or a password-protected file)',
      file,
      undefined,
      'save it again from Word as .docx, without a password',
    );
  }
  if (!startsWith(bytes, [0x50, 0x4b])) {
    throw new InputError('not a Word document (not a zip archive)', file, undefined, RESAVE_HINT);
  }
  let entries = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = zipLibrary().unzipSync(bytes, {
      filter: (entry) => {
        entries++;
        if (entries > MAX_ENTRIES) {
          throw new InputError(`refused: the zip has more than ${MAX_ENTRIES} entries`, file, undefined, RESAVE_HINT);
        }
        total += entry.originalSize;
        if (total > MAX_TOTAL_BYTES) {
          throw new InputError('refused: the zip would expand to more than 200 MB', file, undefined, RESAVE_HINT);
        }
        if (entry.originalSize > RATIO_FLOOR_BYTES && entry.originalSize > MAX_RATIO * entry.size) {
          const ratio = Math.round(entry.originalSize / Math.max(entry.size, 1));
          throw new InputError(
            `refused: zip entry ${entry.name} would expand ${ratio} times (a zip bomb?)`,
            file,
            undefined,
            RESAVE_HINT,
          );
        }
        return /\.(?:xml|rels)$/iu.test(entry.name);
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('not a Word document (zip is damaged)', file, undefined, RESAVE_HINT);
  }
  const parts = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) parts.set(name.replace(/^\//u, '').toLowerCase(), data);
  return parts;
}
