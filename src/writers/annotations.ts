/**
 * Reports for pipelines and people: check's mismatches, lint's findings and align's differences as text (one line
 * each, `file:line: ...`), as JSON, or as GitHub Actions annotations (`::error file=…,line=…::…`),
 * which a workflow shows on the lines of the file they are about.
 */
import type { CheckReport } from '../model/check.js';
import type { Finding } from '../model/lint.js';
import type { Segment } from '../model/redline.js';
import type { VersionReport } from '../model/versions.js';

export type ReportFormat = 'text' | 'json' | 'github';

/** GitHub's workflow-command escaping: data loses %, CR and LF; properties also : and ,. */
const data = (s: string): string => s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
const property = (s: string): string => data(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

function annotation(level: 'error' | 'warning', file: string, line: number | null, title: string, message: string): string {
  const where = [`file=${property(file)}`, ...(line !== null ? [`line=${line}`] : []), `title=${property(title)}`].join(',');
  return `::${level} ${where}::${data(message)}`;
}

const wordDiff = (words: readonly Segment[]): string => words.map((s) => (s.op === 'delete' ? `[-${s.text}-]` : s.op === 'insert' ? `{+${s.text}+}` : s.text)).join('');
const quote = (text: string | null, max = 90): string => (text === null ? '(nothing)' : `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`);

/** A check's JSON: `{ ok, mismatches }`, and why the file is not consolidated when it is not. */
function checkJson(report: CheckReport): object {
  const mismatches = report.mismatches.map(({ id, reference, expected, actual, line }) => ({ id, reference, expected, actual, line }));
  return { ok: report.ok, mismatches, ...(report.unconsolidated ? { unconsolidated: report.unconsolidated } : {}) };
}

export function writeCheckReport(report: CheckReport, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(checkJson(report), null, 2)}\n`;
  const lines: string[] = [];
  if (report.unconsolidated) {
    lines.push(format === 'github' ? annotation('error', report.file, null, 'redline check: not consolidated', report.unconsolidated) : `${report.file}: ${report.unconsolidated}`);
  }
  for (const m of report.mismatches) {
    const what = m.actual === null ? 'missing from the consolidated text' : m.expected === null ? 'not in the base with the proposals applied' : 'differs from the base with the proposals applied';
    if (format === 'github') {
      lines.push(annotation('error', report.file, m.line, `redline check: ${m.reference}`, `${m.reference} ${what}. Expected ${quote(m.expected, 300)}; found ${quote(m.actual, 300)}`));
      continue;
    }
    lines.push(`${report.file}${m.line !== null ? `:${m.line}` : ''}: ${m.reference}: ${what}`);
    if (m.expected !== null && m.actual !== null) lines.push(`  ${wordDiff(m.words)}`);
    else lines.push(`  ${m.actual === null ? 'expected' : 'found'}: ${m.actual ?? m.expected ?? ''}`);
  }
  if (format === 'text') {
    const n = report.mismatches.length;
    lines.push(report.ok ? `check passed: ${report.file} is the base with the proposals applied` : `check failed: ${report.unconsolidated ? 'not a consolidated text' : `${n} ${n === 1 ? 'clause differs' : 'clauses differ'}`}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The reports of folders checked file by file: JSON `{ ok, documents: [ { file, ok, mismatches } ] }`, else each report in turn and a last line for all. */
export function writeCheckReports(reports: readonly CheckReport[], format: ReportFormat): string {
  const ok = reports.every((r) => r.ok);
  if (format === 'json') {
    const documents = reports.map((r) => ({ file: r.file, ...checkJson(r) }));
    return `${JSON.stringify({ ok, documents }, null, 2)}\n`;
  }
  const each = reports.map((r) => writeCheckReport(r, format)).join('');
  if (format !== 'text') return each;
  const failed = reports.filter((r) => !r.ok).length;
  const n = reports.length;
  return `${each}${ok ? `check passed: ${n} ${n === 1 ? 'file' : 'files'}` : `check failed: ${failed} of ${n} ${n === 1 ? 'file' : 'files'}`}\n`;
}

export function writeFindings(findings: readonly Finding[], format: ReportFormat, files: number): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (format === 'json') return `${JSON.stringify({ findings, errors, warnings }, null, 2)}\n`;
  const lines = findings.map((f) => {
    if (format === 'github') return annotation(f.severity === 'error' ? 'error' : 'warning', f.file, f.line, `redline lint (${f.rule})`, `${f.clause ? `${f.clause}: ` : ''}${f.message}. ${f.fix}`);
    return `${f.file}${f.line !== null ? `:${f.line}` : ''}: ${f.severity} ${f.rule}: ${f.clause ? `${f.clause}: ` : ''}${f.message}; ${f.fix}`;
  });
  if (format === 'text') lines.push(`${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in ${files} ${files === 1 ? 'file' : 'files'}`);
  return `${lines.join('\n')}\n`;
}

export function writeVersionReport(report: VersionReport, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const file = { a: report.a.file, b: report.b.file };
  const other = { a: 'b', b: 'a' } as const;
  const lines: string[] = [];
  const say = (side: 'a' | 'b', line: number | null, title: string, message: string): void => {
    lines.push(format === 'github' ? annotation('error', file[side], line, `redline align: ${title}`, message) : `${file[side]}${line !== null ? `:${line}` : ''}: ${title}: ${message}`);
  };
  if (report.numbers) say('b', null, 'number', `resolution ${report.numbers.b ?? '(none)'} is not resolution ${report.numbers.a ?? '(none)'} of ${file.a}`);
  for (const g of report.gaps) say(g.in, g.line, g.reference, `not in ${file[other[g.in]]} (${g.id})`);
  for (const o of report.order) say('b', o.line, o.reference, `block ${o.b} here, block ${o.a} in ${file.a}`);
  if (format === 'text') {
    const n = report.gaps.length + report.order.length + (report.numbers ? 1 : 0);
    const pair = `${file.a} (${report.a.lang}) and ${file.b} (${report.b.lang})`;
    lines.push(report.ok ? `aligned: ${pair} have the same ${report.a.clauses} clauses` : `not aligned: ${n} ${n === 1 ? 'difference' : 'differences'} between ${pair}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
