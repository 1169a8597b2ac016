import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-docx-'));
});
const BUSAN = fixture('res179-busan-2014.txt');
const DUBAI = fixture('res179-dubai-2018.txt');
const part = (file: string, name: string): string => strFromU8(unzipSync(readFileSync(file))[name] ?? new Uint8Array());

describe('redline diff -o .docx', () => {
  it('writes real revisions by the author, with track changes on', () => {
    const out = join(dir, 'r.docx');
    expect(redline(['diff', BUSAN, DUBAI, '-o', out, '--author', 'Secretariat', '--date', '2026-03-01']).status).toBe(0);
    const doc = part(out, 'word/document.xml');
    expect(doc).toMatch(/<w:ins w:id="\d+" w:author="Secretariat" w:date="2026-03-01T00:00:00Z">/u);
    expect(doc).toMatch(/<w:del w:id="\d+" w:author="Secretariat"/u);
    expect(part(out, 'word/settings.xml')).toContain('<w:trackRevisions');
    expect(part(out, 'word/footnotes.xml')).toContain('The Convention was adopted');
  });

  it('gives the same bytes for the same inputs (SOURCE_DATE_EPOCH), and other bytes for another date', () => {
    const a = join(dir, 'a.docx');
    const b = join(dir, 'b.docx');
    const c = join(dir, 'c.docx');
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    redline(['diff', BUSAN, DUBAI, '-o', a, '--author', 'X'], undefined, env);
    redline(['diff', BUSAN, DUBAI, '-o', b, '--author', 'X'], undefined, env);
    redline(['diff', BUSAN, DUBAI, '-o', c, '--author', 'X', '--date', '2027-01-01']);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(readFileSync(a).equals(readFileSync(c))).toBe(false);
    expect(part(a, 'word/document.xml')).toContain('w:date="2026-01-01T00:00:00Z"');
  });

  it('accept and reject give back the two texts', () => {
    const out = join(dir, 'rt.docx');
    redline(['diff', BUSAN, DUBAI, '-o', out]);
    expect(redline(['accept', out]).stdout).toBe(fixtureText('res179-dubai-2018.txt'));
    expect(redline(['reject', out]).stdout).toBe(fixtureText('res179-busan-2014.txt'));
    expect(redline(['parse', out, '--format', 'text']).stdout).toBe(fixtureText('res179-dubai-2018.txt'));
  });

  it('a Word file is an input like any other: diff of two .docx', () => {
    const a = join(dir, 'base.docx');
    const b = join(dir, 'revised.docx');
    redline(['diff', DUBAI, DUBAI, '-o', a]);
    redline(['diff', fixture('pairs/reword/base.txt'), fixture('pairs/reword/revised.txt'), '-o', b]);
    expect(redline(['diff', a, a]).status).toBe(0);
    // A Word redline is read in its accepted view: the revised text.
    expect(redline(['diff', fixture('pairs/reword/revised.txt'), b]).status).toBe(0);
    const r = redline(['diff', fixture('pairs/reword/base.txt'), b, '--format', 'json']);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ MOD: 2, ADD: 0, SUP: 0 });
  });
});

describe('Word proposals', () => {
  it.each([['revisions'], ['formatting']])('apply(base, draft(base, revised).docx) = revised, marks %s', (marks) => {
    const out = join(dir, `draft-${marks}.docx`);
    expect(redline(['draft', BUSAN, DUBAI, '-o', out, '--proposer', 'Russian Federation', '--reference', 'RCC/3/1', '--marks', marks]).status).toBe(0);
    const doc = part(out, 'word/document.xml');
    if (marks === 'revisions') expect(doc).toContain('w:author="Russian Federation"');
    else expect(doc).not.toContain('<w:ins ');
    // One Reasons paragraph, its label in bold, after the resolution.
    expect(doc).toMatch(/<w:p><w:pPr><w:pStyle w:val="Reasons"\/><\/w:pPr><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Reasons: <\/w:t><\/w:r><w:r><w:t xml:space="preserve">\[to be completed by the proposer\]<\/w:t><\/w:r><\/w:p><w:sectPr/u);
    expect(doc.match(/Reasons: /gu)).toHaveLength(1);
    const r = redline(['apply', BUSAN, out, '--marks', marks]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(fixtureText('res179-dubai-2018.txt'));
  });

  it('a clean Word text is a revised-text proposal', () => {
    const clean = join(dir, 'clean.docx');
    redline(['parse', fixture('proposals/bucharest-2022/revised.txt'), '-o', clean]);
    // It leaves out an item: the whole resolution, said so, suppresses it.
    expect(redline(['apply', DUBAI, clean]).status).toBe(2);
    expect(redline(['apply', DUBAI, clean, '--form', 'whole']).stdout).toBe(fixtureText('proposals/bucharest-2022/revised.txt'));
  });
});

describe('broken Word files: exit 2, one line', () => {
  it.each([
    ['random bytes', Buffer.from('PK\u0003\u0004 this is not really a zip file at all')],
    ['text named .docx', Buffer.from('RESOLUTION 1\n')],
  ])('%s', (_name, bytes) => {
    const f = join(dir, 'broken.docx');
    writeFileSync(f, bytes);
    for (const cmd of [['parse', f], ['accept', f], ['diff', f, DUBAI], ['apply', DUBAI, f]]) {
      const r = redline(cmd);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/broken\.docx: not a Word document/u);
    }
  });
});
