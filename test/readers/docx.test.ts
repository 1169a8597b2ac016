import {
  AlignmentType,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import {
  acceptedParagraphs,
  acceptedText,
  readDocx,
  rejectedParagraphs,
  rejectedText,
  viewParagraphs,
} from '../../src/readers/docx.js';

const DATE = '2024-05-01T10:00:00Z';
const ALICE = { author: 'Alice', date: DATE };
const BOB = { author: 'Bob', date: DATE };

type Child = ISectionOptions['children'][number];

async function build(children: Child[], footnotes: Record<number, string> = {}): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'clauses',
          levels: [
            { level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: 'romans',
          levels: [{ level: 0, format: LevelFormat.LOWER_ROMAN, text: '(%1)', alignment: AlignmentType.LEFT, start: 3 }],
        },
      ],
    },
    footnotes: Object.fromEntries(
      Object.entries(footnotes).map(([id, text]) => [id, { children: [new Paragraph(text)] }]),
    ),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const M_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/math';

/** A minimal package around a hand-written body, for markup the builder does not produce. */
function rawDocx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}" xmlns:m="${M_NS}"><w:body>${body}</w:body></w:document>`,
    ),
  };
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files);
}

function editPart(bytes: Uint8Array, name: string, edit: (xml: string) => string): Uint8Array {
  const files: Zippable = { ...unzipSync(bytes) };
  const part = files[name];
  if (!(part instanceof Uint8Array)) throw new Error(`no ${name}`);
  files[name] = strToU8(edit(strFromU8(part)));
  return zipSync(files);
}

function inputError(read: () => unknown): InputError {
  try {
    read();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('readDocx: text', () => {
  it('reads paragraphs with tabs, breaks, styles and emphasis', async () => {
    const bytes = await build([
      new Paragraph({ style: 'Heading1', children: [new TextRun('RESOLUTION 1')] }),
      new Paragraph({ children: [new TextRun({ text: 'considering', italics: true })] }),
      new Paragraph({ children: [new TextRun({ text: 'resolves', bold: true }), new TextRun({ text: ' ', bold: false })] }),
      new Paragraph({ children: [new TextRun('a)\tfirst'), new TextRun({ text: 'line two', break: 1 })] }),
    ]);
    const content = readDocx(bytes, 'plain.docx');
    expect(content.paragraphs.map((p) => p.runs)).toEqual([
      [{ text: 'RESOLUTION 1', kind: 'equal' }],
      [{ text: 'considering', kind: 'equal' }],
      [{ text: 'resolves ', kind: 'equal' }],
      [{ text: 'a)\tfirst\nline two', kind: 'equal' }],
    ]);
    expect(content.paragraphs[0]).toMatchObject({ style: 'Heading1', styleName: 'Heading 1', mark: 'equal' });
    expect(content.paragraphs.map((p) => [p.italic, p.bold])).toEqual([
      [false, false],
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(content.hasRevisions).toBe(false);
    expect(content.revisions).toEqual([]);
    expect(acceptedParagraphs(content)).toEqual(rejectedParagraphs(content));
  });

  it('reads paragraphs inside tables in reading order', async () => {
    const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
    const bytes = await build([
      new Paragraph('before'),
      new Table({ rows: [new TableRow({ children: [cell('A1'), cell('B1')] }), new TableRow({ children: [cell('A2'), cell('B2')] })] }),
      new Paragraph('after'),
    ]);
    expect(acceptedParagraphs(readDocx(bytes, 'table.docx'))).toEqual(['before', 'A1', 'B1', 'A2', 'B2', 'after']);
  });
});

describe('readDocx: tracked changes', () => {
  it('reads inserted and deleted runs with their authors', async () => {
    const bytes = await build([
      new Paragraph({
        children: [
          new TextRun('to study '),
          new DeletedTextRun({ id: 1, ...BOB, text: 'the' }),
          new InsertedTextRun({ id: 2, ...ALICE, text: 'all' }),
          new TextRun(' questions'),
        ],
      }),
    ]);
    const content = readDocx(bytes, 'tracked.docx');
    const [p] = content.paragraphs;
    expect(p?.runs).toEqual([
      { text: 'to study ', kind: 'equal' },
      { text: 'the', kind: 'delete', author: 'Bob', date: DATE },
      { text: 'all', kind: 'insert', author: 'Alice', date: DATE },
      { text: ' questions', kind: 'equal' },
    ]);
    expect(p && acceptedText(p)).toBe('to study all questions');
    expect(p && rejectedText(p)).toBe('to study the questions');
    expect(content.hasRevisions).toBe(true);
    expect(content.revisions).toEqual([
      { kind: 'delete', author: 'Bob', date: DATE },
      { kind: 'insert', author: 'Alice', date: DATE },
    ]);
  });

  it('joins paragraphs whose mark is revised, in each view', async () => {
    const bytes = await build([
      new Paragraph('first'),
      // a whole paragraph inserted: its text and its mark
      new Paragraph({ run: { insertion: { id: 1, ...ALICE } }, children: [new InsertedTextRun({ id: 2, ...ALICE, text: 'added' })] }),
      new Paragraph('second'),
      // a whole paragraph deleted
      new Paragraph({ run: { deletion: { id: 3, ...BOB } }, children: [new DeletedTextRun({ id: 4, ...BOB, text: 'removed' })] }),
      // two paragraphs made one: only the mark between them is deleted
      new Paragraph({ run: { deletion: { id: 5, ...BOB } }, children: [new TextRun('joined ')] }),
      new Paragraph('together'),
      // one paragraph split in two: the new mark is inserted
      new Paragraph({ run: { insertion: { id: 6, ...ALICE } }, children: [new TextRun('split ')] }),
      new Paragraph('apart'),
    ]);
    const content = readDocx(bytes, 'marks.docx');
    expect(content.paragraphs.map((p) => p.mark)).toEqual(['equal', 'insert', 'equal', 'delete', 'delete', 'equal', 'insert', 'equal']);
    expect(acceptedParagraphs(content)).toEqual(['first', 'added', 'second', 'joined together', 'split ', 'apart']);
    expect(rejectedParagraphs(content)).toEqual(['first', 'second', 'removed', 'joined ', 'together', 'split apart']);
    expect(content.revisions.map((r) => r.kind)).toEqual(['insert', 'insert', 'delete', 'delete', 'delete', 'insert']);
  });

  it('deletes the last paragraph or appends after it through the mark before it', async () => {
    const deleted = await build([
      new Paragraph('kept'),
      new Paragraph({ run: { deletion: { id: 1, ...BOB } }, children: [new TextRun('before last')] }),
      new Paragraph({ children: [new DeletedTextRun({ id: 2, ...BOB, text: 'last' })] }),
    ]);
    const d = readDocx(deleted, 'deleted.docx');
    expect(acceptedParagraphs(d)).toEqual(['kept', 'before last']);
    expect(rejectedParagraphs(d)).toEqual(['kept', 'before last', 'last']);

    const appended = await build([
      new Paragraph('kept'),
      new Paragraph({ run: { insertion: { id: 1, ...ALICE } }, children: [new TextRun('was last')] }),
      new Paragraph({ children: [new InsertedTextRun({ id: 2, ...ALICE, text: 'appended' })] }),
    ]);
    const a = readDocx(appended, 'appended.docx');
    expect(acceptedParagraphs(a)).toEqual(['kept', 'was last', 'appended']);
    expect(rejectedParagraphs(a)).toEqual(['kept', 'was last']);
  });

  it('reads moves, drops text inserted then deleted, and skips hidden text and symbols', () => {
    const ins = (body: string): string => `<w:ins w:id="1" w:author="Alice" w:date="${DATE}">${body}</w:ins>`;
    const bytes = rawDocx(
      '<w:p>' +
        `<w:moveFrom w:id="2" w:author="Bob" w:date="${DATE}"><w:r><w:t>moved </w:t></w:r></w:moveFrom>` +
        '<w:r><w:t xml:space="preserve">ITU</w:t><w:noBreakHyphen/><w:t>T </w:t><w:sym w:font="Symbol" w:char="F0B7"/></w:r>' +
        ins(`<w:del w:id="3" w:author="Bob"><w:r><w:delText>gone </w:delText></w:r></w:del>`) +
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden </w:t></w:r>' +
        '<w:hyperlink><w:r><w:t>link </w:t></w:r></w:hyperlink>' +
        `<w:moveTo w:id="4" w:author="Bob" w:date="${DATE}"><w:r><w:t>moved</w:t></w:r></w:moveTo>` +
        '<m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath>' +
        '</w:p>',
    );
    const content = readDocx(bytes, 'raw.docx');
    const [p] = content.paragraphs;
    expect(p?.runs).toEqual([
      { text: 'moved ', kind: 'delete', author: 'Bob', date: DATE },
      { text: 'ITU-T link ', kind: 'equal' },
      { text: 'moved', kind: 'insert', author: 'Bob', date: DATE },
      { text: 'x+1', kind: 'equal' },
    ]);
    expect(content.revisions).toEqual([
      { kind: 'delete', author: 'Bob', date: DATE },
      { kind: 'insert', author: 'Alice', date: DATE },
      { kind: 'delete', author: 'Bob', date: null },
      { kind: 'insert', author: 'Bob', date: DATE },
    ]);
    expect(acceptedParagraphs(content)).toEqual(['ITU-T link movedx+1']);
    expect(rejectedParagraphs(content)).toEqual(['moved ITU-T link x+1']);
  });
});

describe('readDocx: footnotes', () => {
  it('marks references as [n] in order of first reference and lists the notes', async () => {
    const bytes = await build(
      [
        new Paragraph({ children: [new TextRun('recalling Resolution 70'), new FootnoteReferenceRun(2), new TextRun(' and')] }),
        new Paragraph({
          children: [
            new TextRun('Resolution 71'),
            new InsertedTextRun({ id: 1, ...ALICE, text: ' as revised' }),
            new FootnoteReferenceRun(1),
          ],
        }),
      ],
      { 1: 'Second note.', 2: 'First note.' },
    );
    const content = readDocx(bytes, 'notes.docx');
    expect(content.paragraphs.map((p) => p.runs)).toEqual([
      [{ text: 'recalling Resolution 70[1] and', kind: 'equal' }],
      [
        { text: 'Resolution 71', kind: 'equal' },
        { text: ' as revised', kind: 'insert', author: 'Alice', date: DATE },
        // the reference run itself is not inside w:ins
        { text: '[2]', kind: 'equal' },
      ],
    ]);
    expect(content.footnotes).toEqual([
      { id: '1', runs: [{ text: 'First note.', kind: 'equal' }] },
      { id: '2', runs: [{ text: 'Second note.', kind: 'equal' }] },
    ]);
  });

  it('uses a custom footnote mark as the marker', () => {
    const notes =
      `<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="${W_NS}">` +
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:id="5"><w:p><w:r><w:t>*</w:t></w:r><w:r><w:t xml:space="preserve"> Applies to all.</w:t></w:r></w:p></w:footnote>' +
      '</w:footnotes>';
    const bytes = rawDocx(
      '<w:p><w:r><w:t>RESOLUTION 2</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="5"/><w:t>*</w:t></w:r></w:p>',
      { 'word/footnotes.xml': notes },
    );
    const content = readDocx(bytes, 'custom.docx');
    expect(acceptedParagraphs(content)).toEqual(['RESOLUTION 2[*]']);
    expect(content.footnotes).toEqual([{ id: '*', runs: [{ text: '* Applies to all.', kind: 'equal' }] }]);
  });
});

describe('readDocx: numbering', () => {
  it('renders labels of Word numbering, levels and restarts included', async () => {
    const item = (text: string, level = 0, reference = 'clauses', instance?: number): Paragraph =>
      new Paragraph({ numbering: { reference, level, ...(instance === undefined ? {} : { instance }) }, children: [new TextRun(text)] });
    const bytes = await build([
      item('one'),
      item('sub one', 1),
      item('sub two', 1),
      item('two'),
      item('sub again', 1),
      new Paragraph('not numbered'),
      item('three'),
      item('roman', 0, 'romans'),
      item('roman next', 0, 'romans'),
      item('restarted', 0, 'clauses', 2),
    ]);
    const content = readDocx(bytes, 'numbers.docx');
    expect(content.paragraphs.map((p) => p.numberingLabel)).toEqual([
      'a)', '1.', '2.', 'b)', '1.', null, 'c)', '(iii)', '(iv)', 'a)',
    ]);
    expect(acceptedParagraphs(content).slice(0, 2)).toEqual(['a)\tone', '1.\tsub one']);
  });

  it('shares counters between lists of one definition and reads numbering from styles', () => {
    const lvl = (ilvl: number, format: string, text: string, style = ''): string =>
      `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>` +
      `${style ? `<w:pStyle w:val="${style}"/>` : ''}</w:lvl>`;
    const numbering =
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}">` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'lowerLetter', '%1)')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${lvl(0, 'upperRoman', '%1.', 'Part')}${lvl(1, 'decimal', '%1.%2', 'Section')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>' +
      '</w:numbering>';
    const style = (id: string, name: string): string =>
      `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>`;
    const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${style('Part', 'Part')}${style('Section', 'Section')}</w:styles>`;
    const p = (text: string, pPr: string): string => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const num = (id: string): string => `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr>`;
    const bytes = rawDocx(
      // as LibreOffice writes a list: the first item restarts it, the others continue it
      p('one', num('3')) +
        p('two', num('1')) +
        p('three', num('1')) +
        p('Scope', '<w:pStyle w:val="Part"/>') +
        p('Terms', '<w:pStyle w:val="Section"/>') +
        p('Abbreviations', '<w:pStyle w:val="Section"/>') +
        p('Not numbered', '<w:pStyle w:val="Section"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
        p('Clauses', '<w:pStyle w:val="Part"/>'),
      { 'word/numbering.xml': numbering, 'word/styles.xml': styles },
    );
    expect(acceptedParagraphs(readDocx(bytes, 'lists.docx'))).toEqual([
      'a)\tone',
      'b)\ttwo',
      'c)\tthree',
      'I.\tScope',
      'I.1\tTerms',
      'I.2\tAbbreviations',
      'Not numbered',
      'II.\tClauses',
    ]);
  });

  it('counts labels separately once changes are accepted or rejected', async () => {
    const item = (text: string): Paragraph =>
      new Paragraph({ numbering: { reference: 'clauses', level: 0 }, children: [new TextRun(text)] });
    const bytes = await build([
      item('first'),
      new Paragraph({
        numbering: { reference: 'clauses', level: 0 },
        run: { insertion: { id: 1, ...ALICE } },
        children: [new InsertedTextRun({ id: 2, ...ALICE, text: 'new' })],
      }),
      item('second'),
      new Paragraph({
        numbering: { reference: 'clauses', level: 0 },
        run: { deletion: { id: 3, ...BOB } },
        children: [new DeletedTextRun({ id: 4, ...BOB, text: 'old' })],
      }),
      item('third'),
    ]);
    const content = readDocx(bytes, 'renumbered.docx');
    expect(acceptedParagraphs(content)).toEqual(['a)\tfirst', 'b)\tnew', 'c)\tsecond', 'd)\tthird']);
    expect(rejectedParagraphs(content)).toEqual(['a)\tfirst', 'b)\tsecond', 'c)\told', 'd)\tthird']);
    expect(content.paragraphs.map((p) => [p.numberingLabel, p.rejectedNumberingLabel])).toEqual([
      ['a)', 'a)'],
      ['b)', null],
      ['c)', 'b)'],
      [null, 'c)'],
      ['d)', 'd)'],
    ]);
    expect(viewParagraphs(content, 'rejected').map((p) => p.sources)).toEqual([[0], [1, 2], [3], [4]]);
  });
});

describe('readDocx: ITU formatting marks', () => {
  const proposal = (): Promise<Uint8Array> =>
    build([
      new Paragraph({
        children: [
          new TextRun('to study '),
          new TextRun({ text: 'the', strike: true }),
          new TextRun({ text: 'all', underline: {} }),
          new TextRun({ text: ' questions', underline: { type: 'none' } }),
        ],
      }),
      new Paragraph({ children: [new TextRun({ text: 'a new paragraph', underline: {} })] }),
      new Paragraph({ children: [new TextRun({ text: 'an old paragraph', doubleStrike: true })] }),
      new Paragraph({
        children: [
          new TextRun('see '),
          new ExternalHyperlink({ link: 'https://www.itu.int', children: [new TextRun({ text: 'www.itu.int', style: 'Hyperlink' })] }),
        ],
      }),
    ]);

  it('reads underline as inserted and strike-through as deleted when asked', async () => {
    const content = readDocx(await proposal(), 'itu.docx', { marks: 'formatting' });
    expect(content.paragraphs[0]?.runs).toEqual([
      { text: 'to study ', kind: 'equal' },
      { text: 'the', kind: 'delete' },
      { text: 'all', kind: 'insert' },
      { text: ' questions', kind: 'equal' },
    ]);
    expect(content.paragraphs.map((p) => p.mark)).toEqual(['equal', 'insert', 'delete', 'equal']);
    // a hyperlink is underlined by its style, not marked as added
    expect(acceptedParagraphs(content)).toEqual(['to study all questions', 'a new paragraph', 'see www.itu.int']);
    expect(rejectedParagraphs(content)).toEqual(['to study the questions', 'an old paragraph', 'see www.itu.int']);
    expect(content.hasRevisions).toBe(false);
  });

  it('reads underline and strike-through as changes by default when the file has no tracked changes', async () => {
    const content = readDocx(await proposal(), 'itu.docx');
    expect(content.marking).toBe('formatting');
    expect(acceptedParagraphs(content)).toEqual(acceptedParagraphs(readDocx(await proposal(), 'itu.docx', { marks: 'formatting' })));
  });

  it('reads formatting as plain text with marks: revisions', async () => {
    const content = readDocx(await proposal(), 'itu.docx', { marks: 'revisions' });
    expect(content.marking).toBeNull();
    expect(acceptedParagraphs(content)).toEqual([
      'to study theall questions',
      'a new paragraph',
      'an old paragraph',
      'see www.itu.int',
    ]);
  });
});

describe('readDocx: bad input', () => {
  it('refuses bytes that are not a zip', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const error = inputError(() => readDocx(random, 'random.docx'));
    expect(error.message).toBe('not a Word document (not a zip archive)');
    expect(error.format()).toBe('random.docx: not a Word document (not a zip archive); save it again from Word as .docx');
  });

  it('refuses a damaged zip', async () => {
    const bytes = await build([new Paragraph('text')]);
    const error = inputError(() => readDocx(bytes.subarray(0, bytes.length - 30), 'cut.docx'));
    expect(error.message).toBe('not a Word document (zip is damaged)');
  });

  it('names an old .doc or password-protected file', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(inputError(() => readDocx(ole, 'old.doc')).message).toBe(
      'not a .docx (a Word 97-2003 .doc or a password-protected file)',
    );
  });

  it('refuses a zip without word/document.xml', () => {
    const bytes = zipSync({ 'hello.txt': strToU8('hello') });
    const error = inputError(() => readDocx(bytes, 'hello.zip'));
    expect(error.message).toBe('not a Word document (no word/document.xml)');
    expect(error.file).toBe('hello.zip');
    expect(error.line).toBeUndefined();
  });

  it('refuses a DOCTYPE', async () => {
    const bytes = editPart(await build([new Paragraph('text')]), 'word/document.xml', (xml) =>
      xml.replace('?>', '?><!DOCTYPE w:document [<!ENTITY boom "boom">]>'),
    );
    expect(inputError(() => readDocx(bytes, 'dtd.docx')).message).toBe('refused: word/document.xml contains a DOCTYPE');
  });

  it('refuses malformed XML', async () => {
    const bytes = editPart(await build([new Paragraph('text')]), 'word/document.xml', (xml) => xml.replace('</w:body>', ''));
    expect(inputError(() => readDocx(bytes, 'broken.docx')).message).toBe(
      'not a Word document (word/document.xml is not well-formed XML: ' +
        'Opening and ending tag mismatch: "w:body" != "w:document")',
    );
  });

  it('refuses a zip bomb before inflating it', async () => {
    const valid: Zippable = { ...unzipSync(await build([new Paragraph('text')])) };
    valid['word/media/zeros.bin'] = [new Uint8Array(50 * 1024 * 1024), { level: 9 }];
    const bytes = zipSync(valid);
    expect(bytes.length).toBeLessThan(200 * 1024);
    expect(inputError(() => readDocx(bytes, 'bomb.docx')).message).toMatch(
      /^refused: zip entry word\/media\/zeros\.bin would expand \d+ times \(a zip bomb\?\)$/u,
    );
  });

  it('refuses a zip that claims more than 200 MB', () => {
    const bytes = rawDocx('<w:p><w:r><w:t>text</w:t></w:r></w:p>');
    // Rewrite the uncompressed size the zip directory gives its first entry.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = bytes.length - 22;
    while (view.getUint32(at, true) !== 0x06054b50) at--;
    const directory = view.getUint32(at + 16, true);
    view.setUint32(directory + 24, 250 * 1024 * 1024, true);
    expect(inputError(() => readDocx(bytes, 'huge.docx')).message).toBe('refused: the zip would expand to more than 200 MB');
  });

  it('refuses a zip with too many entries', () => {
    const files: Zippable = {};
    for (let i = 0; i < 2001; i++) files[`word/part${i}.xml`] = strToU8('<x/>');
    expect(inputError(() => readDocx(zipSync(files), 'many.docx')).message).toBe('refused: the zip has more than 2000 entries');
  });
});
