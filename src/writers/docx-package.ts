/**
 * The Word package made deterministic: fixed dates inside and on the zip entries, fixed order.
 * A redline's main part is streamed into the zip as it is written (`WordPackage`), so that a large
 * collection is never held whole as XML; the rest of the package comes from the docx library.
 */
import { crc32 } from 'node:zlib';
import { deflateSync, strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import type { Unzipped, ZipInputFile, Zippable } from 'fflate';

/**
 * Zip entries carry DOS local times, which the zip library reads from a date's local fields. They
 * are written with the clock set to UTC, so that neither the machine's time zone nor a summer-time
 * gap (02:30 on the day clocks go forward does not exist in Paris) moves them.
 */
function zipTime(date: string): Date {
  const d = new Date(date);
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2099);
  return new Date(Date.UTC(year, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()));
}

function inUtc<T>(write: () => T): T {
  const zone = process.env['TZ'];
  process.env['TZ'] = 'UTC';
  try {
    return write();
  } finally {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  }
}

/** What a tool that sniffs the file type reads first. */
const HEADS = ['[Content_Types].xml', '_rels/.rels'];

function entryRank(name: string): number {
  const head = HEADS.indexOf(name);
  return head >= 0 ? head : HEADS.length;
}

const byRank = (x: string, y: string): number => entryRank(x) - entryRank(y) || (x < y ? -1 : x > y ? 1 : 0);

/**
 * The library's parts, edited: `parts` as text (the large ones, built as strings by the caller),
 * and the current time the packer stamps into docProps/core.xml replaced with `date`.
 */
function editedParts(bytes: Uint8Array, date: string, parts: Record<string, (xml: string) => string>): Unzipped {
  const files = unzipSync(bytes);
  for (const [name, edit] of Object.entries(parts)) {
    const part = files[name];
    if (part) files[name] = strToU8(edit(strFromU8(part)));
  }
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/gu, `$1${date}$3`));
  return files;
}

/** A package from the library, re-zipped with fixed dates and order, so the same input always gives the same bytes. */
export function normalizePackage(bytes: Uint8Array, date: string, parts: Record<string, (xml: string) => string> = {}): Uint8Array {
  const files = editedParts(bytes, date, parts);
  const mtime = zipTime(date);
  const entries: Zippable = {};
  for (const name of Object.keys(files).sort(byRank)) entries[name] = [files[name] as Uint8Array, { mtime, level: 6 }];
  return inUtc(() => zipSync(entries));
}

/**
 * A package whose main part (word/document.xml) is compressed as it is written. Its entries come
 * in a fixed order: the two heads (filled last, from the library's package: the compressed main
 * part waits behind them), the main part, then the library's other parts by name.
 */
export class WordPackage {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly mtime: Date;
  private readonly heads: ZipInputFile[];
  private readonly main: ZipDeflate;
  private readonly encoder = new TextEncoder();
  /** one buffer for every part of the main part: the compressor copies what it is given */
  private buffer = new Uint8Array(1 << 16);

  constructor(private readonly date: string) {
    this.mtime = zipTime(date);
    this.zip = new Zip((error, data) => {
      if (error) throw error;
      this.chunks.push(data);
    });
    this.heads = HEADS.map((name) => this.whole(name));
    this.main = new ZipDeflate('word/document.xml', { level: 6 });
    this.main.mtime = this.mtime;
    inUtc(() => this.zip.add(this.main));
  }

  /**
   * An entry for a part known whole, its bytes given by `fill`: compressed at once, since a
   * streaming compressor costs more to set up than a small part takes to compress.
   */
  private whole(name: string): ZipInputFile {
    const entry: ZipInputFile = { filename: name, size: 0, crc: 0, compression: 8, mtime: this.mtime };
    inUtc(() => this.zip.add(entry));
    return entry;
  }

  private fill(entry: ZipInputFile, data: Uint8Array): void {
    entry.size = data.length;
    entry.crc = crc32(data);
    entry.ondata?.(null, deflateSync(data, { level: 6 }), true);
  }

  /** More of the main part. */
  write(xml: string): void {
    // at most three bytes of UTF-8 for each UTF-16 unit
    if (this.buffer.length < xml.length * 3) this.buffer = new Uint8Array(xml.length * 3);
    const { written } = this.encoder.encodeInto(xml, this.buffer);
    this.main.push(this.buffer.subarray(0, written));
  }

  /** The package: the main part closed, and the library's other parts (its own main part left out). */
  finish(library: Uint8Array, parts: Record<string, (xml: string) => string> = {}): Uint8Array {
    this.main.push(new Uint8Array(0), true);
    const files = editedParts(library, this.date, parts);
    HEADS.forEach((name, k) => {
      const part = files[name];
      if (!part) throw new Error(`the Word package has no ${name}`);
      this.fill(this.heads[k] as ZipInputFile, part);
    });
    for (const name of Object.keys(files).sort(byRank)) {
      if (name === 'word/document.xml' || HEADS.includes(name)) continue;
      this.fill(this.whole(name), files[name] as Uint8Array);
    }
    inUtc(() => this.zip.end());
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}
