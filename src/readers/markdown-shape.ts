/**
 * Markdown shapes the parser (micromark) takes quadratic time or stack on, dealt with before it
 * sees the text, so reading stays near linear whatever comes in:
 * - lists or quotes nested more than 100 deep, and paragraphs with thousands of emphasis marks,
 *   brackets or lines, are refused with their line (no resolution is written so);
 * - a heading underlined with `===` or `---` costs the parser a pass over everything before it:
 *   a one-line one is rewritten as the `#` heading it means, on the same lines.
 * Inline HTML is not parsed at all (markdown-parser.ts): a resolution has none, and each `<!--`
 * made the parser scan to the end of its paragraph.
 */
import { InputError } from '../model/errors.js';

/** Deeper than this, lists or quotes inside one another are no resolution. */
const MAX_NESTING = 100;
/** Per paragraph (lines between blank lines): more than these, and the parser's time grows past reason. */
const MAX_EMPHASIS = 5000;
const MAX_BRACKETS = 1000;
const MAX_LINES = 1000;
/** Underlined headings the rewrite leaves to the parser (in quotes, lists, after a paragraph line). */
const MAX_UNDERLINED = 100;

const UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/u;
/** An underline anywhere the parser may take it for one: in a quote or a list too. */
const ANY_UNDERLINE = /^[ \t>]*(?:=+|-+)[ \t]*$/u;
/** A line that starts a block of its own, which an underline does not make a heading of. */
const BLOCK_START = /^(?: {0,3}(?:[#>|<]|[-+*][ \t]|\d{1,9}[.)](?:[ \t]|$)|```|~~~|\[[^\]]*\]:)| {4}|\t)/u;
const FENCE = /^ {0,3}(```|~~~)/u;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;

interface Counts {
  emphasis: number;
  brackets: number;
  lines: number;
}

/** The text to give the parser: the same lines, underlined one-line headings written with `#`. */
export function tameMarkdown(text: string, file: string, lineOffset: number): string {
  const lines = text.split('\n');
  let counts: Counts = { emphasis: 0, brackets: 0, lines: 0 };
  /** inside a fenced code block or an HTML comment, where nothing is a heading */
  let fence: string | null = null;
  let comment = false;
  let underlines = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    const quoted = /^(?:[ \t]*>)*/u.exec(line)?.[0] ?? '';
    const quotes = quoted.split('>').length - 1;
    const indent = (/^[ \t]*/u.exec(line.slice(quoted.length))?.[0] ?? '').replace(/\t/gu, '    ').length;
    if (quotes > MAX_NESTING || indent / 2 > MAX_NESTING) {
      throw new InputError(`lists or quotes nested more than ${MAX_NESTING} deep`, file, k + 1 + lineOffset, 'write the resolution as headings, paragraphs and labelled items');
    }
    const opens = comment ? undefined : FENCE.exec(line)?.[1];
    if (opens && (fence === null || opens === fence)) fence = fence === null ? opens : null;
    if (fence === null && !comment && /^ {0,3}<!--/u.test(line)) comment = true;
    if (comment && line.includes('-->')) comment = false;
    if (line.trim() === '') {
      counts = { emphasis: 0, brackets: 0, lines: 0 };
      continue;
    }
    const unescaped = line.replace(/\\./gu, '');
    counts.emphasis += unescaped.match(/[*_]/gu)?.length ?? 0;
    counts.brackets += unescaped.match(/[[\]]/gu)?.length ?? 0;
    counts.lines += 1;
    if (counts.emphasis > MAX_EMPHASIS) throw new InputError(`more than ${MAX_EMPHASIS} emphasis marks (* or _) in one paragraph`, file, k + 1 + lineOffset, 'remove the emphasis, or give the text as .txt');
    if (counts.brackets > MAX_BRACKETS) throw new InputError(`more than ${MAX_BRACKETS} brackets ([ or ]) in one paragraph`, file, k + 1 + lineOffset, 'remove the links and brackets, or give the text as .txt');
    if (counts.lines > MAX_LINES) throw new InputError(`a paragraph of more than ${MAX_LINES} lines`, file, k + 1 + lineOffset, 'put a blank line between paragraphs');
    if (fence === null && !comment && k >= 1 && ANY_UNDERLINE.test(line) && (lines[k - 1] as string).trim() !== '' && !underlined(lines, k)) {
      underlines += 1;
      if (underlines > MAX_UNDERLINED) throw new InputError(`more than ${MAX_UNDERLINED} headings underlined with = or - in lists, quotes or after a paragraph line`, file, k + 1 + lineOffset, 'write headings as # Heading');
    }
  }
  return lines.join('\n');
}

/**
 * `Title` over `=====` (or `-----`), standing alone after a blank line: the same heading as
 * `# Title` (`## Title`), which the parser reads in one step. The underline becomes a blank line,
 * so every line keeps its number. Any other underline is left to the parser.
 */
function underlined(lines: string[], k: number): boolean {
  const title = lines[k - 1] as string;
  const before = k >= 2 ? (lines[k - 2] as string) : '';
  const alone = before.trim() === '' && UNDERLINE.test(lines[k] as string);
  if (!alone || BLOCK_START.test(title) || UNDERLINE.test(title) || THEMATIC_BREAK.test(title) || /\s#+\s*$/u.test(title)) return false;
  const level = (lines[k] as string).trim().startsWith('=') ? '#' : '##';
  const indent = /^ */u.exec(title)?.[0] ?? '';
  lines[k - 1] = `${indent}${level} ${title.trim()}`;
  lines[k] = '';
  return true;
}
