/**
 * Proposals are read through the same way in as every text: a Word proposal keeps the heading
 * styles and italics that `parse` uses, so both read the same clauses.
 */
import { describe, expect, it } from 'vitest';
import { applyProposal, draft, parse, readProposal, write } from '../../src/index.js';
import type { RedlineDocument, RedlineParagraph, Segment } from '../../src/model/redline.js';
import type { Resolution } from '../../src/model/resolution.js';
import { writeDocx } from '../../src/writers/docx.js';
import { writeText } from '../../src/writers/text.js';

const eq = (text: string): Segment => ({ op: 'equal', text });
const p = (role: RedlineParagraph['role'], id: string, label: string, text: Segment[]): RedlineParagraph => ({ role, id, depth: 0, label: label ? [eq(label)] : [], text, mark: null });

/** A Word proposal whose block heading is not in the table, in the Call style, over an unlabelled paragraph. */
async function wordProposal(): Promise<Uint8Array> {
  const doc: RedlineDocument = {
    lang: 'en',
    author: 'Test Delegation',
    date: '2026-01-01T00:00:00Z',
    footnotes: [],
    paragraphs: [
      p('title', 'title', '', [eq('RESOLUTION 900 (REV. DUBAI, 2018)')]),
      p('subtitle', 'subtitle', '', [eq('Connectivity for remote communities')]),
      p('formula', 'formula', '', [eq('The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),')]),
      p('heading', 'considering', '', [eq('considering')]),
      p('item', 'considering/a', 'a)', [eq('that satellites can reach remote villages;')]),
      p('item', 'considering/b', 'b)', [eq('that costs are falling,')]),
      p('heading', 'noting-with-deep-concern', '', [eq('noting with deep concern')]),
      p('item', 'noting-with-deep-concern/p1', '', [eq('that '), { op: 'insert', text: 'many ' }, eq('schools remain unconnected,')]),
      p('heading', 'resolves', '', [eq('resolves')]),
      p('item', 'resolves/1', '1', [eq('to act.')]),
    ],
  };
  return writeDocx(doc);
}

describe('a Word proposal', () => {
  it('keeps its heading styles: an unknown heading over an unlabelled paragraph is a block of its own', async () => {
    const bytes = await wordProposal();
    const parsed = parse(bytes, { file: 'proposal.docx' }) as Resolution;
    expect(parsed.blocks.map((b) => b.id)).toEqual(['considering', 'noting-with-deep-concern', 'resolves']);
    expect(parsed.blocks[1]?.items.map((i) => [i.id, i.text])).toEqual([['noting-with-deep-concern/p1', 'that many schools remain unconnected,']]);
  });

  it('parses the same through parse and through apply', async () => {
    const bytes = await wordProposal();
    const base = parse(bytes, { file: 'proposal.docx', view: 'rejected' }) as Resolution;
    const { proposals: [proposal], refused } = readProposal(bytes, base, { file: 'proposal.docx' });
    if (!proposal) throw new Error('no proposal');
    expect(refused).toEqual([]);
    expect(proposal).toMatchObject({ form: 'markup', proposer: 'Test Delegation' });
    expect(proposal.changes.map((c) => `${c.op} ${c.reference}`)).toEqual(['MOD noting with deep concern ¶1']);
    expect(writeText(applyProposal(base, proposal).resolution)).toBe(writeText(parse(bytes, { file: 'proposal.docx' })));
  });

  it('names an unlabelled paragraph by its place (¶1) when drafted as instructions, and applies back', async () => {
    const bytes = await wordProposal();
    const base = parse(bytes, { file: 'proposal.docx', view: 'rejected' }) as Resolution;
    const revised = parse(bytes, { file: 'proposal.docx' }) as Resolution;
    const instructions = (await write('md', { kind: 'proposal', draft: draft(base, revised) })) as string;
    expect(instructions).toContain('MOD noting with deep concern ¶1\n\nthat many schools remain unconnected,');
    const { proposals } = readProposal(instructions, base, { file: 'proposal.md' });
    expect(writeText(applyProposal(base, proposals).resolution)).toBe(writeText(revised));
  });
});
