/**
 * Where output goes, as a careless user or a container would send it: devices, a closed pipe, a
 * full disk, a name too long, a folder, a stop halfway. Every case: the status, one line on
 * stderr and no stack, no temporary file left, and no device or input replaced. The device cases
 * run in a private mount namespace over a /dev of their own, so no test can touch the machine's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpus } from '../../bench/corpus.js';
import { redline } from '../helpers/cli.js';
import { fixture } from '../helpers/fixtures.js';

const bin = fileURLToPath(new URL('../../bin/redline.js', import.meta.url));
const BUSAN = fixture('res179-busan-2014.txt');
const DUBAI = fixture('res179-dubai-2018.txt');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-output-'));
});

/** One line on stderr, naming what is wrong, with no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /u);
  return lines[0] as string;
}

const leftovers = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

/** A private /dev (null, full, zero, stdout) on a tmpfs, seen by this shell script only. */
function inPrivateDev(script: string): { status: number | null; stdout: string; stderr: string } | null {
  const setup = [
    'mount -t tmpfs none /dev',
    'mknod -m 666 /dev/null c 1 3',
    'mknod -m 666 /dev/full c 1 7',
    'mknod -m 666 /dev/zero c 1 5',
    'ln -s /proc/self/fd/1 /dev/stdout',
    'ln -s /proc/self/fd/2 /dev/stderr',
  ].join(' && ');
  const r = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', `${setup} && ${script}`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.error || /unshare: /u.test(r.stderr)) return null;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const namespaces = inPrivateDev('true') !== null;

// On a CI machine (run as root) the namespace cases must run: their absence is a failure there.
it.runIf(process.env['CI'] === 'true')('private mount namespaces are available (unshare -m, as root)', () => {
  expect(namespaces).toBe(true);
});

describe.skipIf(!namespaces)('devices are written in place, never replaced (in a private /dev)', () => {
  const run = (args: string): string => `node ${bin} diff --exit-code ${BUSAN} ${DUBAI} ${args}`;

  it('-o /dev/null: exit 1 (the texts differ), /dev/null still a character device', () => {
    const r = inPrivateDev(`${run('-o /dev/null')}; echo "status=$?"; stat -c %F /dev/null`);
    expect(r?.stdout).toContain('status=1');
    expect(r?.stdout).toContain('character special file');
    expect(r?.stderr).toBe('');
  });

  it('-o /dev/stdout: the redline reaches standard output, and /dev/stdout is still a link', () => {
    const r = inPrivateDev(`${run('-o /dev/stdout')}; echo "status=$?"; stat -c %F /dev/stdout`);
    expect(r?.stdout).toContain('{~~BUSAN~>DUBAI~~}');
    expect(r?.stdout).toContain('status=1');
    expect(r?.stdout).toContain('symbolic link');
  });

  it('-o /dev/full: exit 2, one line naming the output, the device kept', () => {
    const r = inPrivateDev(`${run('-o /dev/full')}; echo "status=$?"; stat -c %F /dev/full`);
    expect(r?.stdout).toContain('status=2');
    expect(r?.stdout).toContain('character special file');
    expect(oneLine(r?.stderr ?? '')).toMatch(/^redline: \/dev\/full: cannot write output \(ENOSPC\)/u);
  });

  it('a full disk under a regular file: exit 2, one line, no output and no temporary file', () => {
    const r = inPrivateDev(`mkdir -p /dev/small && mount -t tmpfs -o size=16k none /dev/small && ${run('-o /dev/small/out.md')}; echo "status=$?"; ls -A /dev/small; echo end`);
    expect(r?.stdout).toMatch(/status=2\nend\n$/u);
    expect(oneLine(r?.stderr ?? '')).toMatch(/^redline: \/dev\/small\/out\.md: cannot write output \(ENOSPC\)/u);
  });

  it('a read-only folder: exit 2, one line naming the output', () => {
    const r = inPrivateDev(`mkdir -p /dev/ro && mount -t tmpfs -o ro none /dev/ro && ${run('-o /dev/ro/out.md')}; echo "status=$?"`);
    expect(r?.stdout).toContain('status=2');
    expect(oneLine(r?.stderr ?? '')).toMatch(/^redline: \/dev\/ro\/out\.md: cannot write output \(EROFS\)/u);
  });
});

describe('standard output that fails', () => {
  it('a closed pipe (| head -c 100) ends quietly with the status so far', () => {
    const bash = spawnSync('bash', ['-c', `node ${bin} diff --exit-code ${BUSAN} ${DUBAI} 2>${join(dir, 'pipe.err')} | head -c 100 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(bash.stdout.trim()).toBe('status=1');
    expect(readFileSync(join(dir, 'pipe.err'), 'utf8')).toBe('');
  });

  it('a full disk (> /dev/full): exit 2 with one line, never exit 1 or a stack', () => {
    const r = spawnSync('bash', ['-c', `node ${bin} diff ${BUSAN} ${DUBAI} > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^redline: cannot write to standard output \(ENOSPC\)/u);
  });
});

describe('output paths the error path used to trip on', () => {
  it('a name too long for the file system: exit 2, one line, nothing left', () => {
    const out = join(dir, `${'x'.repeat(300)}.md`);
    const r = redline(['diff', BUSAN, DUBAI, '-o', out]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/cannot write output \(ENAMETOOLONG\); choose a shorter file name$/u);
    expect(leftovers(dir)).toEqual([]);
  });

  it('an output folder that cannot be made (a file in its place): exit 2, one line, the file untouched', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'kept');
    const r = redline(['diff', fixture('folders/2014'), fixture('folders/2018'), '-o', `${file}/`]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/a-file\/: cannot make the output folder \(ENOTDIR\); choose another -o folder$/u);
    expect(readFileSync(file, 'utf8')).toBe('kept');
  });

  it('a folder as -o: exit 2, one line, the folder untouched', () => {
    const before = readdirSync(dir).sort();
    // diff of two files says that only two folders fill a folder; the other commands want a file
    const r = redline(['diff', BUSAN, DUBAI, '-o', dir]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/names a folder, and two files were compared; give -o a file, or compare two folders$/u);
    const p = redline(['parse', BUSAN, '-o', dir]);
    expect(p.status).toBe(2);
    expect(oneLine(p.stderr)).toMatch(/is a folder; give a file name with -o$/u);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('an output that names an input', () => {
  let work: string;
  let input: string;
  let before: Buffer;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'redline-same-'));
    mkdirSync(join(work, 'sub'));
    input = join(work, 'a.txt');
    copyFileSync(BUSAN, input);
    symlinkSync(input, join(work, 'link.md'));
    symlinkSync(work, join(work, 'sub', 'up'));
    before = readFileSync(input);
  });

  it.each([
    ['the same path', (): string => input],
    ['a relative path', (): string => 'a.txt'],
    ['./ and ../ in the path', (): string => './sub/../a.txt'],
    ['doubled slashes', (): string => `${work}//a.txt`],
    ['a link to it', (): string => join(work, 'link.md')],
    ['a path through a linked folder', (): string => join(work, 'sub', 'up', 'a.txt')],
  ])('%s: exit 2, one line, the input as it was and no temporary file', (_, out) => {
    const r = redline(['diff', input, DUBAI, '-o', out()], undefined, {}, work);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/: output would overwrite an input; choose another -o path$/u);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(lstatSync(join(work, 'link.md')).isSymbolicLink()).toBe(true);
    expect(leftovers(work)).toEqual([]);
  });
});

describe('two writers at once', () => {
  it('the output is one whole result, never a mix, and no temporary file is left', async () => {
    const work = mkdtempSync(join(tmpdir(), 'redline-race-'));
    const big = corpus(20, 3, 0.1);
    writeFileSync(join(work, 'a.txt'), big.base);
    writeFileSync(join(work, 'b.txt'), big.revised);
    const run = (a: string, b: string): Promise<number | null> =>
      new Promise((done) => spawn(process.execPath, [bin, 'diff', '--exit-code', a, b, '-o', 'out.md'], { cwd: work, stdio: 'ignore' }).on('exit', done));
    const whole = [redline(['diff', 'a.txt', 'b.txt'], undefined, {}, work).stdout, redline(['diff', 'b.txt', 'a.txt'], undefined, {}, work).stdout];
    for (let round = 0; round < 2; round++) {
      const codes = await Promise.all([run('a.txt', 'b.txt'), run('b.txt', 'a.txt'), run('a.txt', 'b.txt'), run('b.txt', 'a.txt')]);
      expect(codes).toEqual([1, 1, 1, 1]);
      expect(whole).toContain(readFileSync(join(work, 'out.md'), 'utf8'));
      expect(leftovers(work)).toEqual([]);
    }
  }, 60_000);
});

describe('a stop while writing', () => {
  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s during a large diff: exit %i, no output and no temporary file', async (signal, status) => {
    const work = mkdtempSync(join(tmpdir(), 'redline-stop-'));
    const big = corpus(280, 7, 0.1);
    writeFileSync(join(work, 'a.txt'), big.base);
    writeFileSync(join(work, 'b.txt'), big.revised);
    const child = spawn(process.execPath, [bin, 'diff', 'a.txt', 'b.txt', '-o', 'out.md'], { cwd: work, stdio: 'ignore' });
    // stop it once the temporary file exists: the diff is being written
    await new Promise<void>((ready) => {
      const poll = setInterval(() => {
        if (leftovers(work).length > 0 || child.exitCode !== null) {
          clearInterval(poll);
          ready();
        }
      }, 5);
    });
    child.kill(signal);
    const code = await new Promise<number | null>((done) => child.on('exit', (c, s) => done(c ?? (s ? 128 + (s === 'SIGINT' ? 2 : 15) : null))));
    expect(code).toBe(status);
    expect(existsSync(join(work, 'out.md'))).toBe(false);
    expect(leftovers(work)).toEqual([]);
  }, 30_000);
});

describe('inputs stay as they were', () => {
  it('a failed write changes neither input', () => {
    const a = join(dir, 'a.txt');
    copyFileSync(BUSAN, a);
    const before = readFileSync(a);
    const r = redline(['diff', a, DUBAI, '-o', join(dir, 'missing-folder', 'out.md')]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/cannot write output \(ENOENT\); check that the folder exists$/u);
    expect(readFileSync(a).equals(before)).toBe(true);
  });
});
