/**
 * Lines to paragraphs. Texts come one paragraph per line, or one per blank-line-separated block
 * whose lines wrap; and items are often typed on consecutive lines with no blank line between.
 * A line therefore starts a new paragraph when it starts with a label or is (or follows) a
 * structural line: title, formula, heading, annex heading, footnote rule or note.
 */
import { parseLabel } from '../model/label.js';
import { normalizeHeading, type Language } from '../model/language.js';
import type { SourceParagraph } from './source.js';

const FOOTNOTE_LINE = /^(?:[_\u2014\u2013-]{5,}$|\[[^\]\s]{1,6}\]\s)/u;

function isStructural(line: string, lang: Language): boolean {
  return (
    lang.titlePattern.test(line) ||
    lang.formulaPattern.test(line) ||
    lang.annexPattern.test(line) ||
    lang.headingIndex.has(normalizeHeading(line)) ||
    FOOTNOTE_LINE.test(line)
  );
}

/** A line that is a paragraph of its own whatever surrounds it (a proposal's change line). */
export type Standalone = (line: string) => boolean;

/** Split one block of consecutive lines (first line number `line`) into paragraphs. */
export function splitLines(lines: string[], line: number, lang: Language, extra: Partial<SourceParagraph> = {}, standalone?: Standalone): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  let prevStructural = true;
  lines.forEach((raw, k) => {
    const text = raw.trim();
    if (text === '') return;
    const structural = isStructural(text, lang) || standalone?.(text) === true;
    const last = out.at(-1);
    if (!last || prevStructural || structural || parseLabel(text, lang)) {
      out.push({ ...extra, text, line: line + k });
    } else {
      last.text += ` ${text}`;
    }
    prevStructural = structural;
  });
  return out;
}

/** A whole plain-text file: blank-line blocks, each split as above. */
export function textParagraphs(text: string, lang: Language, standalone?: Standalone): SourceParagraph[] {
  const lines = text.split('\n');
  const out: SourceParagraph[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || (lines[i] ?? '').trim() === '') {
      if (i > start) out.push(...splitLines(lines.slice(start, i), start + 1, lang, {}, standalone));
      start = i + 1;
    }
  }
  return out.map((p) => ({ ...p, text: tidy(p.text) }));
}

/** Tabs and runs of spaces inside a paragraph become one space: layout, not text. */
export function tidy(text: string): string {
  return text.replace(/[ \t\u00a0]+/gu, ' ').trim();
}
