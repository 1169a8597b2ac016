/**
 * `npm run bench`: times the engine on a 1 MB collection and compares it with the tools people
 * use today, then writes docs/performance.md. Targets live here, not in unit tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { compare } from '../src/engine/compare.js';
import { parseText } from '../src/readers/read.js';
import { writeMarkdown } from '../src/writers/markdown.js';
import { writeDocx } from '../src/writers/docx.js';
import { joinDocuments } from '../src/writers/docx-product.js';
import { mergeInputs, type MergeResult } from '../src/library.js';
import { InputError } from '../src/model/errors.js';
import type { MergeView } from '../src/model/merge.js';
import { documentsOf } from '../src/model/resolution.js';
import type { Input } from '../src/readers/input.js';
import { write } from '../src/writers/registry.js';
import { libreOfficeAvailable, runCompare } from '../test/oracle/libreoffice.js';
import { corpus, longReport } from './corpus.js';
import { proposalsAcross, proposalsOnOne, type GeneratedProposal } from './merge-corpus.js';

// npm runs scripts from the package root.
const root = pathToFileURL(`${process.cwd()}/`);
// Other work on the machine slows every row, the whole-process ones most: the report says how busy it was.
const load = loadavg()[0] ?? 0;
const out = new URL('bench/out/', root);
mkdirSync(out, { recursive: true });

async function medianAsync(runs: number, f: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function median(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const { base, revised } = corpus(70);
const basePath = new URL('base.txt', out);
const revisedPath = new URL('revised.txt', out);
writeFileSync(basePath, base);
writeFileSync(revisedPath, revised);
const size = Buffer.byteLength(base);

const rows: [string, string, string][] = [];
const ms = (x: number): string => `${x.toFixed(0)} ms`;

const parsed = parseText(base, 'base.txt');
const documents = parsed.kind === 'collection' ? parsed.documents.length : 1;
const parseMs = median(5, () => parseText(base, 'base.txt'));
rows.push([`parse ${documents} resolutions (${(size / 1e6).toFixed(2)} MB), in-process`, ms(parseMs), 'under 300 ms']);

let changes = 0;
let fallbacks = 0;
const diffMs = median(3, () => {
  const d = compare(parseText(base, 'base.txt'), parseText(revised, 'revised.txt'));
  writeMarkdown(d.map((x) => x.redline));
  changes = d.reduce((n, x) => n + x.comparison.changes.filter((c) => c.op !== 'NOC').length, 0);
  fallbacks = d.reduce((n, x) => n + x.comparison.summary.fallbacks, 0);
});
rows.push([`diff to Markdown (parse both, align, word diff, write), in-process; ${changes} changes, ${fallbacks} fallbacks`, ms(diffMs), 'under 1 s']);

const gitMs = median(3, () => {
  spawnSync('git', ['diff', '--no-index', '--word-diff=porcelain', basePath.pathname, revisedPath.pathname], { stdio: 'ignore' });
});
const cliMs = median(3, () => {
  spawnSync(process.execPath, ['bin/redline.js', 'diff', basePath.pathname, revisedPath.pathname, '-o', new URL('redline.md', out).pathname], { stdio: 'ignore' });
});
rows.push(['`redline diff base.txt revised.txt -o redline.md`, whole process', ms(cliMs), '']);
rows.push(['`git diff --no-index --word-diff=porcelain`, whole process', ms(gitMs), `redline/git: ${(cliMs / gitMs).toFixed(1)}× whole process, ${(diffMs / gitMs).toFixed(1)}× in-process`]);

// One long report: all paragraphs in one block, where alignment would be quadratic if it
// compared every clause with every other.
{
  const report = longReport(2000);
  const reportMs = median(3, () => {
    compare(parseText(report.base, 'a.txt'), parseText(report.revised, 'b.txt'));
  });
  rows.push(['one numbered report of 2000 paragraphs in one block (10% reworded), parse both and compare, in-process', ms(reportMs), 'near-linear: identical clauses anchor first']);
}

// Word: the same pair as a .docx redline, in-process; then LibreOffice's own Compare Document
// on the same two texts as .docx files, as a user would get a redline today, whole process.
const docxMs = await medianAsync(3, async () => {
  const d = compare(parseText(base, 'base.txt'), parseText(revised, 'revised.txt'), { author: 'bench', date: '2026-01-01T00:00:00Z' });
  await writeDocx(joinDocuments(d.map((x) => x.redline)));
});
rows.push(['diff to .docx with tracked changes, in-process', ms(docxMs), 'under 2 s']);
if (libreOfficeAvailable()) {
  const clean = async (text: string, name: string): Promise<string> => {
    const parsed = parseText(text, name);
    const path = new URL(name.replace('.txt', '.docx'), out).pathname;
    writeFileSync(path, await writeDocx(joinDocuments(compare(parsed, parsed).map((x) => x.redline))));
    return path;
  };
  const pair = { base: await clean(base, 'base.txt'), revised: await clean(revised, 'revised.txt'), out: new URL('lo-compare.docx', out).pathname };
  const t0 = performance.now();
  const [result] = await runCompare([pair]);
  const loMs = performance.now() - t0;
  const cliDocxMs = median(1, () => {
    spawnSync(process.execPath, ['bin/redline.js', 'diff', basePath.pathname, revisedPath.pathname, '-o', new URL('redline.docx', out).pathname], { stdio: 'ignore' });
  });
  rows.push(['`redline diff base.txt revised.txt -o redline.docx`, whole process', ms(cliDocxMs), '']);
  rows.push([
    'LibreOffice Compare Document (UNO `.uno:CompareDocuments`, headless, soffice start included), whole process',
    result?.ok ? ms(loMs) : `failed: ${result?.error ?? 'unknown'}`,
    result?.ok ? `LibreOffice/redline: ${(loMs / cliDocxMs).toFixed(1)}×` : '',
  ]);
} else {
  rows.push(['LibreOffice Compare Document', 'not measured', 'LibreOffice is not installed']);
}

// Merge: the secretariat's compilation of every proposal on a resolution (bench/merge-corpus.ts).
// Each case is checked before it is timed: the proposals apply one by one, none is refused or
// left aside, every change reaches a clause, and the exit status says whether there are conflicts.
const failures: string[] = [];
const check = (ok: boolean, what: string): void => {
  if (!ok) failures.push(what);
};
const within = (x: number, limit: number, text: string): string => (x <= limit ? text : `${text}: **missed**`);
const redline = (args: string[]): { status: number | null; stderr: string } => {
  const r = spawnSync(process.execPath, ['bin/redline.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status, stderr: r.stderr };
};
const warnings = new Set<string>();

/** The proposals written under bench/out/<name>/, and read back as inputs. */
function writeProposals(name: string, proposals: readonly GeneratedProposal[]): { dir: URL; files: string[]; inputs: Input[] } {
  const dir = new URL(`${name}/`, out);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = proposals.map((p) => {
    const path = new URL(p.file, dir).pathname;
    writeFileSync(path, p.text);
    return path;
  });
  return { dir, files, inputs: files.map((file) => ({ file, bytes: readFileSync(file) })) };
}

/** `apply BASE P` must succeed (exit 0) for each proposal on its own. */
function checkApplies(base: string, file: string): void {
  const r = redline(['apply', base, file]);
  check(r.status === 0, `apply ${file}: exit ${String(r.status)}: ${r.stderr.trim()}`);
  for (const line of r.stderr.split('\n').filter((l) => /warning|refused/u.test(l))) warnings.add(`apply ${file.split('/').pop() ?? file}: ${line.replace(/^redline: /u, '')}`);
}

interface MergeCheck {
  conflicts: number;
  statuses: Record<string, number>;
  /** clauses that two proposers or more change in the same way */
  shared: number;
}

/** Check a merge result against what was generated; returns its counts. */
function checkMerge(label: string, result: MergeResult, generated: readonly GeneratedProposal[], proposerCount: number): MergeCheck {
  for (const r of result.refused) failures.push(`${label}: refused: ${r}`);
  for (const n of result.notices) {
    if (/left aside|names no resolution|not in the base/u.test(n)) failures.push(`${label}: ${n}`);
    else if (/^warning/u.test(n)) warnings.add(`${label}: ${n}`);
  }
  const clauses = result.merge.documents.flatMap((d) => d.clauses);
  const statuses: Record<string, number> = { unchanged: 0, agreed: 0, compatible: 0, conflict: 0 };
  for (const c of clauses) statuses[c.status] = (statuses[c.status] ?? 0) + 1;
  const shared = clauses.filter((c) => c.status === 'agreed' && c.proposals.filter((p) => p.op !== 'NOC').length > 1).length;
  const made = generated.reduce((n, p) => n + p.ops.MOD + p.ops.ADD + p.ops.SUP + p.ops.NOC, 0);
  const found = clauses.reduce((n, c) => n + c.proposals.length, 0);
  check(found === made, `${label}: ${made} changes generated, ${found} found in the merge`);
  check(result.merge.proposers.length === proposerCount, `${label}: ${proposerCount} proposers, ${result.merge.proposers.length} in the merge`);
  check(result.merge.conflicts === statuses['conflict'], `${label}: merge.conflicts ${result.merge.conflicts}, ${statuses['conflict'] ?? 0} clauses in conflict`);
  return { conflicts: result.merge.conflicts, statuses, shared };
}

async function mergeOnce(base: Input, inputs: readonly Input[], format: 'docx' | 'md', view: MergeView): Promise<{ result: MergeResult; output: string | Uint8Array }> {
  const result = mergeInputs(base, inputs);
  return { result, output: await write(format, { kind: 'merge', merge: result.merge, view }) };
}

/** One merge case: checked in-process once, then timed in-process and as a whole process. */
async function mergeCase(options: {
  label: string;
  base: string;
  generated: readonly GeneratedProposal[];
  inputs: readonly Input[];
  files: readonly string[];
  proposers: number;
  format: 'docx' | 'md';
  view: MergeView;
  runs: number;
  expect?: (c: MergeCheck) => void;
}): Promise<{ inMs: number; cliMs: number; counts: MergeCheck | null }> {
  const { label, format, view } = options;
  const baseInput: Input = { file: options.base, bytes: readFileSync(options.base) };
  let counts: MergeCheck | null = null;
  try {
    const first = await mergeOnce(baseInput, options.inputs, format, view);
    counts = checkMerge(label, first.result, options.generated, options.proposers);
    options.expect?.(counts);
    if (format === 'docx') check(first.output instanceof Uint8Array && first.output[0] === 0x50 && first.output[1] === 0x4b, `${label}: the .docx is not a zip`);
    else check(typeof first.output === 'string' && first.output.length > 0, `${label}: empty Markdown`);
  } catch (e) {
    failures.push(`${label}: in-process merge threw ${e instanceof InputError ? `InputError: ${e.format()}` : String(e)}`);
    return { inMs: Number.NaN, cliMs: Number.NaN, counts };
  }
  const inMs = await medianAsync(options.runs, async () => {
    await mergeOnce(baseInput, options.inputs, format, view);
  });
  const target = new URL(`merge-${options.proposers}-${options.generated.length}-${view}.${format}`, out).pathname;
  const args = ['merge', options.base, ...options.files, '-o', target, ...(view === 'synoptic' ? [] : ['--view', view])];
  let status: number | null = null;
  let stderr = '';
  const cliMs = median(options.runs, () => {
    rmSync(target, { force: true });
    ({ status, stderr } = redline(args));
  });
  const expected = (counts?.conflicts ?? 0) > 0 ? 1 : 0;
  check(status === expected, `${label}: whole process exit ${String(status)}, expected ${expected}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`);
  check(!/InputError|internal error|error:/u.test(stderr), `${label}: whole process: ${stderr.trim()}`);
  check(statSync(target, { throwIfNoEntry: false })?.isFile() === true && (statSync(target).size ?? 0) > 0, `${label}: ${target} not written`);
  return { inMs, cliMs, counts };
}

const opsOf = (ps: readonly GeneratedProposal[]): string => {
  const t = { MOD: 0, ADD: 0, SUP: 0, NOC: 0 };
  for (const p of ps) for (const k of ['MOD', 'ADD', 'SUP', 'NOC'] as const) t[k] += p.ops[k];
  return `${t.MOD} MOD, ${t.ADD} ADD, ${t.SUP} SUP, ${t.NOC} NOC`;
};
const statusText = (c: MergeCheck | null): string =>
  c ? `${c.statuses['conflict'] ?? 0} clauses in conflict, ${c.statuses['compatible'] ?? 0} compatible, ${c.statuses['agreed'] ?? 0} agreed (${c.shared} by several proposers)` : 'not checked';

// 1. Twenty proposers on Resolution 179 (Rev. Dubai, 2018), merged into a Word draft.
{
  const base = new URL('fixtures/en/res179-dubai-2018.txt', root).pathname;
  const parsed = parseText(readFileSync(base, 'utf8'), base);
  const [res] = documentsOf(parsed);
  if (!res || parsed.kind === 'collection') throw new Error(`${base}: expected one resolution`);
  const generated = proposalsOnOne(res, 20);
  const { files, inputs } = writeProposals('merge-20', generated);
  for (const f of files) checkApplies(base, f);
  const r = await mergeCase({
    label: 'merge 20',
    base,
    generated,
    inputs,
    files,
    proposers: 20,
    format: 'docx',
    view: 'draft',
    runs: 5,
    expect: (c) => {
      check(c.conflicts > 0, 'merge 20: no clause in conflict');
      check((c.statuses['compatible'] ?? 0) > 0, 'merge 20: no compatible clause');
      check(c.shared > 0, 'merge 20: no clause changed identically by several proposers');
    },
  });
  rows.push([`merge 20 proposals (20 proposers; ${opsOf(generated)}) on Res. 179 to .docx, \`--view draft\`, in-process; ${statusText(r.counts)}`, ms(r.inMs), within(r.inMs, 1000, 'under 1 s')]);
  rows.push(['`redline merge res179-dubai-2018.txt merge-20/p01…p20.md --view draft -o merge.docx`, whole process', ms(r.cliMs), within(r.cliMs, 1000, 'under 1 s')]);
}

// 2. Two hundred proposals from forty proposers across a 60-resolution collection, each naming
// the resolution it is on; merged to Markdown, as the synoptic table and as the merged draft.
{
  const text = corpus(60).base;
  const base = new URL('collection.txt', out).pathname;
  writeFileSync(base, text);
  const docs = documentsOf(parseText(text, base));
  check(docs.length === 60, `collection: ${docs.length} resolutions, expected 60`);
  check(new Set(docs.map((d) => d.number)).size === docs.length, 'collection: resolution numbers are not distinct');
  const generated = proposalsAcross(docs, 200, 40);
  const { dir, files, inputs } = writeProposals('merge-200', generated);
  // `apply` takes one resolution: check a few proposals against their resolution on its own,
  // preferring the ones with ADD and SUP.
  const single = text.split(/\n\n(?=RESOLUTION \d+ )/u);
  const sample = [...generated.keys()].sort((a, b) => (generated[b]?.ops.ADD ?? 0) + (generated[b]?.ops.SUP ?? 0) - ((generated[a]?.ops.ADD ?? 0) + (generated[a]?.ops.SUP ?? 0)) || a - b).slice(0, 10);
  for (const k of sample) {
    const p = generated[k] as GeneratedProposal;
    const resText = single.find((t) => t.startsWith(`RESOLUTION ${p.resolution} `));
    if (!resText) {
      failures.push(`merge 200: resolution ${p.resolution} not found in the collection text`);
      continue;
    }
    const resFile = new URL(`res-${p.resolution}.txt`, dir).pathname;
    writeFileSync(resFile, `${resText.trimEnd()}\n`);
    checkApplies(resFile, files[k] as string);
  }
  const expect = (c: MergeCheck): void => check(c.conflicts > 0, 'merge 200: no clause in conflict');
  const synoptic = await mergeCase({ label: 'merge 200 synoptic', base, generated, inputs, files, proposers: 40, format: 'md', view: 'synoptic', runs: 3, expect });
  const draft = await mergeCase({ label: 'merge 200 draft', base, generated, inputs, files, proposers: 40, format: 'md', view: 'draft', runs: 3, expect });
  rows.push([`merge 200 proposals (40 proposers; ${opsOf(generated)}) across 60 resolutions (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB) to .md, synoptic view, in-process; ${statusText(synoptic.counts)}`, ms(synoptic.inMs), within(synoptic.inMs, 3000, 'under 3 s')]);
  rows.push(['`redline merge collection.txt merge-200/p001…p200.md -o merge.md`, whole process', ms(synoptic.cliMs), within(synoptic.cliMs, 3000, 'under 3 s')]);
  rows.push(['the same to .md, `--view draft`, in-process', ms(draft.inMs), within(draft.inMs, 3000, 'under 3 s')]);
  rows.push(['`redline merge collection.txt merge-200/p001…p200.md --view draft -o merge.md`, whole process', ms(draft.cliMs), within(draft.cliMs, 3000, 'under 3 s')]);
}

const table = rows.map(([what, time, note]) => `| ${what} | ${time} | ${note} |`).join('\n');
const report = `# Performance

Measured by \`npm run bench\` on a synthetic collection (bench/corpus.ts: deterministic, ${documents}
resolutions, ${(size / 1e6).toFixed(2)} MB) and a revised copy with about 10% of the words changed
and items inserted, deleted and moved. Median of several runs.

Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; load average ${load.toFixed(1)} when the bench started.

| what | time | target / comparison |
|---|---|---|
${table}

The merge rows merge instruction proposals generated by bench/merge-corpus.ts (seeded): 20
proposers on \`fixtures/en/res179-dubai-2018.txt\`, and 200 proposals from 40 proposers across a
60-resolution collection, each naming its resolution in \`base:\`. MODs change a few words of an
item, some on the same clause as other proposals (identical, other words, or the same words
otherwise), with a few ADDs, SUPs and NOCs. The bench checks each case before timing it (every
change reaches the merge, nothing refused or left aside, exit 1 exactly when clauses conflict).

git's word diff works on lines and words with no idea of clauses: it is shown as the everyday
baseline, not as an equivalent. redline aligns clauses first and diffs words per clause, which
keeps the word diff linear in the number of clauses.
`;
writeFileSync(new URL('docs/performance.md', root), report);
process.stdout.write(`${table}\n`);
for (const w of warnings) process.stdout.write(`${w}\n`);
if (failures.length > 0) {
  for (const f of failures) process.stderr.write(`bench: check failed: ${f}\n`);
  process.exitCode = 1;
}
