/**
 * `npm run bench`: times the engine on a 1 MB collection and compares it with the tools people
 * use today, then writes docs/performance.md. Targets live here, not in unit tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { compare } from '../src/engine/compare.js';
import { parseText } from '../src/readers/read.js';
import { writeMarkdown } from '../src/writers/markdown.js';
import { writeDocx } from '../src/writers/docx.js';
import { joinDocuments } from '../src/writers/docx-product.js';
import { libreOfficeAvailable, runCompare } from '../test/oracle/libreoffice.js';
import { corpus, longReport } from './corpus.js';

// npm runs scripts from the package root.
const root = pathToFileURL(`${process.cwd()}/`);
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

const table = rows.map(([what, time, note]) => `| ${what} | ${time} | ${note} |`).join('\n');
const report = `# Performance

Measured by \`npm run bench\` on a synthetic collection (bench/corpus.ts: deterministic, ${documents}
resolutions, ${(size / 1e6).toFixed(2)} MB) and a revised copy with about 10% of the words changed
and items inserted, deleted and moved. Median of several runs.

Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.

| what | time | target / comparison |
|---|---|---|
${table}

git's word diff works on lines and words with no idea of clauses: it is shown as the everyday
baseline, not as an equivalent. redline aligns clauses first and diffs words per clause, which
keeps the word diff linear in the number of clauses.
`;
writeFileSync(new URL('docs/performance.md', root), report);
process.stdout.write(`${table}\n`);
