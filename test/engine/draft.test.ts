/** Drafting: stale cross-references are warned about, never kept by a change of their own. */
import { describe, expect, it } from 'vitest';
import { applyProposal, draft, parse, readProposal, write, type Resolution } from '../../src/index.js';
import { writeText } from '../../src/writers/text.js';
import { fixtureText } from '../helpers/fixtures.js';

const DUBAI = fixtureText('res179-dubai-2018.txt');
const dubai = (): Resolution => parse(DUBAI) as Resolution;

describe('a revised text that forgot to renumber a cross-reference', () => {
  // A new resolves 1, and the items after it renumbered, but "resolves 1, 2 and 3 above" left as it was.
  const revisedText = DUBAI.replace('\n\nresolves\n\n1\t', '\n\nresolves\n\n1\tto put children first;\n\n2\t')
    .replace(/\n\n2\t(that ITU should keep)/u, '\n\n3\t$1')
    .replace(/\n\n3\t(to maintain the Council)/u, '\n\n4\t$1')
    .replace(/\n\n4\t(that ITU should work in close)/u, '\n\n5\t$1')
    .replace(/\n\n5\t(to give particular attention)/u, '\n\n6\t$1');

  it('gets no MOD of its own for the stale reference, and a warning', () => {
    const d = draft(dubai(), parse(revisedText) as Resolution);
    expect(d.proposal.changes.map((c) => `${c.op} ${c.reference}`)).toEqual(['ADD resolves 1']);
    expect(d.warnings).toEqual([expect.stringMatching(/^instructs the Secretary-General 1 keeps a stale cross-reference; applying the proposal makes it read "to implement resolves 2, 3 and 4 above/u)]);
  });

  it('applies with the reference corrected', async () => {
    const base = dubai();
    const instructions = (await write('md', { kind: 'proposal', draft: draft(base, parse(revisedText) as Resolution) })) as string;
    const text = writeText(applyProposal(base, readProposal(instructions, base, { file: 'draft.md' }).proposals).resolution);
    expect(text).toBe(revisedText.replace('to implement resolves 1, 2 and 3 above', 'to implement resolves 2, 3 and 4 above'));
  });
});

describe('a revised text that suppresses an item another still refers to, alone', () => {
  it('cannot be drafted: the reference would point at another item; the error names the revised text', () => {
    const [head = '', rest = ''] = DUBAI.split('\n\nrecalling\n\n');
    const considering = head.replace(/\n\nd\)\tthat national legal frameworks[^\n]*/u, '').replace(/\n\n([e-k])\)\t/gu, (_m, l: string) => `\n\n${String.fromCharCode(l.charCodeAt(0) - 1)})\t`);
    const revised = `${considering}\n\nrecalling\n\n${rest}`;
    expect(() => draft(dubai(), parse(revised) as Resolution, { file: 'revised.txt' })).toThrow(/^requests the ITU Council 4 refers to considering d\), which is suppressed$/u);
    try {
      draft(dubai(), parse(revised) as Resolution, { file: 'revised.txt' });
    } catch (e) {
      expect((e as { format(): string }).format()).toMatch(/^revised\.txt: SUP considering d\): requests the ITU Council 4 refers to considering d\), which is suppressed; .*rewrite requests the ITU Council 4/u);
    }
  });
});
