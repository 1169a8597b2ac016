import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-cli-'));
});

/** Exit 2, one line on stderr naming the file, nothing on stdout, no stack trace. */
function expectTrouble(r: ReturnType<typeof redline>, pattern: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/u);
}

describe('redline parse', () => {
  it('prints the JSON tree in the shape of the contract', () => {
    const r = redline(['parse', fixture('res179-dubai-2018.txt')]);
    expect(r.status).toBe(0);
    const tree = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(tree)).toEqual(['kind', 'lang', 'number', 'revision', 'title', 'subtitle', 'formula', 'blocks', 'footnotes', 'annexes']);
    const block = (tree['blocks'] as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect(Object.keys(block)).toEqual(['id', 'part', 'heading', 'items']);
    expect(Object.keys((block['items'] as object[])[0] as object)).toEqual(['id', 'label', 'labelText', 'text', 'items']);
    expect(tree['number']).toBe('179');
  });

  it('prints an outline for people', () => {
    const r = redline(['parse', fixture('res179-dubai-2018.txt'), '--format', 'outline']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^resolution 179 \(REV\. DUBAI, 2018\) \[en\]/u);
    expect(r.stdout).toContain('  considering (preamble, 11 items)');
    expect(r.stdout).toMatch(/ {4}considering\/a {2}a\) that /u);
    expect(r.stdout).toMatch(/ {6}instructs-the-secretary-general\/3\/i {2}i\) /u);
  });

  it('writes clean Markdown that parses back to the same text', () => {
    const out = join(dir, 'clean.md');
    expect(redline(['parse', fixture('res179-dubai-2018.txt'), '-o', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('\n\n*recognizing*\n\n');
    expect(redline(['parse', out, '--format', 'text']).stdout).toBe(fixtureText('res179-dubai-2018.txt'));
  });

  it('reads standard input', () => {
    const r = redline(['parse', '-', '--format', 'outline'], fixtureText('res179-dubai-2018.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('recognizing/a');
  });

  it('writes -o atomically and picks the format from the extension', () => {
    const out = join(dir, 'tree.json');
    const r = redline(['parse', fixture('meeting-report.txt'), '-o', out]);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ kind: 'document' });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('accepts --lang and refuses an unknown one', () => {
    expect(redline(['parse', fixture('res179-dubai-2018.txt'), '--lang', 'en']).status).toBe(0);
    expectTrouble(redline(['parse', fixture('res179-dubai-2018.txt'), '--lang', 'xx']), /unknown language "xx"/u);
  });
});

describe('bad input: exit 2 and one line', () => {
  it('a missing file', () => expectTrouble(redline(['parse', join(dir, 'nope.txt')]), /nope\.txt: no such file; check the path and the current folder$/mu));
  it('a mistyped command, with its suggestion on the same line', () => expectTrouble(redline(['dif', 'a', 'b']), /^redline: unknown command 'dif' \(Did you mean diff\?\); see redline --help$/mu));
  it('a mistyped option, with its suggestion', () => expectTrouble(redline(['diff', 'a', 'b', '--fomat', 'md']), /^redline: unknown option '--fomat' \(Did you mean --format\?\); see redline --help$/mu));
  it('too many arguments, without a stray full stop', () => expectTrouble(redline(['diff', 'a', 'b', 'c']), /Expected 2 arguments but got 3; see redline --help$/mu));
  it('no command: the help on stderr, exit 2', () => {
    const r = redline([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: redline /u);
  });
  it('a directory', () => expectTrouble(redline(['parse', dir]), /: is a directory/u));
  it('an empty file', () => {
    const f = join(dir, 'empty.txt');
    writeFileSync(f, '\n  \n');
    expectTrouble(redline(['parse', f]), /empty\.txt: empty file/u);
  });
  it('a binary file, with the line of the first NUL byte', () => {
    const f = join(dir, 'binary.txt');
    writeFileSync(f, Buffer.from([0x41, 0x0a, 0x42, 0x0a, 0x00, 0x01]));
    expectTrouble(redline(['parse', f]), /binary\.txt:3: binary data/u);
  });
  it('a non-UTF-8 file, with the line of the first bad byte', () => {
    const f = join(dir, 'latin1.txt');
    writeFileSync(f, Buffer.concat([Buffer.from('RESOLUTION 1\n\nconsidering\n\na) '), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from(';\n')]));
    expectTrouble(redline(['parse', f]), /latin1\.txt:5: not valid UTF-8; save the file as UTF-8/u);
  });
  it('a text without resolution structure', () => {
    const f = join(dir, 'prose.txt');
    writeFileSync(f, 'Dear colleagues,\n\nPlease find attached our comments.\n');
    expectTrouble(redline(['parse', f]), /prose\.txt:1: no resolution structure found/u);
  });
  it('text before the title', () => {
    const f = join(dir, 'cover.txt');
    writeFileSync(f, `Cover note from the secretariat\n\n${fixtureText('res179-dubai-2018.txt')}`);
    expectTrouble(redline(['parse', f]), /cover\.txt:1: text before the title/u);
  });
  it('an unknown option, command or format (usage errors exit 2 too)', () => {
    expectTrouble(redline(['parse', '--bogus', fixture('res179-dubai-2018.txt')]), /unknown option '--bogus'/u);
    expectTrouble(redline(['frobnicate']), /unknown command 'frobnicate'/u);
    expectTrouble(redline(['parse']), /missing required argument 'file'/u);
    expectTrouble(redline(['parse', fixture('res179-dubai-2018.txt'), '--format', 'yaml']), /unknown --format "yaml"; use json, outline, text, md/u);
    expectTrouble(redline(['diff', fixture('res179-dubai-2018.txt'), fixture('res179-dubai-2018.txt'), '--format', 'pdf']), /unknown --format "pdf"/u);
  });
  it('an output that would overwrite its input, leaving the input as it was', () => {
    const f = join(dir, 'mine.txt');
    copyFileSync(fixture('res179-dubai-2018.txt'), f);
    expectTrouble(redline(['parse', f, '-o', f]), /overwrite an input/u);
    expect(readFileSync(f, 'utf8')).toBe(fixtureText('res179-dubai-2018.txt'));
  });
  it('an output into a missing folder leaves no partial file', () => {
    expectTrouble(redline(['parse', fixture('res179-dubai-2018.txt'), '-o', join(dir, 'no', 'such', 'out.json')]), /cannot write output/u);
  });
});

describe('help and version', () => {
  it('exit 0', () => {
    expect(redline(['--help']).status).toBe(0);
    expect(redline(['--version']).status).toBe(0);
  });
  it('--version prints the version package.json gives, its one source', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(redline(['--version']).stdout).toBe(`${manifest.version}\n`);
    expect(readFileSync(new URL('../../src/cli.ts', import.meta.url), 'utf8')).not.toContain(manifest.version);
  });
});

describe('an output the command cannot write: exit 2, one line with the formats that fit, nothing written', () => {
  const DUBAI = fixture('res179-dubai-2018.txt');
  const BUSAN = fixture('res179-busan-2014.txt');
  const MARKED = fixture('proposals/bucharest-2022/markup.md');
  const PROPOSAL = fixture('proposals/rcc-2017/instructions.md');
  it.each([
    [['parse', DUBAI], 'tree.pdf', /parse cannot write a resolution as a \.pdf file; name the output \.json, \.txt, \.md, \.docx, or use --format json, outline, text, md, docx/u],
    [['parse', DUBAI], 'tree.html', /parse cannot write a resolution as a \.html file/u],
    [['diff', BUSAN, DUBAI], 'redline.pdf', /diff cannot write a redline as a \.pdf file; name the output \.json, \.txt, \.md, \.html, \.docx$/mu],
    [['accept', MARKED], 'clean.html', /accept cannot write a resolution as a \.html file/u],
    [['reject', MARKED], 'clean.odt', /reject cannot write a resolution as a \.odt file/u],
    [['apply', BUSAN, PROPOSAL], 'consolidated.html', /apply cannot write a resolution as a \.html file/u],
    [['draft', BUSAN, DUBAI], 'proposal.html', /draft cannot write a proposal as a \.html file; name the output \.json, \.txt, \.md, \.docx$/mu],
  ])('%j -o %s', (args, name, message) => {
    const out = join(dir, name);
    expectTrouble(redline([...args, '-o', out]), message);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an extension that contradicts --format', () => {
    const out = join(dir, 'tree.docx');
    expectTrouble(redline(['parse', DUBAI, '-o', out, '--format', 'json']), /tree\.docx: --format json contradicts the \.docx extension; drop --format, or name the output \.json/u);
    expect(existsSync(out)).toBe(false);
  });

  it('a format the command cannot write', () => {
    expectTrouble(redline(['parse', DUBAI, '--format', 'html']), /parse cannot write a resolution as html; use json, outline, text, md, docx/u);
    expectTrouble(redline(['draft', BUSAN, DUBAI, '--format', 'outline']), /draft cannot write a proposal as outline; use json, text, md, docx/u);
  });

  it('an output without an extension takes --format, or the command default', () => {
    const out = join(dir, 'tree-without-extension');
    expect(redline(['parse', DUBAI, '-o', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ number: '179' });
  });
});
