/** The Word package made deterministic: fixed dates inside and on the zip entries, fixed order. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';

/** Zip entries carry DOS local times: build the date from local fields so no time zone shifts it. */
function zipTime(date: string): Date {
  const d = new Date(date);
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2099);
  return new Date(year, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

function entryRank(name: string): number {
  if (name === '[Content_Types].xml') return 0;
  if (name === '_rels/.rels') return 1;
  return 2;
}

/**
 * The packer stamps the current time into docProps/core.xml and onto every zip entry. Replace
 * both with the redline's date and write the entries in a fixed order, so that the same redline
 * always gives the same bytes. `parts` edits parts as text (the large ones, built as strings).
 */
export function normalizePackage(bytes: Uint8Array, date: string, parts: Record<string, (xml: string) => string> = {}): Uint8Array {
  const files = unzipSync(bytes);
  // parts written as text by the caller go in here, before the one compression
  for (const [name, edit] of Object.entries(parts)) {
    const part = files[name];
    if (part) files[name] = strToU8(edit(strFromU8(part)));
  }
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = strFromU8(core).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/gu, `$1${date}$3`);
    files['docProps/core.xml'] = strToU8(xml);
  }
  const names = Object.keys(files).sort((x, y) => entryRank(x) - entryRank(y) || (x < y ? -1 : x > y ? 1 : 0));
  const mtime = zipTime(date);
  const entries: Zippable = {};
  for (const name of names) entries[name] = [files[name] as Uint8Array, { mtime, level: 6 }];
  return zipSync(entries);
}
