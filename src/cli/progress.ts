/**
 * A progress line on standard error for work that takes more than a second (folders, large
 * collections). Drawn only on a terminal, and never with `--quiet`, under CI (`CI` set), with
 * NO_COLOR or on a dumb terminal, so that logs and pipes get no carriage returns.
 */

let quiet = false;

/** `--quiet`: no progress, and no `note:` lines. */
export function beQuiet(on: boolean): void {
  quiet = on;
}

export function isQuiet(): boolean {
  return quiet;
}

export interface Progress {
  /** one more done; `label` says which */
  tick(label?: string): void;
  /** the work is over: the line is cleared */
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };
/** shown only once the work has taken this long */
const DELAY_MS = 1000;
const WIDTH = 24;

function wanted(): boolean {
  const env = process.env;
  return !quiet && process.stderr.isTTY === true && !env['CI'] && env['NO_COLOR'] === undefined && env['TERM'] !== 'dumb';
}

/** `what`: the job (`diff`); `total`: how many there are, when known (a bar), else a count. */
export function progress(what: string, total: number | null, unit: string): Progress {
  if (!wanted()) return SILENT;
  const start = Date.now();
  let done = 0;
  let drawn = false;
  let last = 0;
  return {
    tick(label) {
      done++;
      const now = Date.now();
      if (now - start < DELAY_MS || now - last < 100) return;
      last = now;
      drawn = true;
      const filled = total ? Math.min(WIDTH, Math.round((WIDTH * done) / total)) : 0;
      const head = total ? `${what} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${unit}` : `${what}: ${done} ${unit}`;
      const line = `${head}${label ? `  ${label}` : ''}`.slice(0, Math.max(20, (process.stderr.columns || 80) - 1));
      process.stderr.write(`\r${line}\u001b[K`);
    },
    done() {
      if (drawn) process.stderr.write('\r\u001b[K');
    },
  };
}
