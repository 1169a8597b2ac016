/**
 * Every command's --help: its description, its options, and examples on the bundled fixtures,
 * each of which is run here as printed (its output sent to a temporary folder).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { redline } from '../helpers/cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/redline.js');
const COMMANDS = ['parse', 'diff', 'accept', 'reject', 'apply', 'draft', 'merge', 'check', 'lint', 'align', 'catalogue'];

describe.each(COMMANDS)('redline %s --help', (command) => {
  const help = redline([command, '--help']);
  const examples = help.stdout.split('\n').filter((l) => l.startsWith('  $ redline ')).map((l) => l.slice(4));

  it('describes the command and its options, with examples', () => {
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`^Usage: redline ${command} `, 'u'));
    expect(help.stdout).toContain('Options:');
    expect(examples.length).toBeGreaterThan(0);
  });

  it('runs each example as printed, on the fixtures', () => {
    const out = mkdtempSync(join(tmpdir(), `redline-example-${command}-`));
    for (const example of examples) {
      const sent = example.replace(/ -o (\S+)/u, (_, name: string) => ` -o ${join(out, name)}`);
      const r = spawnSync('bash', ['-c', `redline() { "${process.execPath}" "${bin}" "$@"; }; ${sent}`], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.status, `${example}\n${r.stderr}`).toBeLessThan(2);
      expect(r.stderr, example).not.toMatch(/^redline: (?!note:)/mu);
      const written = / -o (\S+)/u.exec(example)?.[1];
      if (written) expect(existsSync(join(out, written)), example).toBe(true);
    }
  }, 120_000);
});
