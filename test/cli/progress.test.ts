/**
 * The progress line: drawn on a terminal once the work has taken a second, cleared at the end;
 * never with --quiet, under CI, with NO_COLOR or off a terminal.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { beQuiet, progress } from '../../src/cli/progress.js';

let written: string[] = [];
const tty = process.stderr.isTTY;

beforeEach(() => {
  written = [];
  vi.useFakeTimers();
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  process.stderr.isTTY = true;
  vi.stubEnv('CI', '');
  vi.stubEnv('NO_COLOR', undefined);
  vi.stubEnv('TERM', 'xterm');
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.stderr.isTTY = tty;
  beQuiet(false);
});

function run(total: number | null): void {
  const p = progress('diff', total, 'files');
  for (let k = 1; k <= 4; k++) {
    vi.advanceTimersByTime(400);
    p.tick(`f${k}.txt`);
  }
  p.done();
}

describe('progress', () => {
  it('draws a bar once a second has passed, with the count and the file, and clears it', () => {
    run(4);
    expect(written[0]).toBe('\rdiff [##################------] 3/4 files  f3.txt\u001b[K');
    expect(written.at(-1)).toBe('\r\u001b[K');
  });

  it('counts when the total is not known', () => {
    run(null);
    expect(written[0]).toMatch(/^\rdiff: 3 files {2}f3\.txt/u);
  });

  it('says nothing for work under a second', () => {
    const p = progress('diff', 2, 'files');
    p.tick();
    p.tick();
    p.done();
    expect(written).toEqual([]);
  });

  it.each([
    ['--quiet', () => beQuiet(true)],
    ['CI', () => vi.stubEnv('CI', 'true')],
    ['NO_COLOR', () => vi.stubEnv('NO_COLOR', '1')],
    ['a dumb terminal', () => vi.stubEnv('TERM', 'dumb')],
    ['not a terminal', () => { process.stderr.isTTY = false; }],
  ])('is off with %s', (_name, set) => {
    set();
    run(4);
    expect(written).toEqual([]);
  });
});
