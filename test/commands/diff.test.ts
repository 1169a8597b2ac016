import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-diff-'));
});
const BUSAN = fixture('res179-busan-2014.txt');
const DUBAI = fixture('res179-dubai-2018.txt');

describe('redline diff', () => {
  it('exits 0 once the redline is written; with --exit-code, 1 when the texts differ and 0 when they do not (as git diff)', () => {
    expect(redline(['diff', BUSAN, DUBAI]).status).toBe(0);
    expect(redline(['diff', BUSAN, DUBAI, '--exit-code']).status).toBe(1);
    expect(redline(['diff', DUBAI, fixture('res179-dubai-2018.oneline.txt'), '--exit-code']).status).toBe(0);
  });

  it('writes CriticMarkup by default when not on a terminal', () => {
    const r = redline(['diff', fixture('pairs/revision-tag/base.txt'), fixture('pairs/revision-tag/revised.txt')]);
    expect(r.stdout).toContain('RESOLUTION 900 (REV. {~~BUSAN~>DUBAI~~}, {~~2014~>2018~~})');
  });

  it('writes <ins>/<del> with --markup html', () => {
    const r = redline(['diff', fixture('pairs/reword/base.txt'), fixture('pairs/reword/revised.txt'), '--markup', 'html']);
    expect(r.stdout).toContain('<del>reliable</del><ins>stable</ins>');
  });

  it('writes JSON in the contract shape with a summary', () => {
    const r = redline(['diff', fixture('pairs/insert/base.txt'), fixture('pairs/insert/revised.txt'), '--format', 'json']);
    const j = JSON.parse(r.stdout) as { changes: Record<string, unknown>[]; summary: Record<string, number> };
    expect(j.summary).toMatchObject({ ADD: 1, SUP: 0, relabeled: 3, fallbacks: 0 });
    const add = j.changes.find((c) => c['op'] === 'ADD');
    expect(add).toMatchObject({ op: 'ADD', kind: 'item', base: null, revised: 'considering/c', relabeled: false, moved: false });
    for (const c of j.changes) expect(Object.keys(c).slice(0, 6)).toEqual(['op', 'kind', 'base', 'revised', 'relabeled', 'moved']);
  });

  it('writes a self-contained review page with lang, dir, the redline and a side-by-side table, which accept and reject read back', () => {
    const out = join(dir, 'redline.html');
    expect(redline(['diff', BUSAN, DUBAI, '-o', out]).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en" dir="ltr">/u);
    expect(html).toContain('<del>BUSAN</del><ins>DUBAI</ins>');
    expect(html).toContain('<th>Clause</th><th>Base</th><th>Revised</th>');
    expect(html).toContain(`Compared: ${BUSAN} → ${DUBAI}`);
    expect(html).not.toMatch(/<link |<script src|src="http/u);
    expect(redline(['accept', out, '--format', 'text']).stdout).toBe(readFileSync(DUBAI, 'utf8'));
    expect(redline(['reject', out, '--format', 'text']).stdout).toBe(readFileSync(BUSAN, 'utf8'));
  });

  it('writes a git-style word diff for terminals, folding unchanged clauses', () => {
    const r = redline(['diff', fixture('pairs/reword/base.txt'), fixture('pairs/reword/revised.txt'), '--format', 'text']);
    expect(r.stdout).toContain('considering/d  d) ');
    expect(r.stdout).toContain('[-reliable-]{+stable+}');
    expect(r.stdout).toMatch(/… \d+ unchanged clauses/u);
    expect(r.stdout).not.toContain('\u001b[');
    const colored = redline(['diff', fixture('pairs/reword/base.txt'), fixture('pairs/reword/revised.txt'), '--format', 'text', '--color']);
    expect(colored.stdout).toContain('\u001b[');
  });

  it('--ignore-quotes: texts that differ only in quote style are the same', () => {
    const curly = join(dir, 'curly.txt');
    writeFileSync(curly, fixtureText('res179-dubai-2018.txt').replace(/'/gu, '\u2019'));
    expect(redline(['diff', DUBAI, curly, '--exit-code']).status).toBe(1);
    expect(redline(['diff', DUBAI, curly, '--ignore-quotes', '--exit-code']).status).toBe(0);
  });

  it('gives the same bytes for the same inputs', () => {
    const args = ['diff', BUSAN, DUBAI, '--format', 'json', '--author', 'A', '--date', '2026-01-01'];
    expect(redline(args).stdout).toBe(redline(args).stdout);
  });

  it('refuses bad usage with exit 2', () => {
    expect(redline(['diff', BUSAN, DUBAI, '--markup', 'tex']).status).toBe(2);
    expect(redline(['diff', BUSAN, DUBAI, '--date', 'yesterday']).stderr).toMatch(/invalid --date "yesterday"/u);
    expect(redline(['diff', BUSAN]).status).toBe(2);
  });
});

describe('redline accept / reject', () => {
  it('give the revised and the base text of a Markdown redline', () => {
    const md = join(dir, 'r.md');
    redline(['diff', BUSAN, DUBAI, '-o', md]);
    const accepted = join(dir, 'accepted.txt');
    const rejected = join(dir, 'rejected.txt');
    expect(redline(['accept', md, '-o', accepted]).status).toBe(0);
    expect(redline(['reject', md, '-o', rejected]).status).toBe(0);
    expect(readFileSync(accepted, 'utf8')).toBe(fixtureText('res179-dubai-2018.txt'));
    expect(readFileSync(rejected, 'utf8')).toBe(fixtureText('res179-busan-2014.txt'));
  });

  it('read <ins>/<del> too', () => {
    const md = join(dir, 'h.md');
    redline(['diff', BUSAN, DUBAI, '-o', md, '--markup', 'html']);
    const out = join(dir, 'h-accepted.txt');
    redline(['accept', md, '-o', out]);
    expect(readFileSync(out, 'utf8')).toBe(fixtureText('res179-dubai-2018.txt'));
  });
});

describe('redline diff on folders', () => {
  it('pairs files by name; a file on one side only is all ADD or SUP, clause by clause; JSON lists each file', () => {
    const a = join(dir, 'folder-a');
    const b = join(dir, 'folder-b');
    mkdirSync(a);
    mkdirSync(b);
    copyFileSync(fixture('pairs/reword/base.txt'), join(a, 'r900.txt'));
    copyFileSync(fixture('pairs/reword/revised.txt'), join(b, 'r900.txt'));
    copyFileSync(DUBAI, join(a, 'r179.txt'));
    copyFileSync(DUBAI, join(b, 'r179.txt'));
    copyFileSync(fixture('meeting-report.txt'), join(a, 'report.txt'));
    writeFileSync(join(a, 'notes.pdf'), 'not read');
    const r = redline(['diff', a, b, '--format', 'json', '--exit-code']);
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout) as { documents: { file: string; summary: Record<string, number> }[]; summary: Record<string, number> };
    expect(j.documents.map((d) => [d.file, d.summary['MOD'], d.summary['ADD'], d.summary['SUP']])).toEqual([
      ['r179.txt', 0, 0, 0],
      ['r900.txt', 2, 0, 0],
      ['report.txt', 0, 0, 14],
    ]);
    // The report's title, its block and its twelve numbered paragraphs, each suppressed.
    const report = (j.documents[2] as unknown as { changes: { op: string; base: string }[] }).changes;
    expect(report.every((c) => c.op === 'SUP')).toBe(true);
    expect(report.map((c) => c.base)).toContain('body/1');
    expect(redline(['diff', a, b, '--format', 'text']).stdout).toMatch(/^=== r900\.txt$/mu);
    expect(redline(['diff', a, DUBAI]).stderr).toMatch(/is a folder, and .* is a file; give two files or two folders/u);
  });

  it('writes a folder: a review page per file and an index linking each, its counts those of the JSON', () => {
    const out = join(dir, 'pages');
    const r = redline(['diff', fixture('folders/2014'), fixture('folders/2018'), '-o', `${out}/`]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'res179.html', 'res900.html', 'res901.html']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    const json = JSON.parse(redline(['diff', fixture('folders/2014'), fixture('folders/2018'), '--format', 'json']).stdout) as { documents: { file: string; summary: Record<string, number> }[] };
    for (const d of json.documents) {
      const page = d.file.replace(/\.txt$/u, '.html');
      const row = new RegExp(`<tr[^>]*data-file="${d.file}"><td><a href="${page}">`, 'u');
      expect(index).toMatch(row);
      for (const kind of ['MOD', 'ADD', 'SUP', 'moved', 'relabeled']) expect(index).toMatch(new RegExp(`data-file="${d.file}">.*?<td data-kind="${kind}">${d.summary[kind]}</td>`, 'u'));
      // each page is a redline of its own pair, read back as one
      expect(redline(['accept', join(out, page), '--format', 'text']).stdout).toBe(readFileSync(fixture(`folders/2018/${d.file}`), 'utf8'));
      expect(redline(['reject', join(out, page), '--format', 'text']).stdout).toBe(readFileSync(fixture(`folders/2014/${d.file}`), 'utf8'));
    }
    // another format: a file each, no index
    const md = join(dir, 'pages-md');
    expect(redline(['diff', fixture('folders/2014'), fixture('folders/2018'), '--format', 'md', '-o', `${md}/`]).status).toBe(0);
    expect(readdirSync(md).sort()).toEqual(['res179.md', 'res900.md', 'res901.md']);
    // a folder for two files is refused before any work
    const two = redline(['diff', BUSAN, DUBAI, '-o', `${join(dir, 'nowhere')}/`]);
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/nowhere\/: names a folder, and two files were compared; give -o a file, or compare two folders/u);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it('a bad file found halfway through the folders (the output written as it goes) leaves no output and no temporary file', () => {
    const a = join(dir, 'half-a');
    const b = join(dir, 'half-b');
    const out = join(dir, 'half-out');
    mkdirSync(a);
    mkdirSync(b);
    mkdirSync(out);
    copyFileSync(BUSAN, join(a, 'a179.txt'));
    copyFileSync(DUBAI, join(b, 'a179.txt'));
    copyFileSync(BUSAN, join(a, 'z179.txt'));
    writeFileSync(join(b, 'z179.txt'), Buffer.from([0x52, 0x45, 0xff, 0xfe, 0x0a]));
    for (const format of ['md', 'json', 'html', 'docx']) {
      const r = redline(['diff', a, b, '-o', join(out, `redline.${format}`)]);
      expect(r.status, format).toBe(2);
      expect(r.stderr.trim().split('\n'), format).toEqual([expect.stringMatching(/z179\.txt:1: not valid UTF-8/u)]);
      expect(readdirSync(out), format).toEqual([]);
    }
    expect(existsSync(join(out, 'redline.md'))).toBe(false);
  });
});

