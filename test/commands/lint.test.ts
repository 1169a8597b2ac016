/**
 * `redline lint` and `redline catalogue` from the command line: a text written by the rules has no
 * findings; a text with mistakes gets each with its rule, line and fix, in text, JSON and GitHub
 * annotations; severities come from `.redlinerc.json` and `--rule`; citations are checked against
 * a catalogue built from texts.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';

const DUBAI = fixture('res179-dubai-2018.txt');
let dir: string;
let bad: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-lint-'));
  bad = join(dir, 'bad.txt');
  // two mistakes: a gap in the labels of considering (c becomes d), a formula of another conference
  writeFileSync(bad, fixtureText('res179-dubai-2018.txt').replace('\nc)\tthat many parents', '\nd)\tthat many parents').replace('Telecommunication Union (Dubai, 2018),', 'Telecommunication Union (Busan, 2014),'));
});
const lineOf = (file: string, start: string): number => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('redline lint', () => {
  it('finds nothing in a resolution written by the rules', () => {
    expect(redline(['lint', DUBAI])).toMatchObject({ status: 0, stdout: '0 errors, 0 warnings in 1 file\n', stderr: '' });
  });

  it('names each finding with its rule, line and fix; exit 1 for an error', () => {
    const r = redline(['lint', bad]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^\d+ errors?, \d+ warnings? in 1 file$/u);
    expect(lines.some((l) => l.startsWith(`${bad}:${lineOf(bad, 'The Plenipotentiary')}: error revision-tag: `))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${bad}:${lineOf(bad, 'd)\tthat many parents')}: error labels: `))).toBe(true);
  });

  it('writes JSON and GitHub annotations', () => {
    const json = JSON.parse(redline(['lint', bad, '--format', 'json']).stdout) as { findings: { rule: string; severity: string; line: number | null; fix: string }[]; errors: number };
    expect(json.errors).toBeGreaterThanOrEqual(2);
    expect(json.findings.find((f) => f.rule === 'revision-tag')).toMatchObject({ severity: 'error', line: lineOf(bad, 'The Plenipotentiary') });
    const gh = redline(['lint', bad, '--format', 'github']).stdout;
    expect(gh).toContain(`::error file=${bad},line=${lineOf(bad, 'The Plenipotentiary')},title=redline lint (revision-tag)::`);
  });

  it('takes severities from --rule and from .redlinerc.json found upwards; refuses an unknown rule', () => {
    expect(redline(['lint', bad, '--rule', 'labels=off', '--rule', 'revision-tag=warn']).status).toBe(0);
    const project = join(dir, 'project');
    const nested = join(project, 'texts', 'res179');
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(project, '.redlinerc.json'), JSON.stringify({ rules: { labels: 'off', 'revision-tag': 'warn' } }));
    expect(redline(['lint', bad], undefined, {}, nested).status).toBe(0);
    writeFileSync(join(project, '.redlinerc.json'), JSON.stringify({ rules: { label: 'off' } }));
    expect(redline(['lint', bad], undefined, {}, nested)).toMatchObject({ status: 2, stderr: expect.stringMatching(/\.redlinerc\.json: unknown rule "label"; rules are labels, /u) as unknown });
    expect(redline(['lint', bad, '--rule', 'labels=loud'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/severity must be off, warn or error/u) as unknown });
  });

  it('lints a contribution without the rules its excerpts and marks cannot follow', () => {
    expect(redline(['lint', fixture('merge/rcc.md')])).toMatchObject({ status: 0, stdout: '0 errors, 0 warnings in 1 file\n' });
    const marked = join(dir, 'marked.md');
    writeFileSync(marked, fixtureText('res179-dubai-2018.txt').replace('affordable smartphones', '{--affordable--}{++cheap++} smartphones'));
    expect(redline(['lint', marked])).toMatchObject({ status: 1, stdout: expect.stringContaining(`${marked}: error leftover-marks: `) as unknown });
  });

  it('lints every text of a folder', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), fixtureText('res179-dubai-2018.txt'));
    writeFileSync(join(folder, 'b.txt'), readFileSync(bad));
    const r = redline(['lint', folder, '--format', 'json']);
    expect(r.status).toBe(1);
    const files = new Set((JSON.parse(r.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file));
    expect([...files]).toEqual([join(folder, 'b.txt')]);
  });
});

describe('the catalogue', () => {
  const CITING = fixture('catalogue/citing-outdated.txt');
  let catalogue: string;
  beforeAll(() => {
    catalogue = join(dir, 'catalogue.json');
    expect(redline(['catalogue', fixture('catalogue/collection'), '-o', catalogue]).status).toBe(0);
  });

  it('lists each resolution of a folder with its revision and what it cites', () => {
    const entries = (JSON.parse(readFileSync(catalogue, 'utf8')) as { entries: { kind: string; number: string; revision: string | null; year: number | null; cites: { number: string }[] }[] }).entries;
    expect(entries.map((e) => `${e.kind} ${e.number} ${e.revision ?? ''}`)).toEqual([
      'decision 5 REV. DUBAI, 2018',
      'decision 5 REV. BUCHAREST, 2022',
      'resolution 2 REV. BUCHAREST, 2022',
      'resolution 67 REV. BUENOS AIRES, 2017',
      'resolution 67 REV. KIGALI, 2022',
      'resolution 130 REV. DUBAI, 2018',
    ]);
    expect(entries.find((e) => e.number === '130')?.cites.map((c) => c.number)).toEqual(['67', '58']);
  });

  it('lets lint flag superseded and unknown citations, from --catalogue or .redlinerc.json', () => {
    const r = redline(['lint', CITING, '--catalogue', catalogue, '--format', 'json']);
    const findings = (JSON.parse(r.stdout) as { findings: { rule: string; line: number; message: string; fix: string }[] }).findings;
    expect(findings.map((f) => [f.rule, f.line, f.fix])).toEqual([
      ['citations', 9, 'cite Resolution 67 (Rev. Kigali, 2022)'],
      ['citations', 13, 'check the number, or add the text of Resolution 244 to the catalogue'],
      ['citations', 21, 'cite Decision 5 (Rev. Bucharest, 2022)'],
      ['citations', 25, 'cite Resolution 67 (Rev. Kigali, 2022)'],
    ]);
    expect(r.status).toBe(0);
    expect(redline(['lint', CITING]).stdout).toBe('0 errors, 0 warnings in 1 file\n');
    const project = join(dir, 'with-catalogue');
    mkdirSync(project);
    writeFileSync(join(project, '.redlinerc.json'), JSON.stringify({ catalogue: catalogue, rules: { citations: 'error' } }));
    expect(redline(['lint', CITING], undefined, {}, project).status).toBe(1);
  });

  it('lets draft propose citing the latest revisions, with Reasons', () => {
    const r = redline(['draft', CITING, CITING, '--catalogue', catalogue, '--update-citations', '--reference', 'AFCP/2/1', '--date', '2022-08-01']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('MOD '))).toEqual(['MOD AFCP/2/1 recalling a)', 'MOD AFCP/2/1 resolves 2', 'MOD AFCP/2/1 footnote 1']);
    expect(r.stdout).toContain('a)\tResolution 67 (Rev. Kigali, 2022) of the World Telecommunication Development Conference, on child online protection;');
    expect(r.stdout).toContain('**Reasons:** Decision 5 (Rev. Dubai, 2018) has been revised since: cite its latest revision, Decision 5 (Rev. Bucharest, 2022).');
    const applied = join(dir, 'applied.txt');
    const proposal = join(dir, 'citations.md');
    writeFileSync(proposal, r.stdout);
    expect(redline(['apply', CITING, proposal, '-o', applied]).status).toBe(0);
    expect(redline(['lint', applied, '--catalogue', catalogue, '--format', 'json']).stdout).not.toContain('is superseded');
    expect(redline(['draft', CITING, CITING, '--update-citations'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--update-citations needs a catalogue/u) as unknown });
  });
});
