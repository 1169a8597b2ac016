import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Resolution } from '../../src/model/resolution.js';
import { parseBytes } from '../../src/readers/read.js';

/** A resolution typed in Word the usual way: italic headings, items numbered by Word itself. */
async function wordResolution(): Promise<Uint8Array> {
  // Each block restarts its numbering with a new instance, as Word does for a new list.
  const item = (text: string, reference: string, instance = 1): Paragraph => new Paragraph({ numbering: { reference, level: 0, instance }, children: [new TextRun(text)] });
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'letters', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', alignment: AlignmentType.START }] },
        { reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.START }] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('RESOLUTION 77 (REV. DUBAI, 2018)')] }),
          new Paragraph({ children: [new TextRun('Satellite links for schools')] }),
          new Paragraph({ children: [new TextRun('The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),')] }),
          new Paragraph({ children: [new TextRun({ text: 'considering', italics: true })] }),
          item('that many schools are far from any fibre;', 'letters'),
          item('that satellite capacity has become cheaper,', 'letters'),
          new Paragraph({ children: [new TextRun({ text: 'noting with some surprise', italics: true })] }),
          item('that nothing was done,', 'letters', 2),
          new Paragraph({ children: [new TextRun({ text: 'resolves', italics: true })] }),
          item('to connect schools first;', 'numbers'),
          item('to report to the next conference.', 'numbers'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('Word documents as resolutions', () => {
  it('take labels from Word numbering and headings from italics', async () => {
    const res = parseBytes(await wordResolution(), 'typed.docx') as Resolution;
    expect(res).toMatchObject({ number: '77', revision: 'REV. DUBAI, 2018', subtitle: 'Satellite links for schools' });
    expect(res.blocks.map((b) => [b.id, b.part])).toEqual([
      ['considering', 'preamble'],
      ['noting-with-some-surprise', 'preamble'],
      ['resolves', 'operative'],
    ]);
    expect(res.blocks.flatMap((b) => b.items.map((i) => `${i.id} ${i.labelText}`))).toEqual([
      'considering/a a)',
      'considering/b b)',
      'noting-with-some-surprise/a a)',
      'resolves/1 1',
      'resolves/2 2',
    ]);
  });
});
