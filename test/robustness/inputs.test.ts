/**
 * Inputs as they arrive from other machines: UTF-16 text from Notepad, dates without a zone,
 * control characters typed or pasted into a resolution.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    expect(redline(['diff', BUSAN, DUBAI, '--date', date, '-o', out], undefined, { TZ: tz }).status).toBe(1);
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

describe('control characters in the text', () => {
  it('are shown, never sent raw to the terminal, by the text redline', () => {
    const file = join(dir, 'controls.txt');
    writeFileSync(file, fixtureText('res179-dubai-2018.txt').replace('children', 'chil\u001b[2Jdren\u0007\u0085'));
    const r = redline(['diff', DUBAI, file, '--format', 'text']);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    expect(r.stdout).toContain('{+chil\u241b[2Jdren\u2407\\u0085+}');
  });
});
