/**
 * Inputs as they arrive from other machines: UTF-16 text from Notepad, dates without a zone,
 * control characters typed or pasted into a resolution.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-inputs-'));
});

const BUSAN = fixture('res179-busan-2014.txt');
const DUBAI = fixture('res179-dubai-2018.txt');

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'be') for (let k = 0; k + 1 < le.length; k += 2) [le[k], le[k + 1]] = [le[k + 1] as number, le[k] as number];
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

describe('UTF-16 with a byte order mark', () => {
  it.each(['le', 'be'] as const)('UTF-16%s (Windows line ends too) parses as the UTF-8 text does', (order) => {
    const file = join(dir, `utf16${order}.txt`);
    writeFileSync(file, utf16(fixtureText('res179-dubai-2018.txt').replace(/\n/gu, '\r\n'), order));
    const wide = redline(['parse', file]);
    expect(wide.status).toBe(0);
    expect(wide.stdout).toBe(redline(['parse', DUBAI]).stdout);
  });

  it('broken UTF-16 is one line naming the file', () => {
    const file = join(dir, 'broken16.txt');
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]));
    const r = redline(['parse', file]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`redline: ${file}: not valid UTF-16LE; save the file as UTF-8 (Unicode) text`);
  });
});

describe('dates without a zone', () => {
  const docx = (name: string, date: string, tz: string): Buffer => {
    const out = join(dir, name);
    expect(redline(['diff', BUSAN, DUBAI, '--date', date, '-o', out], undefined, { TZ: tz }).status).toBe(0);
    return readFileSync(out);
  };

  it('a time without a zone is UTC: the same bytes as with Z, in every time zone, a summer-time gap included', () => {
    // 02:30 on 29 March 2026 does not exist in Paris (clocks go from 02:00 to 03:00)
    const utc = docx('z.docx', '2026-03-29T02:30:00Z', 'UTC');
    for (const tz of ['UTC', 'Europe/Paris', 'Asia/Tokyo', 'America/Los_Angeles']) {
      expect(docx(`${tz.replace('/', '-')}.docx`, '2026-03-29T02:30:00', tz).equals(utc), tz).toBe(true);
    }
  });
});

describe('the same bytes on every machine', () => {
  const MERGE = ['apt.md', 'cept.md', 'citel.txt', 'rcc.md'].map((f) => fixture(`merge/${f}`));
  const runs: [string, string[]][] = [
    ['diff.md', ['diff', BUSAN, DUBAI]],
    ['diff.html', ['diff', BUSAN, DUBAI]],
    ['diff.json', ['diff', BUSAN, DUBAI]],
    ['diff.docx', ['diff', BUSAN, DUBAI]],
    ['draft.docx', ['draft', BUSAN, DUBAI, '--proposer', 'Some State']],
    ['draft.md', ['draft', BUSAN, DUBAI, '--proposer', 'Some State']],
    ['merge.html', ['merge', DUBAI, ...MERGE]],
    ['merge.docx', ['merge', DUBAI, ...MERGE]],
  ];
  const machines: Record<string, string>[] = [
    { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: '' },
    { TZ: 'Asia/Tokyo', LANG: 'tr_TR.UTF-8', LC_ALL: '' },
    { TZ: 'America/Los_Angeles', LANG: 'fr_FR.UTF-8', LC_ALL: 'ar_EG.UTF-8' },
    { TZ: 'Pacific/Chatham', LANG: 'zh_CN.UTF-8', LC_ALL: 'lt_LT.UTF-8' },
  ];

  it.each(runs)('%s: identical whatever the time zone and locale, with --date ...Z', (name, args) => {
    const outputs = machines.map((env, k) => {
      const out = join(dir, `${k}-${name}`);
      const r = redline([...args, '--date', '2026-03-29T02:30:00Z', '-o', out], undefined, env);
      expect(r.status, r.stderr).toBeLessThan(2);
      return readFileSync(out);
    });
    for (const [k, bytes] of outputs.entries()) expect(bytes.equals(outputs[0] as Buffer), JSON.stringify(machines[k])).toBe(true);
  });
});

describe('control characters in the text', () => {
  it('are shown, never sent raw to the terminal, by the text redline', () => {
    const file = join(dir, 'controls.txt');
    writeFileSync(file, fixtureText('res179-dubai-2018.txt').replace('children', 'chil\u001b[2Jdren\u0007\u0085'));
    const r = redline(['diff', DUBAI, file, '--format', 'text', '--exit-code']);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    expect(r.stdout).toContain('{+chil\u241b[2Jdren\u2407\\u0085+}');
  });
});

describe('inputs that never end, or are too large', () => {
  it.each([
    ['a device that never ends', ['parse', '/dev/zero'], '/dev/zero: larger than the 50 MB an input may be'],
    ['a limit given with --max-size', ['parse', '/dev/zero', '--max-size', '1'], '/dev/zero: larger than the 1 MB an input may be'],
  ])('%s: exit 2, one line', (_what, args, message) => {
    const r = redline(args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`redline: ${message}; give --max-size MB to read it, if it really is one text`);
  });

  it('standard input that never ends: exit 2, one line', () => {
    const r = spawnSync('sh', ['-c', `node ${JSON.stringify(fileURLToPath(new URL('../../bin/redline.js', import.meta.url)))} parse - < /dev/zero`], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^redline: -: larger than the 50 MB an input may be/u);
  });

  it('a file over the limit is refused before it is read', () => {
    const r = redline(['parse', DUBAI, '--max-size', '0.001']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/res179-dubai-2018\.txt: larger than the 0\.001 MB an input may be/u);
  });

  it('a bad --max-size is a usage error', () => {
    const r = redline(['parse', DUBAI, '--max-size', 'lots']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('redline: invalid --max-size "lots"; give a number of megabytes, such as 200');
  });

  it('a named pipe in a folder is not read (it would never end)', () => {
    const a = join(dir, 'fifo-a');
    const b = join(dir, 'fifo-b');
    mkdirSync(a);
    mkdirSync(b);
    copyFileSync(BUSAN, join(a, 'r.txt'));
    copyFileSync(DUBAI, join(b, 'r.txt'));
    expect(spawnSync('mkfifo', [join(a, 'pipe.txt')]).status).toBe(0);
    const r = redline(['diff', a, b, '--format', 'json', '--exit-code']);
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { documents: { file: string }[] }).documents.map((d) => d.file)).toEqual(['r.txt']);
  });

  it('a folder against a file names the folder', () => {
    const r = redline(['diff', BUSAN, dir]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`redline: ${dir}: is a folder, and ${BUSAN} is a file; give two files or two folders`);
  });
});

describe('messages that quote the input', () => {
  it('stay one line, with control characters escaped, however the quoted text is made', () => {
    const file = join(dir, 'quoted.txt');
    writeFileSync(file, `A cover line\n\nRESOLUTION 1 (REV. \u001b[2J${'x'.repeat(200)}, 2018)\n\nconsidering\n\na)\tthat it is so.\n`);
    const r = redline(['parse', file]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(r.stderr).not.toContain('\u001b');
    expect(lines[0]).toBe(`redline: ${file}:1: text before the title "RESOLUTION 1 (REV. \\u001b[2J${'x'.repeat(34)}..."; start the file with the title line, or remove the cover text`);
  });
});
