import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/writers/report.js';
import { writeReportDocx } from '../../src/writers/report-docx.js';
import { writeReportHtml } from '../../src/writers/report-html.js';
import { writeReportMarkdown } from '../../src/writers/report-markdown.js';
import { rightToLeftTable } from '../helpers/languages.js';

const CELL_TEXTS = ['Clause', 'Proposals', 'a) x | y', '2 * 3 < 4', 'added', 'b)–d)', 'left out'];

const REPORT: Report = {
  title: 'Compilation of proposals',
  lang: 'en',
  landscape: true,
  blocks: [
    { kind: 'heading', level: 1, text: 'Resolution 179' },
    { kind: 'paragraph', runs: [{ text: 'to continue ' }, { text: 'the old', op: 'delete', author: 'EUR' }, { text: 'the new', op: 'insert', author: 'ACP' }, { text: ' work.' }] },
    {
      kind: 'table',
      header: ['Clause', 'Proposals'],
      widths: [1, 3],
      rows: [
        { cells: [{ lines: [[{ text: 'a) x | y' }]] }, { lines: [[{ text: '2 * 3 < 4' }], [{ text: 'added', op: 'insert' }]], tone: 'conflict' }] },
        { folded: true, cells: [{ lines: [[{ text: 'b)–d)' }]] }, { lines: [[{ text: 'left out' }]], tone: 'silence' }] },
        { cells: [{ lines: [] }, { lines: [], tone: 'noc' }] },
      ],
    },
  ],
};

async function documentXml(report: Report): Promise<string> {
  const files = unzipSync(await writeReportDocx(report));
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('word/document.xml is missing');
  return strFromU8(xml);
}

/** The text of the document, run by run, with XML's escapes undone. */
function wordText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => (m[1] ?? '').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&')).join('');
}

describe('writeReportMarkdown', () => {
  const md = writeReportMarkdown(REPORT);

  it('writes the title, heading, paragraph and a pipe table', () => {
    expect(md).toBe(
      [
        '# Compilation of proposals',
        '',
        '## Resolution 179',
        '',
        'to continue {--the old--}{>>EUR<<}{++the new++}{>>ACP<<} work.',
        '',
        '| Clause | Proposals |',
        '|---|---|',
        '| a) x \\| y | 2 \\* 3 &lt; 4<br>{++added++} |',
        '| *b)–d)* | *left out* |',
        '| | |',
        '',
      ].join('\n'),
    );
  });

  it('ends with exactly one newline', () => {
    expect(md.endsWith('|\n')).toBe(true);
  });

  it('puts strong and emphasis outside the change marks, and spaces outside the emphasis', () => {
    const out = writeReportMarkdown({ ...REPORT, blocks: [{ kind: 'paragraph', runs: [{ text: 'new ', op: 'insert', strong: true, author: 'RCC' }, { text: ' aside', emphasis: true }] }] });
    expect(out).toBe('# Compilation of proposals\n\n**{++new ++}{>>RCC<<}** *aside*\n');
  });
});

describe('writeReportHtml', () => {
  const html = writeReportHtml(REPORT);

  it('keeps the table header in view and repeats it in print', () => {
    expect(html).toMatch(/th\{[^}]*position:sticky;top:0[^}]*background:/u);
    expect(html).toMatch(/@media print\{[^@]*thead\{display:table-header-group\}/u);
    expect(html).toContain('<thead><tr><th>Clause</th><th>Proposals</th></tr></thead>');
  });

  it('escapes the text and names the author of each change', () => {
    expect(html).toContain('2 * 3 &lt; 4');
    expect(html).not.toContain('3 < 4');
    expect(html).toContain('<del title="EUR" data-author="EUR">the old</del><ins title="ACP" data-author="ACP">the new</ins>');
    expect(html).toContain('<ins>added</ins>');
  });

  it('classes the cells by tone and the folded rows', () => {
    expect(html).toContain('<td class="conflict">');
    expect(html).toContain('<tr class="folded"><td><p>b)–d)</p></td><td class="silence"><p>left out</p></td></tr>');
    expect(html).toMatch(/td\.conflict\{[^}]*background:[^}]*(border|outline):/u);
  });

  it('takes lang and direction from the language table', () => {
    expect(html).toContain('<html lang="en" dir="ltr">');
    const rtl = writeReportHtml({ ...REPORT, lang: rightToLeftTable().code });
    expect(rtl).toContain('<html lang="xa" dir="rtl">');
    expect(rtl).toContain('font-family:"Noto Naskh Arabic", serif');
  });
});

describe('writeReportDocx', () => {
  it('writes a real table whose header row repeats, with borders and widths over the page', async () => {
    const xml = await documentXml(REPORT);
    expect(xml).toMatch(/<w:tr><w:trPr>(<w:cantSplit\/>)?<w:tblHeader\/><\/w:trPr>/u);
    expect(xml.match(/<w:tblHeader\/>/gu)).toHaveLength(1);
    expect(xml).toContain('<w:tblBorders><w:top w:val="single"');
    // landscape A4 less two 1134-twip margins, split 1 : 3
    expect(xml).toContain('<w:tblGrid><w:gridCol w:w="3643"/><w:gridCol w:w="10927"/></w:tblGrid>');
    expect(xml).toContain('<w:shd w:fill="FFF2A8"');
  });

  it('underlines insertions and strikes deletions as formatting, not tracked changes', async () => {
    const xml = await documentXml(REPORT);
    expect(xml).toContain('<w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">the new</w:t>');
    expect(xml).toContain('<w:rPr><w:strike/></w:rPr><w:t xml:space="preserve">the old</w:t>');
    expect(xml).not.toMatch(/<w:(ins|del) /u);
  });

  it('holds the text of every cell', async () => {
    const text = wordText(await documentXml(REPORT));
    for (const cell of CELL_TEXTS) expect(text).toContain(cell);
  });

  it('lays the pages out in landscape only when asked', async () => {
    expect(await documentXml(REPORT)).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/u);
    const portrait = await documentXml({ ...REPORT, landscape: false });
    expect(portrait).not.toContain('w:orient="landscape"');
    expect(portrait).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
  });

  it('sets right-to-left paragraphs, runs and table for an rtl language', async () => {
    const xml = await documentXml({ ...REPORT, lang: rightToLeftTable().code });
    expect(xml).toContain('<w:bidi/>');
    expect(xml).toContain('<w:rtl/>');
    expect(xml).toContain('<w:bidiVisual/>');
  });

  it('gives the same bytes for the same report', async () => {
    const first = await writeReportDocx(REPORT);
    // the packer stamps the time to the second: let it change
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(Buffer.from(await writeReportDocx(REPORT)).equals(Buffer.from(first))).toBe(true);
  });
});
