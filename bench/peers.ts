/**
 * The tools people use today on the same pairs: git's word diff, dwdiff, wdiff, Python's difflib
 * over words. dwdiff and wdiff are Debian packages: installed when missing and the bench may (root
 * with apt-get); a peer that is still missing is reported, never silently left out.
 */
import { spawnSync } from 'node:child_process';

export interface Peer {
  name: string;
  /** the command and its arguments for a pair of files */
  command(base: string, revised: string): [string, string[]];
  /** null when it runs here, else why not */
  missing: string | null;
}

const DIFFLIB = [
  'import difflib, sys',
  'a = open(sys.argv[1], encoding="utf-8").read().split()',
  'b = open(sys.argv[2], encoding="utf-8").read().split()',
  'out = []',
  'for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():',
  '    if tag == "equal": out.append(" ".join(a[i1:i2]))',
  '    else: out.append("[-" + " ".join(a[i1:i2]) + "-]{+" + " ".join(b[j1:j2]) + "+}")',
  'sys.stdout.write(" ".join(out))',
].join('\n');

function runs(command: string, args: string[]): boolean {
  const r = spawnSync(command, args, { stdio: 'ignore' });
  return r.error === undefined;
}

function installDebian(packages: string[]): void {
  if (process.getuid?.() !== 0 || !runs('apt-get', ['--version'])) return;
  let r = spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'ignore' });
  if (r.status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'ignore' });
    r = spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'ignore' });
  }
}

export function peers(): Peer[] {
  const absent = ['dwdiff', 'wdiff'].filter((p) => !runs(p, ['--version']));
  if (absent.length > 0) installDebian(absent);
  const check = (name: string, args: string[], why: string): string | null => (runs(name, args) ? null : why);
  return [
    { name: '`git diff --no-index --word-diff=porcelain`', command: (a, b) => ['git', ['diff', '--no-index', '--word-diff=porcelain', a, b]], missing: check('git', ['--version'], 'git is not installed') },
    { name: '`dwdiff`', command: (a, b) => ['dwdiff', [a, b]], missing: check('dwdiff', ['--version'], 'dwdiff is not installed (Debian package dwdiff)') },
    { name: '`wdiff`', command: (a, b) => ['wdiff', [a, b]], missing: check('wdiff', ['--version'], 'wdiff is not installed (Debian package wdiff)') },
    { name: 'Python difflib over words (SequenceMatcher)', command: (a, b) => ['python3', ['-c', DIFFLIB, a, b]], missing: check('python3', ['--version'], 'python3 is not installed') },
  ];
}
