/**
 * Proposals as they really arrive: whole contribution documents (cover, introduction, annex,
 * numbered proposals with their Reasons), read by every command with no flag, and nothing ever
 * suppressed because a proposal did not reproduce it.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';
import { flatten } from '../helpers/marked.js';

const BUSAN = fixture('res179-busan-2014.txt');
const DUBAI = fixture('res179-dubai-2018.txt');
const CWG = 'contributions/cwg-cop-14';
const PP = 'contributions/pp-22';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-contributions-'));
});

describe('a contribution with the whole resolution marked up (MOD RCC/14/3)', () => {
  it.each(['contribution.md', 'contribution.txt'])('%s applies to its base with no flag', (name) => {
    const r = redline(['apply', BUSAN, fixture(`${CWG}/${name}`)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(fixtureText(`${CWG}/expected.txt`));
  });

  it('parse reads its text, setting the cover, the mark and the Reasons aside', () => {
    const r = redline(['parse', fixture(`${CWG}/contribution.md`), '--format', 'text']);
    expect(r.stdout).toBe(fixtureText(`${CWG}/expected.txt`));
    expect(r.stderr).toBe(`redline: note: ${fixture(`${CWG}/contribution.md`)}: read as a proposal; set aside: a cover of 11 paragraphs, MOD RCC/14/3, 1 Reasons paragraph\n`);
  });

  it('diff BASE CONTRIBUTION shows what it proposes', () => {
    const r = redline(['diff', BUSAN, fixture(`${CWG}/contribution.md`), '--format', 'json', '--exit-code']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ ADD: 1, relabeled: 4 });
  });

  it('applied to another base than it was drafted on: exit 2 with both revision tags, nothing written', () => {
    const out = join(dir, 'wrong-base.txt');
    const r = redline(['apply', DUBAI, fixture(`${CWG}/contribution.md`), '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/contribution\.md:\d+: drafted on RESOLUTION 179 \(REV\. BUSAN, 2014\), and the base is RESOLUTION 179 \(REV\. DUBAI, 2018\); give the text it was drafted on, or use --rebase/u);
    expect(existsSync(out)).toBe(false);
  });

  it('with --rebase, says so, and applies what still fits', () => {
    const r = redline(['apply', DUBAI, fixture(`${CWG}/contribution.md`), '--rebase']);
    expect(r.stderr).toMatch(/note: .*contribution\.md: drafted on RESOLUTION 179 \(REV\. BUSAN, 2014\), applied to RESOLUTION 179 \(REV\. DUBAI, 2018\) \(--rebase\)/u);
    expect(r.stderr).toMatch(/refused: .*: the clause reads differently in the base; not applied/u);
    expect(r.status).toBe(1);
  });

  it('an excerpt (cover, MOD line, title and the first blocks) leaves every block it does not reproduce as it is', () => {
    const text = fixtureText(`${CWG}/contribution.md`);
    const excerpt = join(dir, 'excerpt.md');
    writeFileSync(excerpt, text.slice(0, text.indexOf('*resolves*')));
    const r = redline(['apply', BUSAN, excerpt]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/note: .*excerpt\.md:\d+: read as an excerpt; 5 blocks it does not reproduce are left as they are/u);
    const busan = fixtureText('res179-busan-2014.txt');
    const expected = fixtureText(`${CWG}/expected.txt`);
    // The reproduced part is changed as proposed, the rest is the base's, word for word.
    expect(r.stdout.slice(0, r.stdout.indexOf('\nresolves\n'))).toBe(expected.slice(0, expected.indexOf('\nresolves\n')));
    expect(r.stdout.slice(r.stdout.indexOf('\nresolves\n'))).toBe(busan.slice(busan.indexOf('\nresolves\n')));
  });

  it('flattened to plain text (deleted and added words run together): refused, asking for the original', () => {
    const flat = join(dir, 'flattened.txt');
    writeFileSync(flat, flatten(fixtureText(`${CWG}/contribution.txt`)));
    const out = join(dir, 'flattened-result.txt');
    const r = redline(['apply', BUSAN, flat, '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/flattened\.txt:\d+: looks like a marked-up text flattened to plain text: deleted and added words run together \("BUSANDUBAI", "20142018"/u);
    expect(r.stderr).toMatch(/give the original file/u);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a contribution with separately numbered provisions', () => {
  it.each(['contribution.md', 'contribution.txt'])('%s: MOD, ADD and SUP each applied; a proposal on another resolution left aside, said so', (name) => {
    const r = redline(['apply', DUBAI, fixture(`${PP}/${name}`)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(fixtureText(`${PP}/expected.txt`));
    expect(r.stderr).toMatch(/note: .*:\d+: MOD RCC\/44A12\/4 concerns RESOLUTION 67 \(REV\. BUENOS AIRES, 2017\), not the base: left aside/u);
  });

  it('applied to the wrong base: exit 2 with both tags', () => {
    expect(redline(['apply', BUSAN, fixture(`${PP}/contribution.md`)]).stderr).toMatch(/drafted on RESOLUTION 179 \(REV\. DUBAI, 2018\), and the base is RESOLUTION 179 \(REV\. BUSAN, 2014\)/u);
  });
});

describe('instructions with proposal numbers and a cover', () => {
  it('carry each number and the cover fields, and apply', () => {
    const file = join(dir, 'numbered.md');
    writeFileSync(
      file,
      [
        'Council Working Group on Child Online Protection',
        'Document CWG-COP-15/2-E',
        '3 March 2019',
        'Original: English',
        'Test Delegation',
        'Proposals on revision of Resolution 179 (Rev. Dubai, 2018)',
        'Two small changes.',
        'MOD TST/15/1 considering c)',
        'c)\tthat many parents and carers lack the knowledge they need;',
        'Reasons: Shorter.',
        'SUP TST/15/2 invites Sector Members 4',
        'Reasons: Covered elsewhere.',
      ].join('\n\n'),
    );
    const parsed = JSON.parse(redline(['parse', file]).stdout) as { kind: string; proposer: string; base: string; contribution: Record<string, unknown>; changes: { op: string; reference: string; number: string; reasons: string }[] };
    expect(parsed).toMatchObject({ kind: 'proposal', proposer: 'Test Delegation', base: 'Proposals on revision of Resolution 179 (Rev. Dubai, 2018)' });
    expect(parsed.contribution).toEqual({
      meeting: 'Council Working Group on Child Online Protection',
      document: 'CWG-COP-15/2-E',
      date: '3 March 2019',
      original: 'English',
      source: 'Test Delegation',
      title: 'Proposals on revision of Resolution 179 (Rev. Dubai, 2018)',
      introduction: ['Two small changes.'],
    });
    expect(parsed.changes.map((c) => `${c.number} ${c.op} ${c.reference}: ${c.reasons}`)).toEqual(['TST/15/1 MOD considering c): Shorter.', 'TST/15/2 SUP invites Sector Members 4: Covered elsewhere.']);
    const applied = redline(['apply', DUBAI, file]);
    expect(applied.status).toBe(0);
    expect(applied.stdout).toContain('c)\tthat many parents and carers lack the knowledge they need;');
    expect(applied.stdout).not.toContain('to cooperate with law enforcement authorities');
    expect(redline(['apply', BUSAN, file]).stderr).toMatch(/numbered\.md: drafted on Resolution 179 \(Rev\. Dubai, 2018\), and the base is RESOLUTION 179 \(REV\. BUSAN, 2014\)/u);
  });
});
