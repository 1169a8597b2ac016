/**
 * The index of a folder's review pages (`redline diff OLD/ NEW/ -o OUT/`): a row per file with
 * its changes counted by kind and a link to its page. Self-contained, like the pages.
 */
import type { Summary } from '../model/comparison.js';
import { escapeHtml } from './html.js';

export interface IndexEntry {
  /** the file name the two folders share */
  file: string;
  /** its page, relative to the index */
  page: string;
  summary: Summary;
  /** what the page is about: its first document (`resolution 179`) */
  document: string;
}

const CSS = `
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#111;line-height:1.45}
h1{font-size:1.25rem;margin:0 0 .2rem}.compared{color:#555;margin:0 0 1rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:end;font-variant-numeric:tabular-nums}
th:first-child,td:first-child,th:nth-child(2),td:nth-child(2){text-align:start}th{background:#f3f3f3}
tr.same td{color:#777}tfoot td{font-weight:600;border-top:2px solid #ccc}
`;

const KINDS = [['MOD', 'Modified'], ['ADD', 'Added'], ['SUP', 'Suppressed'], ['moved', 'Moved'], ['relabeled', 'Re-lettered']] as const;

export function writeReviewIndex(entries: readonly IndexEntry[], compared: string): string {
  const total = (key: (typeof KINDS)[number][0]): number => entries.reduce((n, e) => n + e.summary[key], 0);
  const rows = entries.map((e) => {
    const same = KINDS.every(([k]) => e.summary[k] === 0);
    return `<tr${same ? ' class="same"' : ''} data-file="${escapeHtml(e.file)}"><td><a href="${escapeHtml(encodeURI(e.page))}">${escapeHtml(e.file)}</a></td><td>${escapeHtml(e.document)}</td>${KINDS.map(([k]) => `<td data-kind="${k}">${e.summary[k]}</td>`).join('')}</tr>`;
  });
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Redlines: ${escapeHtml(compared)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>Redlines</h1>
<p class="compared">Compared: ${escapeHtml(compared)}, ${entries.length} ${entries.length === 1 ? 'file' : 'files'}</p>
<table><thead><tr><th>File</th><th>Document</th>${KINDS.map(([, name]) => `<th>${name}</th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody><tfoot><tr><td>All</td><td></td>${KINDS.map(([k]) => `<td>${total(k)}</td>`).join('')}</tr></tfoot></table>
</body>
</html>
`;
}
