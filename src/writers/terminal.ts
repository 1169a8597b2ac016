/**
 * A redline for a terminal, like `git diff --word-diff`: changed clauses with deletions in red
 * and insertions in green, unchanged clauses folded into a count. Without colour the marks are
 * git's `[-old-]{+new+}`. A moved clause is one line, at its destination, with its word edits and
 * where it came from.
 */
import { Chalk } from 'chalk';
import type { RedlineDocument, RedlineParagraph, Segment } from '../model/redline.js';
import { tableOf } from '../languages/registry.js';
import { moveNote } from './move-note.js';

/**
 * Control characters of the input (ESC, BEL, a C1 control) shown, never sent to the terminal,
 * which would obey them: C0 ones as their Unicode pictures (␛, ␇), the others as `\u0085`.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** `names`: a heading line per document, for folders compared file by file. */
export function writeTerminal(docs: readonly RedlineDocument[], color: boolean, names: readonly (string | null)[] = []): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const del = (t: string): string => (color ? chalk.red.strikethrough(visible(t)) : `[-${visible(t)}-]`);
  const ins = (t: string): string => (color ? chalk.green.underline(visible(t)) : `{+${visible(t)}+}`);
  const segs = (list: readonly Segment[]): string =>
    list.map((s) => (s.op === 'delete' ? del(s.text) : s.op === 'insert' ? ins(s.text) : visible(s.text))).join('');
  const changed = (p: RedlineParagraph): boolean => p.mark !== null || [...p.label, ...p.text].some((s) => s.op !== 'equal');
  const lines: string[] = [];
  docs.forEach((doc, k) => {
    const name = names[k];
    if (name && name !== names[k - 1]) lines.push(chalk.bold(`=== ${visible(name)}`));
    let folded = 0;
    const fold = (): void => {
      if (folded > 0) lines.push(chalk.dim(`  … ${folded} unchanged ${folded === 1 ? 'clause' : 'clauses'}`));
      folded = 0;
    };
    const lang = tableOf(doc.lang);
    for (const p of doc.paragraphs) {
      if (p.move?.end === 'origin') continue;
      if (!changed(p)) {
        folded++;
        continue;
      }
      fold();
      const note = moveNote(p, lang, false);
      const moved = note ? `${chalk.magenta(`(${visible(note)})`)} ` : '';
      const whole = p.mark !== null && !p.move;
      const text = whole ? (p.mark === 'delete' ? del : ins)(`${p.label.map((s) => s.text).join('')}${p.label.length ? ' ' : ''}${p.text.map((s) => s.text).join('')}`) : `${segs(p.label)}${p.label.length ? ' ' : ''}${segs(p.text)}`;
      lines.push(`${chalk.cyan(visible(p.id))}  ${'  '.repeat(p.depth)}${moved}${text}`);
    }
    fold();
    for (const n of doc.footnotes) if (n.mark || n.text.some((s) => s.op !== 'equal')) lines.push(`${chalk.cyan(`footnote/${n.id}`)}  ${segs(n.text)}`);
  });
  return `${lines.join('\n')}\n`;
}
