import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';

let script: string;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-completion-'));
  const r = redline(['completion', 'bash']);
  expect(r.status).toBe(0);
  script = join(dir, 'redline.bash');
  writeFileSync(script, r.stdout);
  writeFileSync(join(dir, 'res179.txt'), 'a text\n');
});

/** What bash offers for the words typed so far (the last one being completed), with the script loaded. */
function offered(...typed: string[]): string[] {
  const words = typed.map((w) => `'${w}'`).join(' ');
  const r = spawnSync('bash', ['-c', `source '${script}' && COMP_WORDS=(redline ${words}) && COMP_CWORD=${typed.length} && _redline && printf '%s\\n' "\${COMPREPLY[@]}"`], { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter((w) => w !== '');
}

describe('redline completion bash', () => {
  it('loads in bash and registers the function for redline', () => {
    const r = spawnSync('bash', ['-c', `source '${script}' && complete -p redline`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('complete -o filenames -F _redline redline');
  });
  it('completes commands, from the program itself', () => {
    expect(offered('d')).toEqual(['diff', 'draft']);
    expect(offered('')).toEqual(expect.arrayContaining(['parse', 'diff', 'apply', 'draft', 'merge', 'check', 'lint', 'align', 'catalogue', 'completion']));
  });
  it("completes each command's options, and the values of those that take one of a few", () => {
    expect(offered('diff', '--ig')).toEqual(['--ignore-quotes']);
    expect(offered('diff', '--format', '')).toEqual(['md', 'html', 'json', 'text', 'docx']);
    expect(offered('merge', '--view', 'c')).toEqual(['compilation']);
    expect(offered('lint', '--lang', 'z')).toEqual(['zh']);
    expect(offered('completion', '')).toEqual(['bash', 'zsh']);
  });
  it('completes file names for arguments', () => {
    expect(offered('parse', 'res')).toEqual(['res179.txt']);
  });
  it('zsh gets the same function through bashcompinit; another shell is one line, exit 2', () => {
    const zsh = redline(['completion', 'zsh']);
    expect(zsh.status).toBe(0);
    expect(zsh.stdout).toContain('autoload -U +X bashcompinit && bashcompinit');
    expect(zsh.stdout).toContain('_redline() {');
    const fish = redline(['completion', 'fish']);
    expect(fish.status).toBe(2);
    expect(fish.stderr).toBe('redline: no completion for the shell "fish"; use bash or zsh\n');
  });
});
