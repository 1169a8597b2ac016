/** Who and when, for revisions: flags first, then the environment, so that builds can be reproducible. */
import { execFileSync } from 'node:child_process';
import { InputError } from '../model/errors.js';

export function revisionAuthor(flag: string | undefined): string {
  if (flag) return flag;
  try {
    const name = execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (name) return name;
  } catch {
    // no git, or no user name configured
  }
  return 'redline';
}

export function revisionDate(flag: string | undefined): string {
  if (flag) {
    // a date and time without a zone is UTC, as a date alone is: never the machine's time zone
    const zoned = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/u.test(flag) ? `${flag}Z` : flag;
    const d = new Date(zoned);
    if (Number.isNaN(d.getTime())) throw new InputError(`invalid --date "${flag}"`, undefined, undefined, 'use an ISO date such as 2026-11-29 or 2026-11-29T10:00:00Z');
    return d.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  }
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/u.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().replace(/\.\d{3}Z$/u, 'Z');
  return new Date().toISOString().replace(/\.\d{3}Z$/u, 'Z');
}
