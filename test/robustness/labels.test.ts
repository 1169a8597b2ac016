/**
 * Labels that were read wrong without a word: item 1000 after 999, a zero-width space before a
 * label, a label written twice. Each is now read as written, at the command line, and lint names
 * the line of what remains a drafting mistake.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';

const HEAD = 'RESOLUTION 9 (REV. DUBAI, 2018)\n\nA test\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-labels-'));
});

function ids(name: string, text: string): string[] {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = redline(['parse', file, '--format', 'json']);
  expect(r.status, r.stderr).toBe(0);
  const ids: string[] = [];
  JSON.stringify(JSON.parse(r.stdout), (key, value: unknown) => {
    if (key === 'id' && typeof value === 'string') ids.push(value);
    return value;
  });
  return ids;
}

describe('labels read as written', () => {
  it('items 1000 and on follow item 999', () => {
    const list = Array.from({ length: 1003 }, (_, k) => `${k + 1}\tpoint ${k + 1};`).join('\n\n');
    const out = ids('long.txt', `${HEAD}resolves\n\n${list}\n`);
    expect(out.filter((id) => id.startsWith('resolves/'))).toHaveLength(1003);
    expect(out.slice(-2)).toEqual(['resolves/1002', 'resolves/1003']);
  });

  it('a zero-width space before b) does not merge b) into a)', () => {
    expect(ids('zwsp.txt', `${HEAD}considering\n\na)\tone thing;\n\n\u200bb)\tanother thing;\n\nc)\ta third.\n`)).toContain('considering/b');
  });

  it('a) written twice: two items side by side, and lint names the second line', () => {
    const text = `${HEAD}considering\n\na)\tone thing;\n\na)\tanother thing;\n\nb)\ta third.\n`;
    expect(ids('twice.txt', text).filter((id) => id.startsWith('considering/'))).toEqual(['considering/a', 'considering/a-2', 'considering/b']);
    const r = redline(['lint', join(dir, 'twice.txt')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${join(dir, 'twice.txt')}:11: error labels: considering a): label "a)" appears twice in its list (first on line 9)`);
  });
});
