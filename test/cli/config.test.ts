import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';
import { fixture } from '../helpers/fixtures.js';

const BUSAN = fixture('res179-busan-2014.txt');
const DUBAI = fixture('res179-dubai-2018.txt');

/** A folder below one holding this `.redlinerc.json`, to run commands from. */
function under(settings: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'redline-rc-'));
  writeFileSync(join(dir, '.redlinerc.json'), JSON.stringify(settings));
  mkdirSync(join(dir, 'work'));
  return join(dir, 'work');
}

describe('.redlinerc.json defaults for options', () => {
  it('markup and author fill the options diff leaves out, found from a parent folder', () => {
    const cwd = under({ markup: 'html', author: 'Secretariat' });
    const md = redline(['diff', BUSAN, DUBAI, '--format', 'md'], undefined, {}, cwd);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('<del>BUSAN</del><ins>DUBAI</ins>');
    const json = redline(['diff', BUSAN, DUBAI, '--format', 'json'], undefined, {}, cwd);
    expect(json.stdout).toContain('"author": "Secretariat"');
  });

  it('what is typed wins over the file', () => {
    const cwd = under({ markup: 'html', author: 'Secretariat' });
    const r = redline(['diff', BUSAN, DUBAI, '--format', 'md', '--markup', 'critic', '--author', 'A delegate'], undefined, {}, cwd);
    expect(r.stdout).toContain('{~~BUSAN~>DUBAI~~}');
    expect(redline(['diff', BUSAN, DUBAI, '--format', 'json', '--author', 'A delegate'], undefined, {}, cwd).stdout).toContain('"author": "A delegate"');
  });

  it('lang reaches every command that takes --lang', () => {
    const cwd = under({ lang: 'fr' });
    expect(redline(['parse', DUBAI, '--format', 'json'], undefined, {}, cwd).stdout).toContain('"lang": "fr"');
    expect(redline(['parse', DUBAI, '--format', 'json', '--lang', 'en'], undefined, {}, cwd).stdout).toContain('"lang": "en"');
  });

  it('an unknown language is one line naming the file', () => {
    const cwd = under({ lang: 'xx' });
    const r = redline(['parse', DUBAI], undefined, {}, cwd);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`redline: ${join(cwd, '..', '.redlinerc.json')}: unknown language "xx"; use one of en, ar, es, fr, ru, zh\n`);
  });

  it('a malformed setting is one line naming the file, for any command', () => {
    const cwd = under({ markup: 'xml' });
    const r = redline(['parse', DUBAI], undefined, {}, cwd);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`redline: ${join(cwd, '..', '.redlinerc.json')}: unknown or malformed setting "markup"; settings are rules, lang, author, markup (critic or html) and catalogue\n`);
  });
});
