/**
 * Timings for the bench: in-process medians, and whole processes with their wall time and peak
 * resident memory (GNU time's %M, the maximum RSS of the process).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export function median(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return middle(times);
}

export async function medianAsync(runs: number, f: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  return middle(times);
}

function middle(times: number[]): number {
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export interface ProcessTiming {
  ms: number;
  /** peak resident memory in MB, null when GNU time is not installed */
  mb: number | null;
  status: number | null;
}

const TIME = '/usr/bin/time';
export const gnuTime = existsSync(TIME);

/** A whole process, `runs` times: the median wall time, and the peak memory of that run. */
export function processTiming(command: string, args: readonly string[], runs = 3): ProcessTiming {
  const results: ProcessTiming[] = [];
  const report = join(tmpdir(), `redline-bench-${process.pid}.time`);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = gnuTime ? spawnSync(TIME, ['-f', '%M', '-o', report, command, ...args], { stdio: 'ignore' }) : spawnSync(command, [...args], { stdio: 'ignore' });
    const ms = performance.now() - t0;
    const kb = gnuTime && existsSync(report) ? Number(readFileSync(report, 'utf8').trim().split('\n').pop()) : NaN;
    results.push({ ms, mb: Number.isFinite(kb) ? kb / 1024 : null, status: r.status });
  }
  rmSync(report, { force: true });
  results.sort((a, b) => a.ms - b.ms);
  return results[Math.floor(results.length / 2)] as ProcessTiming;
}

export const ms = (x: number): string => `${x.toFixed(0)} ms`;
export const mb = (x: number | null): string => (x === null ? 'n/a' : `${x.toFixed(0)} MB`);
