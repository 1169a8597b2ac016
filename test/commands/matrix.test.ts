/**
 * Every command reads every file the tool writes: each writer's output is read back by parse,
 * accept, reject and diff. Outputs that are not texts (JSON, HTML, the terminal word diff) are
 * refused with one line saying what to give instead; a proposal in the instructions form is read
 * as a proposal: parse gives its changes, diff shows it applied to its base.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';

const BUSAN = fixture('res179-busan-2014.txt');
const DUBAI = fixture('res179-dubai-2018.txt');
const busan = fixtureText('res179-busan-2014.txt');
const dubai = fixtureText('res179-dubai-2018.txt');
let dir: string;
const out = (name: string): string => join(dir, name);

/** How each output was made, and what it holds: a clean text, a redline, or a proposal. */
const OUTPUTS: [name: string, args: string[], holds: 'text' | 'redline' | 'instructions' | 'refused'][] = [
  ['parse.txt', ['parse', DUBAI], 'text'],
  ['parse.md', ['parse', DUBAI], 'text'],
  ['parse.docx', ['parse', DUBAI], 'text'],
  ['parse.json', ['parse', DUBAI], 'refused'],
  ['apply.txt', ['apply', BUSAN, fixture('proposals/rcc-2017/instructions.md')], 'text'],
  ['apply.md', ['apply', BUSAN, fixture('proposals/rcc-2017/instructions.md')], 'text'],
  ['apply.docx', ['apply', BUSAN, fixture('proposals/rcc-2017/instructions.md')], 'text'],
  ['diff-critic.md', ['diff', BUSAN, DUBAI], 'redline'],
  ['diff-html.md', ['diff', BUSAN, DUBAI, '--markup', 'html'], 'redline'],
  ['diff-revisions.docx', ['diff', BUSAN, DUBAI], 'redline'],
  ['diff-formatting.docx', ['diff', BUSAN, DUBAI, '--marks', 'formatting'], 'redline'],
  ['diff.html', ['diff', BUSAN, DUBAI], 'redline'],
  ['diff.json', ['diff', BUSAN, DUBAI], 'refused'],
  ['diff.txt', ['diff', BUSAN, DUBAI], 'refused'],
  ['draft.md', ['draft', BUSAN, DUBAI, '--proposer', 'Test Delegation', '--reference', 'TST/1/1'], 'instructions'],
  ['draft.txt', ['draft', BUSAN, DUBAI, '--proposer', 'Test Delegation'], 'instructions'],
  ['draft-revisions.docx', ['draft', BUSAN, DUBAI, '--proposer', 'Test Delegation', '--reference', 'TST/1/1'], 'redline'],
  ['draft-formatting.docx', ['draft', BUSAN, DUBAI, '--proposer', 'Test Delegation', '--marks', 'formatting'], 'redline'],
  ['draft.json', ['draft', BUSAN, DUBAI], 'refused'],
];

/** Word files marked with underline and strike-through are read as such when asked. */
const marksOf = (name: string): string[] => (name.includes('formatting') ? ['--marks', 'formatting'] : []);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-matrix-'));
  for (const [name, args] of OUTPUTS) {
    const dated = args[0] === 'diff' || args[0] === 'draft' ? ['--date', '2026-01-01'] : [];
    const r = redline([...args, '-o', out(name), ...dated]);
    expect(r.status, `${name}: ${r.stderr}`).toBeLessThan(2);
  }
}, 120_000);

describe.each(OUTPUTS)('%s', (name, _args, holds) => {
  const file = (): string => out(name);
  if (holds === 'refused') {
    it('is refused as an input by every command, in one line that says what to give', () => {
      for (const cmd of [['parse', file()], ['accept', file()], ['reject', file()], ['diff', BUSAN, file()]]) {
        const r = redline(cmd);
        expect(r.status, cmd.join(' ')).toBe(2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(/is not a format redline reads|cannot be read back/u);
      }
    });
    return;
  }
  if (holds === 'instructions') {
    it('parse gives its changes; accept and reject ask for the base; diff and apply take it with its base', () => {
      const parsed = redline(['parse', file()]);
      expect(parsed.status).toBe(0);
      expect(JSON.parse(parsed.stdout)).toMatchObject({ kind: 'proposal', form: 'instructions' });
      for (const view of ['accept', 'reject']) {
        const r = redline([view, file()]);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(/instructions form .* has no text without its base; use redline apply BASE/u);
      }
      expect(redline(['apply', BUSAN, file()]).stdout).toBe(dubai);
      const md = redline(['diff', BUSAN, file(), '--format', 'md', '--exit-code']);
      expect(md.status).toBe(1);
      const redlined = join(dir, `${name}.redline.md`);
      redline(['diff', BUSAN, file(), '-o', redlined]);
      expect(redline(['accept', redlined, '--format', 'text']).stdout).toBe(dubai);
      expect(redline(['reject', redlined, '--format', 'text']).stdout).toBe(busan);
    });
    return;
  }
  const revised = name.startsWith('apply') ? fixtureText('proposals/rcc-2017/expected.txt') : dubai;
  const base = holds === 'redline' ? busan : revised;
  it('parse gives the text it holds (the accepted view)', () => {
    const r = redline(['parse', file(), '--format', 'text', ...marksOf(name)]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(revised);
  });
  it('accept gives the revised text and reject the base', () => {
    expect(redline(['accept', file(), '--format', 'text', ...marksOf(name)]).stdout).toBe(revised);
    expect(redline(['reject', file(), '--format', 'text', ...marksOf(name)]).stdout).toBe(base);
  });
  it('diff compares it like any text', () => {
    const same = redline(['diff', name.startsWith('apply') ? fixture('proposals/rcc-2017/expected.txt') : DUBAI, file(), '--format', 'json', ...marksOf(name)]);
    expect(same.status, same.stderr).toBe(0);
    expect(JSON.parse(same.stdout).summary).toMatchObject({ MOD: 0, ADD: 0, SUP: 0 });
  });
  if (name.startsWith('draft')) {
    it('says on stderr what it set aside as proposal furniture', () => {
      expect(redline(['parse', file(), ...marksOf(name)]).stderr).toMatch(/^redline: note: .*: read as a proposal; set aside: a cover of \d+ paragraphs, MOD/u);
    });
  }
});

describe('a drafted Word proposal parses the same through parse and through apply', () => {
  it('with its cover, MOD line and Reasons set aside', () => {
    const applied = redline(['apply', BUSAN, out('draft-revisions.docx')]);
    expect(applied.stderr).toBe('');
    expect(applied.stdout).toBe(redline(['parse', out('draft-revisions.docx'), '--format', 'text']).stdout);
    expect(readFileSync(out('draft-revisions.docx')).length).toBeGreaterThan(0);
  });
});
