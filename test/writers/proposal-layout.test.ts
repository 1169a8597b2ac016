import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyProposals } from '../../src/engine/apply.js';
import { compareResolutions } from '../../src/engine/compare.js';
import { proposalAgainst } from '../../src/engine/proposal.js';
import { english } from '../../src/languages/registry.js';
import type { Resolution } from '../../src/model/resolution.js';
import { readDocument } from '../../src/readers/document.js';
import { readProposalDocument } from '../../src/readers/proposal.js';
import { parseFile, parseText } from '../../src/readers/read.js';
import { writeDocx } from '../../src/writers/docx.js';
import { proposalLayout } from '../../src/writers/proposal-layout.js';
import { writeText } from '../../src/writers/text.js';
import { applyEdits, edit, outlineOf, outlineText, withoutCrossReferences } from '../helpers/edits.js';
import { fixture } from '../helpers/fixtures.js';

const en = english();

async function roundTrip(base: Resolution, revised: Resolution, marks: 'revisions' | 'formatting'): Promise<string> {
  const { redline } = compareResolutions(base, revised, { author: 'Delegation', date: '2026-01-01T00:00:00Z' });
  const doc = proposalLayout(redline, { proposer: 'Delegation', reference: 'DEL/1/1', date: '2026-01-01' }, en);
  const bytes = await writeDocx(doc, { marks });
  const [source] = readProposalDocument(readDocument({ file: 'p.docx', bytes }, { marks }));
  if (!source || source.form === 'instructions') throw new Error('a Word draft is a marked-up text');
  // A draft that changes nothing has no marks: it reads as a clean revised text.
  const marked = writeText(base) !== writeText(revised);
  expect(source.form).toBe(marked ? 'markup' : 'revised');
  if (marks === 'revisions' && marked) expect(source.meta.proposer).toBe('Delegation');
  const { proposal } = proposalAgainst(source, base, en);
  return writeText(applyProposals(base, proposal ? [proposal] : [], en).resolution);
}

describe('a drafted Word proposal', () => {
  const base = parseFile(fixture('res179-dubai-2018.txt')) as Resolution;
  const outline = withoutCrossReferences(outlineOf(base));
  it.each(['revisions', 'formatting'] as const)('apply(draft(base, revised).docx) = revised for random edit scripts (%s)', async (marks) => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 5 }), async (edits) => {
        const a = parseText(outlineText(outline), 'base.txt') as Resolution;
        const b = parseText(outlineText(applyEdits(outline, edits).outline), 'revised.txt') as Resolution;
        expect(await roundTrip(a, b, marks)).toBe(writeText(b));
      }),
      { numRuns: 30 },
    );
  });

  it('lays out the cover, MOD with the number, ADD before a new block, and one Reasons after the resolution', () => {
    const a = parseFile(fixture('pairs/block-added/base.txt')) as Resolution;
    const b = parseFile(fixture('pairs/block-added/revised.txt')) as Resolution;
    const { redline } = compareResolutions(a, b);
    const cover = { proposer: 'P', reference: 'P/1/1', date: '2026-01-01', meeting: 'Council Working Group', document: 'CWG-1/2-E', original: 'English', title: 'Proposals on revision of Resolution 900 (Rev. Dubai, 2018)' };
    const laid = proposalLayout(redline, cover, en).paragraphs;
    const furniture = laid.filter((p) => p.role === 'note' || p.role === 'reasons').map((p) => [...p.label, ...p.text].map((s) => s.text).join(' '));
    expect(furniture).toEqual([
      'Council Working Group',
      'Document CWG-1/2-E',
      '2026-01-01',
      'Original: English',
      'P',
      'Proposals on revision of Resolution 900 (Rev. Dubai, 2018)',
      'MOD\tP/1/1',
      'ADD',
      'Reasons: [to be completed by the proposer]',
    ]);
    expect(laid.at(-1)?.role).toBe('reasons');
  });

  it('marks a block or an item suppressed whole with SUP, but not an item of a suppressed block', () => {
    const a = parseFile(fixture('pairs/block-removed/base.txt')) as Resolution;
    const b = parseFile(fixture('pairs/block-removed/revised.txt')) as Resolution;
    const laid = proposalLayout(compareResolutions(a, b).redline, {}, en).paragraphs;
    expect(laid.filter((p) => p.role === 'note' && p.text[0]?.text === 'SUP').map((p) => p.id)).toEqual(['recalling/sup']);
    const c = parseFile(fixture('pairs/delete/base.txt')) as Resolution;
    const d = parseFile(fixture('pairs/delete/revised.txt')) as Resolution;
    expect(proposalLayout(compareResolutions(c, d).redline, {}, en).paragraphs.filter((p) => p.role === 'note' && p.text[0]?.text === 'SUP').map((p) => p.id)).toEqual(['considering/b/sup']);
  });
});
