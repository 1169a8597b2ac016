/**
 * Small hostile Word files: deep nesting, list counters and level texts built to explode, style
 * chains longer than any Word writes. Each ends in bounded time: a tree, or exit 2 with one line
 * naming the file, never a stack overflow or an out-of-memory abort.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RedlineDocument } from '../../src/model/redline.js';
import { writeDocx } from '../../src/writers/docx.js';
import { redline } from '../helpers/cli.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const TITLE = '<w:p><w:r><w:t>RESOLUTION 1 (REV. DUBAI, 2018)</w:t></w:r></w:p>';
const ITEM = (text: string, numbered = false): string => `<w:p>${numbered ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;

let dir: string;
let skeleton: Record<string, Uint8Array>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redline-hostile-'));
  const doc: RedlineDocument = { lang: 'en', author: 'A', date: '2026-01-01T00:00:00Z', paragraphs: [{ role: 'title', id: 'title', depth: 0, label: [], text: [{ op: 'equal', text: 'RESOLUTION 1' }], mark: null }], footnotes: [] };
  skeleton = unzipSync(await writeDocx(doc));
});

/** A Word file of our own with this body, and these parts replaced. */
function hostile(name: string, body: string, parts: Record<string, string> = {}): string {
  const files: Record<string, Uint8Array> = { ...skeleton };
  const document = strFromU8(files['word/document.xml'] as Uint8Array);
  files['word/document.xml'] = strToU8(document.replace(/<w:body>[\s\S]*<w:sectPr>/u, `<w:body>${body}<w:sectPr>`));
  for (const [part, xml] of Object.entries(parts)) files[part] = strToU8(xml);
  const file = join(dir, name);
  writeFileSync(file, zipSync(files));
  return file;
}

/** Refused: exit 2, one line without a stack, no output written, the input as it was. */
function refused(file: string): string {
  const before = readFileSync(file);
  const out = `${file}.json`;
  const r = redline(['parse', file, '-o', out]);
  expect(r.status).toBe(2);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /u);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  expect(readFileSync(file).equals(before)).toBe(true);
  return lines[0] as string;
}

/** A Word file of our own with these parts added or replaced (raw bytes, any level of compression). */
function withParts(name: string, parts: Zippable): string {
  const file = join(dir, name);
  writeFileSync(file, zipSync({ ...skeleton, ...parts }));
  return file;
}

const NUMBERING = (level: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${level}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

describe('entities and archives built to attack the reader', () => {
  const DOCUMENT = (prolog: string, body: string): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document ${W}><w:body>${TITLE}${body}<w:sectPr/></w:body></w:document>`;
  const RESAVE = 'save it again from Word as .docx';

  it.each([
    ['an external entity (XXE)', '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>', '<w:p><w:r><w:t>&x;</w:t></w:r></w:p>'],
    ['a billion laughs', `<!DOCTYPE d [<!ENTITY a "ha">${Array.from({ length: 9 }, (_, k) => `<!ENTITY ${'b'.repeat(k + 1)} "${`&${k ? 'b'.repeat(k) : 'a'};`.repeat(10)}">`).join('')}]>`, '<w:p><w:r><w:t>&bbbbbbbbb;</w:t></w:r></w:p>'],
  ])('%s: refused for its DOCTYPE, nothing expanded or fetched', (name, prolog, body) => {
    const file = withParts(`${name.replace(/\W+/gu, '-')}.docx`, { 'word/document.xml': strToU8(DOCUMENT(prolog, body)) });
    expect(refused(file)).toBe(`redline: ${file}: refused: word/document.xml contains a DOCTYPE; ${RESAVE}`);
  });

  it('a zip bomb: refused before it is inflated', () => {
    const file = withParts('bomb.docx', { 'word/media/zeros.bin': [new Uint8Array(64 * 1024 * 1024), { level: 9 }] });
    expect(readFileSync(file).length).toBeLessThan(300 * 1024);
    expect(refused(file)).toMatch(/: refused: zip entry word\/media\/zeros\.bin would expand \d+ times \(a zip bomb\?\);/u);
  });

  it('a zip whose directory lies about the size of an entry', () => {
    const file = withParts('liar.docx', {});
    const bytes = readFileSync(file);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = bytes.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    // the first entry of the central directory claims 250 MB uncompressed
    view.setUint32(view.getUint32(end + 16, true) + 24, 250 * 1024 * 1024, true);
    writeFileSync(file, bytes);
    expect(refused(file)).toMatch(/: refused: the zip would expand to more than 200 MB;/u);
  });

  it('entries named to escape a folder (../, absolute) are never written anywhere', () => {
    const file = withParts('traversal.docx', { '../../escaped.xml': strToU8('<x/>'), '/tmp/escaped-abs.xml': strToU8('<x/>'), 'word/../../escaped2.xml': strToU8('<x/>') });
    const r = redline(['parse', file, '--format', 'outline'], undefined, {}, dir);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /u);
    expect(r.status).toBe(0);
    for (const p of [join(dir, '..', '..', 'escaped.xml'), '/tmp/escaped-abs.xml', join(dir, '..', '..', 'escaped2.xml'), join(dir, '..', 'escaped.xml')]) expect(existsSync(p)).toBe(false);
  });
});

describe('deep nesting is refused with the paragraph, not followed until the stack runs out', () => {
  const n = 8000;
  it.each([
    ['revisions in revisions', `${TITLE}<w:p>${'<w:ins w:id="1" w:author="a" w:date="2020-01-01T00:00:00Z">'.repeat(n)}<w:r><w:t>text</w:t></w:r>${'</w:ins>'.repeat(n)}</w:p>`],
    ['links in links', `${TITLE}<w:p>${'<w:hyperlink>'.repeat(n)}<w:r><w:t>text</w:t></w:r>${'</w:hyperlink>'.repeat(n)}</w:p>`],
    ['smart tags in smart tags', `${TITLE}<w:p>${'<w:smartTag w:element="x">'.repeat(n)}<w:r><w:t>text</w:t></w:r>${'</w:smartTag>'.repeat(n)}</w:p>`],
    ['content controls in content controls', `${TITLE}${'<w:sdt><w:sdtContent>'.repeat(n)}${ITEM('considering')}${'</w:sdtContent></w:sdt>'.repeat(n)}`],
    ['tables in tables', `${TITLE}${'<w:tbl><w:tr><w:tc>'.repeat(3000)}${ITEM('considering')}${'</w:tc></w:tr></w:tbl>'.repeat(3000)}`],
  ])('%s', (name, body) => {
    const file = hostile(`${name.replace(/ /gu, '-')}.docx`, body);
    expect(refused(file)).toBe(`redline: ${file}:2: elements nested more than 100 deep (tables, content controls, links or revisions inside one another); save it again from Word as .docx`);
  });
});

describe('list counters and level texts cannot make huge labels', () => {
  it('a letter list starting at two billion is numbered in digits', () => {
    const numbering = NUMBERING('<w:lvl w:ilvl="0"><w:start w:val="2000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>');
    const file = hostile('start.docx', `${TITLE}${ITEM('considering')}${ITEM('a first item;', true)}${ITEM('a second item.', true)}`, { 'word/numbering.xml': numbering });
    const r = redline(['parse', file, '--format', 'outline']);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeLessThan(10_000);
  });

  it('a level text of five thousand %1 is cut to a label of a few characters', () => {
    const numbering = NUMBERING(`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${'%1'.repeat(5000)}"/></w:lvl>`);
    const file = hostile('lvltext.docx', `${TITLE}${ITEM('considering')}${ITEM('a first item;', true)}`, { 'word/numbering.xml': numbering });
    const r = redline(['parse', file, '--format', 'json']);
    expect([0, 2]).toContain(r.status);
    expect(r.stdout.length + r.stderr.length).toBeLessThan(100_000);
    expect(r.stderr).not.toMatch(/internal error/u);
  });
});

describe('styles', () => {
  it('a basedOn chain of ten thousand styles is read without overflowing', () => {
    const styles = Array.from({ length: 10_000 }, (_, k) => `<w:style w:type="paragraph" w:styleId="s${k}">${k > 0 ? `<w:basedOn w:val="s${k - 1}"/>` : ''}</w:style>`).join('');
    const file = hostile('chain.docx', `${TITLE}<w:p><w:pPr><w:pStyle w:val="s9999"/></w:pPr><w:r><w:t>considering</w:t></w:r></w:p>${ITEM('1\tan item.')}`, {
      'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${styles}</w:styles>`,
    });
    const r = redline(['parse', file, '--format', 'outline']);
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/u);
    expect(r.status).toBe(0);
  });
});
