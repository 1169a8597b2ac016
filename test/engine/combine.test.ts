/**
 * Several proposals on one base: conflicts found before anything is applied, identical changes
 * counted once, changes to different words of one clause combined.
 */
import { describe, expect, it } from 'vitest';
import { ConflictError, applyProposal, describeConflict, parse, readProposal, type Proposal, type Resolution } from '../../src/index.js';
import { mergeWords } from '../../src/engine/merge3.js';
import { writeText } from '../../src/writers/text.js';
import { fixtureText } from '../helpers/fixtures.js';

const dubai = (): Resolution => parse(fixtureText('res179-dubai-2018.txt')) as Resolution;
const C = 'that many parents, carers and educators lack the knowledge and the tools they need to guide children safely through the risks they may meet online;';
const proposal = (base: Resolution, file: string, body: string, proposer = file): Proposal => {
  const [p] = readProposal(`---\nproposer: ${proposer}\n---\n${body}`, base, { file }).proposals;
  if (!p) throw new Error('no proposal');
  return p;
};
const mod = (base: Resolution, file: string, text: string): Proposal => proposal(base, file, `MOD considering c)\n\nc)\t${text}\n`);
const conflictsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (e) {
    if (e instanceof ConflictError) return e.conflicts.map(describeConflict);
    throw e;
  }
  return [];
};

describe('three-way word merge', () => {
  it('combines changes to different words', () => {
    expect(mergeWords('the quick brown fox', 'the slow brown fox', 'the quick brown dog')).toBe('the slow brown dog');
    expect(mergeWords('a b c', 'a b c d', 'x a b c')).toBe('x a b c d');
  });
  it('refuses changes to the same words, or insertions at the same place, that differ', () => {
    expect(mergeWords('the quick brown fox', 'the slow brown fox', 'the fast brown fox')).toBeNull();
    expect(mergeWords('a c', 'a b c', 'a d c')).toBeNull();
  });
  it('takes an identical change once', () => {
    expect(mergeWords('the quick fox', 'the slow fox', 'the slow fox')).toBe('the slow fox');
  });
});

describe('conflicts between proposals', () => {
  it('two changes to different words of one clause combine', () => {
    const base = dubai();
    const a = mod(base, 'a.md', C.replace('carers and educators', 'carers and teachers'));
    const b = mod(base, 'b.md', C.replace('the tools', 'the practical tools'));
    const applied = applyProposal(base, [a, b]);
    expect(writeText(applied.resolution)).toContain(`c)\t${C.replace('carers and educators', 'carers and teachers').replace('the tools', 'the practical tools')}`);
    expect(applied.combined).toEqual(['considering c): the changes by a.md:4 and b.md:4 touch different words, combined']);
  });

  it('the same change, one writing the label as the base does and one leaving it out, is applied once', () => {
    const base = dubai();
    const text = C.replace('educators', 'teachers');
    const labelled = mod(base, 'a.md', text);
    const bare = proposal(base, 'b.md', `MOD considering c)\n\n${text}\n`);
    expect(labelled.changes[0]?.labelText).toBe('c)');
    expect(bare.changes[0]?.labelText).toBeUndefined();
    expect(applyProposal(base, [labelled, bare]).combined).toEqual(['considering c): the same change by a.md:4 and b.md:4, applied once']);
  });

  it('two changes to the same words differ: a conflict, nothing applied; --order lets the later one win', () => {
    const base = dubai();
    const a = mod(base, 'a.md', C.replace('educators', 'teachers'));
    const b = mod(base, 'b.md', C.replace('educators', 'social workers'));
    expect(conflictsOf(() => applyProposal(base, [a, b]))).toEqual(['considering c): a.md:4 and b.md:4: change the same words differently']);
    expect(writeText(applyProposal(base, [a, b], { order: true }).resolution)).toContain('carers and social workers lack');
  });

  it('MOD against SUP of one clause', () => {
    const base = dubai();
    const a = mod(base, 'a.md', C.replace('educators', 'teachers'));
    const b = proposal(base, 'b.md', 'SUP considering c)\n');
    expect(conflictsOf(() => applyProposal(base, [a, b]))).toEqual(['considering c): a.md:4 and b.md:4: one modifies it, the other suppresses it']);
  });

  it('two different ADDs at one place; the same ADD by two proposers counts once', () => {
    const base = dubai();
    const a = proposal(base, 'a.md', 'ADD considering c)\n\nc)\tthat schools matter;\n');
    const b = proposal(base, 'b.md', 'ADD considering c)\n\nc)\tthat libraries matter;\n');
    const same = proposal(base, 'c.md', 'ADD considering c)\n\nc)\tthat schools matter;\n');
    expect(conflictsOf(() => applyProposal(base, [a, b]))).toEqual(['considering c): a.md:4 and b.md:4: add different provisions at the same place']);
    const once = writeText(applyProposal(base, [a, same]).resolution);
    expect(once.match(/that schools matter;/gu)).toHaveLength(1);
  });

  it('the same proposal twice', () => {
    const base = dubai();
    const a = proposal(base, 'a.md', 'ADD considering c)\n\nc)\tthat schools matter;\n');
    expect(conflictsOf(() => applyProposal(base, [a, a]))).toEqual(['a.md and a.md: are the same proposal']);
    expect(writeText(applyProposal(base, [a, a], { order: true }).resolution).match(/that schools matter;/gu)).toHaveLength(1);
  });

  it('two different revision tags', () => {
    const base = dubai();
    const a = { ...proposal(base, 'a.md', 'NOC title\n'), revision: 'Rev. Bucharest, 2022' };
    const b = { ...proposal(base, 'b.md', 'NOC title\n'), revision: 'Rev. Doha, 2026' };
    expect(conflictsOf(() => applyProposal(base, [a, b]))).toEqual(['revision: a.md and b.md: give different revision tags']);
  });
});
