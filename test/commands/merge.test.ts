/**
 * `redline merge` as the secretariat runs it: the three views in every format, exit 0 without
 * conflicts and 1 with them (the output written either way), 2 on bad input with nothing written,
 * the same bytes for the same inputs, and a draft that reads back as the draft and as the base.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';

const BASE = fixture('res179-dubai-2018.txt');
const M = (name: string): string => fixture(`merge/${name}`);
const GROUPS = [M('apt.md'), M('cept.md'), M('citel.txt'), M('rcc.md')];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-merge-'));
});
const out = (name: string): string => join(dir, name);
const documentXml = (file: string): string => strFromU8(unzipSync(readFileSync(file))['word/document.xml'] as Uint8Array);

describe('exit status', () => {
  it('is 1 when proposals conflict, with the output written and the count said', () => {
    const r = redline(['merge', BASE, ...GROUPS, '-o', out('conflict.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('redline: note: 3 provisions in conflict');
    expect(r.stderr).toContain('MOD RCC/14/6 concerns RESOLUTION 67 (REV. BUENOS AIRES, 2017), not the base: left aside');
    const json = JSON.parse(readFileSync(out('conflict.json'), 'utf8')) as { clauses: { id: string; status: string; proposals: { proposer: string; number: string; op: string }[]; order?: unknown[] }[]; proposers: { proposer: string }[]; conflicts: number };
    expect(json.conflicts).toBe(3);
    expect(json.proposers.map((p) => p.proposer)).toEqual(['ACP', 'EUR', 'IAP', 'RCC']);
    const sup = json.clauses.find((c) => c.id === 'invites-sector-members/4');
    expect(sup).toMatchObject({ status: 'conflict', proposals: [{ proposer: 'EUR', number: 'EUR/25/1', op: 'MOD' }, { proposer: 'RCC', number: 'RCC/14/2', op: 'SUP' }] });
    expect(sup?.order).toHaveLength(2);
    expect(json.clauses.find((c) => c.id === 'considering/a')).toMatchObject({ status: 'unchanged', proposals: [] });
  });

  it('is 0 when nothing conflicts', () => {
    const r = redline(['merge', BASE, M('apt.md'), M('rcc.md'), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ conflicts: 0 });
  });

  it('counts a proposal given twice once, and says so', () => {
    const copy = out('apt-copy.md');
    writeFileSync(copy, readFileSync(M('apt.md')));
    const r = redline(['merge', BASE, M('apt.md'), copy, '--format', 'json']);
    expect(r.stderr).toContain(`redline: warning: ${copy}: the same proposal as ${M('apt.md')}: counted once`);
    const json = JSON.parse(r.stdout) as { clauses: { id: string; proposals: unknown[] }[] };
    expect(json.clauses.find((c) => c.id === 'resolves/2')?.proposals).toHaveLength(1);
  });

  it('is 2 for a proposal drafted on another base revision, naming both, and nothing is written', () => {
    const r = redline(['merge', BASE, M('apt.md'), M('stale.md'), '-o', out('stale.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^redline: .*stale\.md.*Rev\. Busan, 2014.*REV\. DUBAI, 2018/u);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(existsSync(out('stale.md'))).toBe(false);
  });

  it('is 2 for a file with no proposal on the base, and for a view or format merge cannot write', () => {
    const other = out('other.md');
    writeFileSync(other, 'MOD XYZ/1/1\n\nRESOLUTION 67 (REV. {~~BUENOS AIRES~>KIGALI~~}, 2017)\n\nReasons: Elsewhere.\n');
    expect(redline(['merge', BASE, other])).toMatchObject({ status: 2, stderr: expect.stringMatching(/holds no proposal on RESOLUTION 179/u) as unknown });
    expect(redline(['merge', BASE, M('apt.md'), '--view', 'table'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--view/u) as unknown });
    expect(redline(['merge', BASE, M('apt.md'), '-o', out('x.txt')])).toMatchObject({ status: 2, stderr: expect.stringMatching(/cannot write a merge as a \.txt file/u) as unknown });
    expect(existsSync(out('x.txt'))).toBe(false);
  });
});

describe('views', () => {
  it('synoptic (the default): the base, then one column per proposer; NOC, SUP and silence apart', () => {
    const md = redline(['merge', BASE, ...GROUPS]).stdout;
    expect(md).toContain('| Provision | Base text | ACP | EUR | IAP | RCC |');
    const row = md.split('\n').find((l) => l.startsWith('| resolves 3<br>*conflict*')) ?? '';
    const cells = row.split(/(?<!\\)\|/u).slice(1, -1).map((c) => c.trim());
    expect(cells[2]).toBe('**NOC ACP/31/3**');
    expect(cells[3]).toMatch(/^\*\*MOD EUR\/25\/1\*\*<br>.*outside experts\{\+\+, civil society organizations\+\+\} and young people/u);
    expect(cells[4]).toBe('');
    const sup = md.split('\n').find((l) => l.startsWith('| invites Sector Members 4')) ?? '';
    expect(sup).toContain('**SUP RCC/14/2**');
    expect(md).toMatch(/## Summary of the proposals\n\n\| Proposer \| Source \| Changes \|/u);
  });

  it('--changed-only folds the provisions no proposal touches', () => {
    const all = redline(['merge', BASE, ...GROUPS]).stdout;
    const folded = redline(['merge', BASE, ...GROUPS, '--changed-only']).stdout;
    expect(folded).toContain('| *29 provisions without proposals* | *considering d) – taking into account f)* |');
    expect(folded.split('\n').length).toBeLessThan(all.split('\n').length / 2);
    expect(folded).toContain('| resolves 3<br>*conflict*');
  });

  it('compilation: each provision in order, each proposal with its number, redline and reasons, conflicts with an advisory order', () => {
    const md = redline(['merge', BASE, ...GROUPS, '--view', 'compilation']).stdout;
    const headings = md.split('\n').filter((l) => l.startsWith('### ')).map((l) => l.slice(4));
    expect(headings).toEqual([
      'title (agreed)',
      'formula (agreed)',
      'recognizing f) (conflict)',
      'considering c) (compatible)',
      'noting (agreed)',
      'resolves 2 (agreed)',
      'resolves 3 (conflict)',
      'resolves 5 (agreed)',
      'instructs the Director of the Telecommunication Development Bureau 2 (agreed)',
      'invites Member States 5 (agreed)',
      'invites Sector Members 4 (conflict)',
    ]);
    const sup = md.slice(md.indexOf('### invites Sector Members 4'));
    expect(sup).toMatch(/\*\*Order for consideration \(advisory\)\*\*\n\n1\\\.\tSUP RCC\/14\/2 \(RCC\)\n\n2\\\.\tMOD EUR\/25\/1 \(EUR\)/u);
    expect(sup).toContain('**Reasons:** ');
  });

  it('Word: the synoptic table in landscape with a header row repeated on each page; HTML with sticky headers', () => {
    expect(redline(['merge', BASE, ...GROUPS, '-o', out('synoptic.docx')]).status).toBe(1);
    const xml = documentXml(out('synoptic.docx'));
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('legal guardians');
    expect(redline(['merge', BASE, ...GROUPS, '-o', out('synoptic.html')]).status).toBe(1);
    const html = readFileSync(out('synoptic.html'), 'utf8');
    expect(html).toContain('position:sticky');
    expect(html).toContain('<th>RCC</th>');
  });

  it('draft: Markdown with the proposers in comments, reading back as the bracketed draft and as the base', () => {
    expect(redline(['merge', BASE, ...GROUPS, '--view', 'draft', '-o', out('draft.md')]).status).toBe(1);
    const md = readFileSync(out('draft.md'), 'utf8');
    expect(md).toContain('{~~meet~>encounter~~}{>>RCC<<}');
    expect(md).toContain('{++regular ++}{>>ACP, EUR<<}');
    const accepted = redline(['accept', out('draft.md')]);
    expect(accepted.stderr).toContain('set aside: the summary of a merge');
    expect(accepted.stdout).toContain('4\t[SUP (RCC)] [to cooperate closely with law enforcement');
    expect(accepted.stdout).not.toContain('Summary of the proposals');
    expect(redline(['reject', out('draft.md'), '--format', 'text']).stdout).toBe(fixtureText('res179-dubai-2018.txt'));
  });

  it('draft: Word revisions whose authors are the proposers; HTML names them too', () => {
    expect(redline(['merge', BASE, ...GROUPS, '--view', 'draft', '-o', out('draft.docx')]).status).toBe(1);
    const xml = documentXml(out('draft.docx'));
    const authors = [...new Set([...xml.matchAll(/<w:(?:ins|del) [^>]*w:author="([^"]*)"/gu)].map((m) => m[1]))].sort();
    // ACP alone: the brackets around the base text ACP keeps (NOC); EUR, RCC: the text both would change
    expect(authors).toEqual(['ACP', 'ACP, EUR', 'ACP, IAP', 'EUR', 'EUR, RCC', 'IAP', 'RCC']);
    expect(redline(['reject', out('draft.docx'), '--format', 'text']).stdout).toBe(fixtureText('res179-dubai-2018.txt'));
    expect(redline(['accept', out('draft.docx'), '--format', 'text']).stdout).toBe(redline(['accept', out('draft.md'), '--format', 'text']).stdout);
    const html = redline(['merge', BASE, ...GROUPS, '--view', 'draft', '--format', 'html']).stdout;
    expect(html).toContain('<ins title="IAP" data-author="IAP">legal guardians</ins>');
    expect(html).toContain('<body data-view="inline">');
    expect(html).toMatch(/data-count="proposer-RCC">\d+</u);
    writeFileSync(out('draft.html'), html);
    expect(redline(['accept', out('draft.html'), '--format', 'text']).stdout).toBe(redline(['accept', out('draft.md'), '--format', 'text']).stdout);
    expect(redline(['reject', out('draft.html'), '--format', 'text']).stdout).toBe(fixtureText('res179-dubai-2018.txt'));
  });
});

describe('inputs', () => {
  it('a collection as base: each proposal merges into the resolution it names, each table with its own proposers', () => {
    const p2 = out('res2.md');
    writeFileSync(p2, '---\nproposer: ATU\nreference: AFCP/3/1\nbase: Resolution 2 (Rev. Dubai, 2018)\n---\nMOD AFCP/3/1 resolves 2\n\n2\tthat the documents of such meetings shall be published.\n');
    const final = fixture('final-acts-excerpt.txt');
    const r = redline(['merge', final, p2, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { clauses: { document?: string; id: string; status: string }[] };
    expect(json.clauses.filter((c) => c.status !== 'unchanged').map((c) => `${c.document} ${c.id} ${c.status}`)).toEqual(['RESOLUTION 2 (REV. DUBAI, 2018) resolves/2 agreed']);
    const md = redline(['merge', final, p2, '--changed-only']).stdout;
    expect(md).toContain('## RESOLUTION 208 (DUBAI, 2018)\n\n| Provision | Base text |\n');
    expect(md).toContain('| Provision | Base text | AFCP |');
    const orphan = out('res9.md');
    writeFileSync(orphan, '---\nproposer: ATU\nbase: Resolution 9 (Rev. Dubai, 2018)\n---\nMOD resolves 1\n\n1\tthat one thing.\n');
    expect(redline(['merge', final, orphan])).toMatchObject({ status: 2, stderr: expect.stringMatching(/holds no proposal on any resolution of the base \(it concerns resolution 9, which is not in the base\)/u) as unknown });
  });

  it('a proposal as Word tracked changes merges like the same proposal in Markdown', () => {
    const accepted = out('cept-accepted.txt');
    expect(redline(['accept', M('cept.md'), '-o', accepted]).status).toBe(0);
    expect(redline(['diff', BASE, accepted, '--author', 'CEPT', '--date', '2022-07-20', '-o', out('cept.docx')]).status).toBe(0);
    const statuses = (files: string[]): string[] => (JSON.parse(redline(['merge', BASE, ...files, '--format', 'json']).stdout) as { clauses: { id: string; status: string }[] }).clauses.map((c) => `${c.id} ${c.status}`);
    const json = JSON.parse(redline(['merge', BASE, out('cept.docx'), '--format', 'json']).stdout) as { proposers: { proposer: string }[] };
    expect(json.proposers.map((p) => p.proposer)).toEqual(['CEPT']);
    expect(statuses([M('apt.md'), out('cept.docx'), M('citel.txt'), M('rcc.md')])).toEqual(statuses(GROUPS));
  });

  it('the same inputs give the same bytes, in every format and view', () => {
    for (const [view, ext] of [['draft', 'docx'], ['synoptic', 'docx'], ['compilation', 'html'], ['draft', 'md'], ['synoptic', 'json']] as const) {
      const a = out(`a-${view}.${ext}`);
      const b = out(`b-${view}.${ext}`);
      redline(['merge', BASE, ...GROUPS, '--view', view, '-o', a]);
      redline(['merge', BASE, ...[...GROUPS].reverse(), '--view', view, '-o', b]);
      redline(['merge', BASE, ...GROUPS, '--view', view, '-o', b]);
      expect(Buffer.compare(readFileSync(a), readFileSync(b)), `${view}.${ext}`).toBe(0);
    }
  });
});
