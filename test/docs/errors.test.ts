// Guards docs/errors.md: every error message the source can throw must be listed there, in its own words.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const page = readFileSync(join(root, 'docs/errors.md'), 'utf8');
const doc = normalise(page);
/** The page's code spans, where it writes messages (fenced blocks left out). */
const spans = [...page.replace(/```[\s\S]*?```/gu, '').matchAll(/`([^`]+)`/gu)].map((m) => normalise(m[1] ?? ''));

/** Where an error is made, and which argument of the call is its message. */
interface Maker {
  call: RegExp;
  /** the index of the message among the call's arguments */
  message: number;
  /** only in these files (paths from the repository root); everywhere when absent */
  files?: RegExp;
}

const MAKERS: readonly Maker[] = [
  // InputError(message, file?, line?, hint?) and ApplyError(message, change, hint?, file?). The
  // messages of cannotWrite (src/cli/output.ts) and tooLarge (src/readers/input.ts) are literals
  // inside those helpers, in a `new InputError(` of their own: their callers pass no message.
  { call: /\bnew (?:InputError|ApplyError)\(/gu, message: 0 },
  // StaleBaseError(clauses, file, line): its message is made by its constructor (see ALLOWED).
  { call: /\bnew StaleBaseError\(/gu, message: 0 },
  // The applier's own helper: error(message, change, hint) makes an ApplyError.
  { call: /\bthis\.error\(/gu, message: 0, files: /^src\/engine\/apply\/run\.ts$/u },
  // References.missing(change, what) makes an ApplyError of `${what} in the base`.
  { call: /\.missing\(/gu, message: 1, files: /^src\/engine\/apply\/[^/]+\.ts$/u },
];

/**
 * Makers whose message is no literal at the call, with where its words come from. Their words
 * must still be in the source file named and in the page.
 */
const ALLOWED: readonly { file: string; argument: string; words: readonly string[] }[] = [
  // ProposalRun.error passes on the messages of its callers, which this scan reads (this.error).
  { file: 'src/engine/apply/run.ts', argument: 'message', words: ['MOD gives no new text', 'ADD of a block gives no items'] },
  // The first argument is the clauses; the constructor writes the message.
  { file: 'src/engine/proposal.ts', argument: 'stale', words: ['drafted on another text than the base: '] },
];

/** Whitespace runs as one space, so that line breaks and table layout do not matter. */
function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** A string or template literal starting at `start`: its fixed parts (a template's text between `${…}`) and where it ends. */
function literalAt(text: string, start: number): { parts: string[]; end: number } {
  const quote = text.charAt(start);
  const parts: string[] = [];
  let current = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '\\') {
      const next = text.charAt(i + 1);
      current += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      i += 2;
    } else if (c === quote) {
      parts.push(current);
      return { parts, end: i + 1 };
    } else if (quote === '`' && c === '$' && text.charAt(i + 1) === '{') {
      parts.push(current);
      current = '';
      i = expressionEnd(text, i + 2, '}') + 1;
    } else {
      current += c;
      i++;
    }
  }
  throw new Error(`unterminated literal at ${start}`);
}

/** The end of an expression starting at `start`: the first of `stops` outside brackets and literals. */
function expressionEnd(text: string, start: number, stops: string): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === "'" || c === '"' || c === '`') {
      i = literalAt(text, i).end;
      continue;
    }
    if (depth === 0 && stops.includes(c)) return i;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    i++;
  }
  throw new Error(`unterminated expression at ${start}`);
}

/** The call's arguments, as source text, from just after its opening bracket. */
function argumentsAt(text: string, start: number): string[] {
  const args: string[] = [];
  let i = start;
  for (;;) {
    const end = expressionEnd(text, i, ',)');
    args.push(text.slice(i, end).trim());
    if (text.charAt(end) === ')') return args;
    i = end + 1;
  }
}

/** The literals of an expression outside any brackets (both branches of `a ? 'x' : 'y'`), as their fixed parts. */
function literalsOf(expression: string): string[][] {
  const out: string[][] = [];
  let depth = 0;
  let i = 0;
  while (i < expression.length) {
    const c = expression.charAt(i);
    if (c === "'" || c === '"' || c === '`') {
      const literal = literalAt(expression, i);
      if (depth === 0) out.push(literal.parts);
      i = literal.end;
      continue;
    }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    i++;
  }
  return out;
}

interface Message {
  /** `file:line` of the call */
  where: string;
  /** the fixed parts, whitespace normalised, in order; the varying parts fall between them */
  parts: string[];
  /** whether the message starts with fixed text (not with `${…}`) */
  leading: boolean;
}

interface Variable {
  file: string;
  where: string;
  argument: string;
}

function scan(): { messages: Message[]; variables: Variable[] } {
  const messages: Message[] = [];
  const variables: Variable[] = [];
  for (const path of sourceFiles(join(root, 'src'))) {
    const file = relative(root, path).split('\\').join('/');
    const text = readFileSync(path, 'utf8');
    for (const maker of MAKERS) {
      if (maker.files && !maker.files.test(file)) continue;
      for (const m of text.matchAll(maker.call)) {
        const at = (m.index ?? 0) + m[0].length;
        const where = `${file}:${text.slice(0, at).split('\n').length}`;
        const argument = argumentsAt(text, at)[maker.message] ?? '';
        const literals = literalsOf(argument);
        if (literals.length === 0) variables.push({ file, where, argument });
        for (const parts of literals) messages.push({ where, parts: parts.map(normalise).filter((p) => p.trim() !== ''), leading: (parts[0] ?? '').trim() !== '' });
      }
    }
  }
  return { messages, variables };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The code spans of the page that hold the message: its fixed parts in order, each as written, with
 * anything between them (the page writes `<file>`, `<n>` and such for the parts that vary).
 */
function spansOf(parts: readonly string[]): number[] {
  const pattern = new RegExp(parts.map(escape).join('.{0,200}?'), 'u');
  return spans.flatMap((span, k) => (pattern.test(span) ? [k] : []));
}

/**
 * The messages that cannot each have a code span of their own (a maximum matching, by augmenting
 * paths), so that `not valid ${…}` is not taken as listed because `not valid UTF-8` is.
 */
function unmatched(required: readonly Message[]): Message[] {
  const candidates = required.map((m) => spansOf(m.parts));
  const owner = new Map<number, number>();
  const assign = (m: number, seen: Set<number>): boolean => {
    for (const k of candidates[m] ?? []) {
      if (seen.has(k)) continue;
      seen.add(k);
      const other = owner.get(k);
      if (other === undefined || assign(other, seen)) {
        owner.set(k, m);
        return true;
      }
    }
    return false;
  };
  const left: Message[] = [];
  required.forEach((m, k) => {
    if (!assign(k, new Set())) left.push(m);
  });
  return left;
}

const shown = (m: Message): string => `${m.where}: ${m.parts.join('…')}`;

const { messages, variables } = scan();

describe('docs/errors.md', () => {
  it('finds the messages in the source', () => {
    expect(messages.length).toBeGreaterThanOrEqual(70);
    expect(messages.every((m) => m.parts.length > 0)).toBe(true);
  });

  it('lists every message the source can throw', () => {
    expect(messages.filter((m) => spansOf(m.parts).length === 0).map(shown)).toEqual([]);
  });

  it('gives each message that starts with fixed text a line of its own', () => {
    // the same words thrown in two places are one message; one that starts with `${…}` may share
    const distinct = [...new Map(messages.filter((m) => m.leading).map((m) => [m.parts.join('\u0000'), m])).values()];
    expect(unmatched(distinct).map(shown)).toEqual([]);
  });

  it('knows where every message that is no literal comes from', () => {
    const unknown = variables.filter((v) => !ALLOWED.some((a) => a.file === v.file && a.argument === v.argument)).map((v) => `${v.where}: ${v.argument}`);
    expect(unknown).toEqual([]);
    for (const allowed of ALLOWED) {
      expect(variables.some((v) => v.file === allowed.file && v.argument === allowed.argument), `${allowed.file}: ${allowed.argument}`).toBe(true);
      const source = normalise(readFileSync(join(root, allowed.file), 'utf8'));
      for (const words of allowed.words) {
        expect(source.includes(normalise(words)), `${allowed.file}: ${words}`).toBe(true);
        expect(doc.includes(normalise(words)), words).toBe(true);
      }
    }
  });

  it('lists the conflict lines, the changes a rebase refuses and the internal error', () => {
    const combine = readFileSync(join(root, 'src/engine/combine.ts'), 'utf8');
    const table = /const WHAT[^{]*\{([\s\S]*?)\};/u.exec(combine)?.[1] ?? '';
    const kinds = [...table.matchAll(/:\s*'([^']+)'/gu)].map((m) => m[1] ?? '');
    expect(kinds.length).toBeGreaterThanOrEqual(5);
    const cli = readFileSync(join(root, 'src/cli.ts'), 'utf8');
    const lines = ['redline: conflict: ', 'redline: nothing written; settle the conflicts', 'redline: internal error: ', 'please report it with the input that caused it'];
    for (const line of lines) expect(cli.includes(line), line).toBe(true);
    const refused = 'the clause reads differently in the base; not applied';
    expect(readFileSync(join(root, 'src/engine/proposal.ts'), 'utf8').includes(refused), refused).toBe(true);
    for (const words of [...kinds, ...lines.map((l) => l.replace(/^redline: /u, '')), refused]) expect(doc.includes(normalise(words)), words).toBe(true);
  });
});
