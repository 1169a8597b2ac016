/**
 * Footnotes in text: a marker `[1]` right after a word, and the notes after a rule as `[1] text`
 * lines. One place for the convention, read by the readers and written by the writers.
 */

/** The rule that opens the notes, as the writers draw it. */
export const NOTES_RULE = '____________________';

/** A rule as people type it: five or more underscores or dashes. */
export const NOTES_RULE_LINE = /^[_\u2014\u2013-]{5,}$/u;

/** A note line `[1] text`, with its id and text. */
export const NOTE_LINE = /^\[(?<id>[^\]\s]{1,6})\]\s*(?<text>[\s\S]*)$/u;

/** The start of a note line, for telling it apart from running text. */
export const NOTE_START = /^\[[^\]\s]{1,6}\]\s/u;

/** A marker anywhere; it is a footnote marker only right after a word (see `markers`). */
const MARKER = /\[([^\]\s]{1,6})\]/gu;

export interface Marker {
  /** where the marker starts in the text */
  index: number;
  /** the marker as written, `[1]` */
  text: string;
  /** the note id, `1` */
  id: string;
}

/**
 * The footnote markers of a text: `[1]` right after a non-space character. `before` is the
 * character that precedes the text, when the text continues an earlier piece.
 */
export function markers(text: string, before = ''): Marker[] {
  const out: Marker[] = [];
  if (!text.includes('[')) return out;
  for (const m of text.matchAll(MARKER)) {
    const prev = m.index > 0 ? (text[m.index - 1] as string) : before;
    if (prev && /\S/u.test(prev)) out.push({ index: m.index, text: m[0], id: m[1] as string });
  }
  return out;
}

/** The marker of a note, as it stands in the text. */
export function markerOf(id: string): string {
  return `[${id}]`;
}

/** A note as a plain-text line after the rule. */
export function noteLine(id: string, text: string): string {
  return `${markerOf(id)} ${text}`;
}
