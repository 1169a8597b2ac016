/**
 * What `redline check` answers: is the consolidated text the base with the proposals applied?
 * Each clause that differs is a mismatch, with both texts, its word diff and its line in the
 * consolidated file.
 */
import type { Segment } from './redline.js';

export interface Mismatch {
  /** the clause id (`considering/c`), in the expected text, or in the consolidated one when it has no counterpart */
  id: string;
  /** how people name it: `considering c)` */
  reference: string;
  /** the clause as the proposals make it (label and text), null when the consolidated text has a clause too many */
  expected: string | null;
  /** the clause as the consolidated text has it, null when it is missing there */
  actual: string | null;
  /** the line of the consolidated file where the clause is (or would be), null when unknown */
  line: number | null;
  /** from expected to actual, word by word */
  words: Segment[];
}

export interface CheckReport {
  ok: boolean;
  /** the consolidated file */
  file: string;
  mismatches: Mismatch[];
  /** why the file is not a consolidated text at all (it still carries marks), or null */
  unconsolidated: string | null;
}
