/** A catalogue written by `redline catalogue`, read back for lint and draft. */
import type { Catalogue } from '../model/catalogue.js';
import { InputError } from '../model/errors.js';
import type { Input } from './input.js';

export function readCatalogue(input: Input): Catalogue {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(input.bytes));
  } catch {
    throw new InputError('not a catalogue: not valid JSON', input.file, undefined, 'write one with redline catalogue DIR -o catalogue.json');
  }
  const entries = (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries) || !entries.every((e) => typeof e === 'object' && e !== null && typeof (e as { number?: unknown }).number === 'string' && typeof (e as { kind?: unknown }).kind === 'string')) {
    throw new InputError('not a catalogue: no list of entries with kind and number', input.file, undefined, 'write one with redline catalogue DIR -o catalogue.json');
  }
  return data as Catalogue;
}
