/**
 * Lines to paragraphs. Texts come one paragraph per line, or one per blank-line-separated block
 * whose lines wrap; and items are often typed on consecutive lines with no blank line between.
 * A line therefore starts a new paragraph when it starts with a label, a note or a proposal's
 * `Reasons:`, and stands alone when it is structural: title, formula, heading, annex heading,
 * the notes rule, or a proposal's change line (`MOD considering a)`, `MOD RCC/14A1/1`).
 */
import { detached } from '../model/detached.js';
import { NOTE_START, NOTES_RULE_LINE } from '../model/footnotes.js';
import { isLongNumber, parseLabel } from '../model/label.js';
import { isFormula, knownHeading, type Language } from '../model/language.js';
import { changeLine } from '../model/proposal.js';
import type { SourceParagraph } from './source.js';

type LineKind = 'alone' | 'starts' | 'continues';

/** The reasons a paragraph gives after the table's label (`Reasons: ...`, `理由：...`, either colon), or null. */
export function reasonsOf(text: string, lang: Language): string | null {
  const word = lang.reasons.replace(/\s*[:：]$/u, '');
  // the start of the line only: lower-casing every line whole cost more than the rest of this test
  if (text.slice(0, word.length).toLocaleLowerCase() !== word.toLocaleLowerCase()) return null;
  const colon = /^\s*[:：]/u.exec(text.slice(word.length));
  return colon ? text.slice(word.length + colon[0].length).trim() : null;
}

/** Does a paragraph open a proposal's reasons? */
export function isReasons(text: string, lang: Language): boolean {
  return reasonsOf(text, lang) !== null;
}

function kindOf(line: string, lang: Language): LineKind {
  if (
    lang.titlePattern.test(line) ||
    isFormula(line, lang) ||
    lang.annexPattern.test(line) ||
    knownHeading(line, lang) !== undefined ||
    NOTES_RULE_LINE.test(line) ||
    NOTE_START.test(line) ||
    changeLine(line) !== null
  ) {
    return 'alone';
  }
  if (isReasons(line, lang)) return 'starts';
  const label = parseLabel(line, lang);
  // a year at the start of a wrapped line goes on with the paragraph; item 1000 stands after a tab
  if (label && (!isLongNumber(label.label) || line.charAt(label.labelText.length) === '\t')) return 'starts';
  return 'continues';
}

/** Split one block of consecutive lines (first line number `line`) into paragraphs. */
export function splitLines(lines: string[], line: number, lang: Language, extra: Partial<SourceParagraph> = {}): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  let open = false;
  lines.forEach((raw, k) => {
    const text = trimmed(raw);
    if (text === '') return;
    const kind = kindOf(text, lang);
    const last = out.at(-1);
    if (last && open && kind === 'continues') {
      last.text += ` ${text}`;
      return;
    }
    out.push({ ...extra, text, line: line + k });
    open = kind !== 'alone';
  });
  return out;
}

/** A whole plain-text file: blank-line blocks, each split as above. */
export function textParagraphs(text: string, lang: Language, firstLine = 1): SourceParagraph[] {
  const lines = text.split('\n');
  const out: SourceParagraph[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || (lines[i] ?? '').trim() === '') {
      if (i > start) out.push(...splitLines(lines.slice(start, i), start + firstLine, lang));
      start = i + 1;
    }
  }
  return out.map((p) => ({ ...p, text: detached(tidy(p.text)) }));
}

/**
 * Tabs and runs of spaces inside a paragraph become one space: layout, not text. Only what differs
 * from a single space is replaced (most paragraphs have nothing to replace).
 */
export function tidy(text: string): string {
  return trimmed(text.replace(/[ \t\u00a0]{2,}|[\t\u00a0]/gu, ' '));
}

/**
 * Without spaces, or zero-width spaces, word joiners and byte order marks, at either end: pasted
 * in front of `b)` they would hide the label and run the item into the one before.
 */
function trimmed(text: string): string {
  return text.replace(/^[\s\u200b\u2060\ufeff]+|[\s\u200b\u2060\ufeff]+$/gu, '');
}
