/**
 * The secretariat's merge: status and attribution per clause on four regional groups'
 * contributions, independence from the order they are given in, and, as properties, merging
 * one proposal gives the text applying it gives, and proposals on disjoint clauses merge into
 * the text of applying them in any order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyProposals } from '../../src/engine/apply.js';
import { deriveProposal } from '../../src/engine/derive.js';
import { merge } from '../../src/engine/merge.js';
import { english } from '../../src/languages/registry.js';
import { mergeInputs } from '../../src/library.js';
import type { Merge, MergedClause } from '../../src/model/merge.js';
import type { Proposal } from '../../src/model/proposal.js';
import type { RedlineParagraph } from '../../src/model/redline.js';
import type { Resolution } from '../../src/model/resolution.js';
import { readInput } from '../../src/readers/input.js';
import { parseText } from '../../src/readers/read.js';
import { writeText } from '../../src/writers/text.js';
import { applyEdits, edit, outlineOf, outlineText, withoutCrossReferences } from '../helpers/edits.js';
import { fixture, fixtureText } from '../helpers/fixtures.js';
import { instructionsOf } from '../helpers/proposals.js';

const en = english();
const BASE = 'res179-dubai-2018.txt';
const GROUPS = ['merge/apt.md', 'merge/cept.md', 'merge/citel.txt', 'merge/rcc.md'];
const mergeOf = (files: readonly string[]): Merge => mergeInputs(readInput(fixture(BASE)), files.map((f) => readInput(fixture(f)))).merge;
const touched = (m: Merge): MergedClause[] => (m.documents[0]?.clauses ?? []).filter((c) => c.proposals.length > 0);
const line = (c: MergedClause): string => `${c.status} ${c.reference}: ${c.proposals.map((p) => `${p.op} ${p.number}`).join(', ')}`;
const draftText = (m: Merge): string => writeText(m.documents[0]?.draft as Resolution);
const paragraph = (m: Merge, text: string): RedlineParagraph => {
  const p = m.documents[0]?.redline.paragraphs.find((x) => x.text.some((s) => s.text.includes(text)));
  if (!p) throw new Error(`no paragraph with "${text}"`);
  return p;
};
/** The author of the change that holds `text`, in the paragraph that holds `anchor` (by default the text itself). */
const authorOf = (m: Merge, text: string, anchor = text): string | undefined => paragraph(m, anchor).text.find((s) => s.op !== 'equal' && s.text.includes(text))?.author;

describe('four regional groups on Resolution 179', () => {
  const m = mergeOf(GROUPS);

  it('gives each clause its status and its proposals, in provision order', () => {
    expect(touched(m).map(line)).toEqual([
      'agreed title: MOD EUR/25/1',
      'agreed formula: MOD EUR/25/1',
      'conflict recognizing f): ADD ACP/31/2, ADD IAP/40/2',
      'compatible considering c): MOD IAP/40/1, MOD RCC/14/1',
      'agreed noting: ADD RCC/14/3',
      'agreed resolves 2: MOD ACP/31/1, MOD EUR/25/1',
      'conflict resolves 3: NOC ACP/31/3, MOD EUR/25/1',
      'agreed resolves 5: MOD IAP/40/3',
      'agreed instructs the Director of the Telecommunication Development Bureau 2: MOD RCC/14/4',
      'agreed invites Member States 5: MOD RCC/14/5',
      'conflict invites Sector Members 4: MOD EUR/25/1, SUP RCC/14/2',
    ]);
    expect(m.conflicts).toBe(3);
    const all = m.documents[0]?.clauses ?? [];
    expect(all.filter((c) => c.status === 'unchanged' && c.proposals.length === 0).length).toBe(all.length - 11);
  });

  it('names proposers by the group of their numbers, with their sources, dates and reasons', () => {
    expect(m.proposers.map((p) => [p.proposer, p.changes, p.agreed, p.compatible, p.conflict, p.noc])).toEqual([
      ['ACP', 2, 1, 0, 2, 1],
      ['EUR', 5, 3, 0, 2, 0],
      ['IAP', 3, 1, 1, 1, 0],
      ['RCC', 5, 3, 1, 1, 0],
    ]);
    expect(m.proposers[0]?.name).toBe('APT');
    const c = touched(m).find((x) => x.id === 'considering/c') as MergedClause;
    expect(c.proposals.map((p) => [p.proposer, p.date, p.reasons?.slice(0, 20)])).toEqual([
      ['IAP', '2022-08-01', 'In several legal sys'],
      ['RCC', '2022-06-15', 'The word "encounter"'],
    ]);
  });

  it('orders the alternatives of a conflict for consideration: SUP first, then the furthest from the base; NOC last', () => {
    const order = (id: string): string[] => (touched(m).find((c) => c.id === id)?.order ?? []).map((a) => `${a.op} ${a.numbers.join(' ')}`);
    expect(order('invites-sector-members/4')).toEqual(['SUP RCC/14/2', 'MOD EUR/25/1']);
    expect(order('resolves/3')).toEqual(['MOD EUR/25/1', 'NOC ACP/31/3']);
    expect(touched(m).find((c) => c.id === 'considering/c')?.order).toBeUndefined();
  });

  it('drafts agreed and compatible changes once, and conflicts as tagged alternatives in brackets', () => {
    const text = draftText(m);
    expect(text).toContain('RESOLUTION 179 (REV. BUCHAREST, 2022)');
    expect(text).toContain('c)\tthat many parents, legal guardians and educators lack the knowledge and the tools they need to guide children safely through the risks they may encounter online;');
    expect(text.match(/under regular review, taking account of technological developments, including artificial intelligence,/gu)).toHaveLength(1);
    expect(text).toContain('4\t[SUP (RCC)] [to cooperate closely with law enforcement authorities and with hotlines in detecting and removing material that depicts the abuse of children; (EUR)]');
    expect(text).toMatch(/\n3\t\[to maintain .* civil society organizations and young people to its consultations; \(EUR\)\] \[to maintain .* outside experts and young people to its consultations; \(ACP\)\]\n/u);
    expect(text).toMatch(/\nf\)\t\[that emerging technologies .* \(ACP\)\] \[that the protection of children online .* \(IAP\)\]\n/u);
    expect(text).toMatch(/taking into account\n[\s\S]*\nnoting\n\na\)\tthat children now own connected devices/u);
  });

  it('credits every change of the draft to its proposers', () => {
    expect(authorOf(m, 'legal guardians')).toBe('IAP');
    expect(authorOf(m, 'encounter', 'legal guardians')).toBe('RCC');
    expect(authorOf(m, 'regular ', 'including artificial intelligence')).toBe('ACP, EUR');
    expect(authorOf(m, '[SUP (RCC)]')).toBe('RCC');
    expect(authorOf(m, 'detecting and removing')).toBe('EUR');
    expect(authorOf(m, 'BUCHAREST')).toBe('EUR');
    const added = paragraph(m, 'that emerging technologies');
    expect([added.mark, added.author, added.text.map((s) => s.author)]).toEqual(['insert', 'ACP, IAP', ['ACP', 'IAP']]);
    expect(paragraph(m, 'that children now own connected devices').author).toBe('RCC');
    // an explicit NOC keeps the base text in its brackets: nothing of it is deleted
    const kept = paragraph(m, 'civil society organizations');
    expect(kept.text.filter((s) => s.op === 'delete')).toEqual([]);
    const unattributed = (m.documents[0]?.redline.paragraphs ?? []).flatMap((p) => [...p.label, ...p.text]).filter((s) => s.op !== 'equal' && !s.author);
    expect(unattributed).toEqual([]);
  });

  it('does not depend on the order of the proposals, except for the columns', () => {
    const canonical = (x: Merge): unknown => ({
      clauses: touched(x).map((c) => ({ ...c, proposals: [...c.proposals].sort((a, b) => a.number.localeCompare(b.number)) })),
      proposers: [...x.proposers].sort((a, b) => a.proposer.localeCompare(b.proposer)),
      redline: x.documents[0]?.redline,
      draft: draftText(x),
    });
    const reference = canonical(m);
    for (const order of [[3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]) {
      const other = mergeOf(order.map((k) => GROUPS[k] as string));
      expect(other.proposers.map((p) => p.proposer)).toEqual(order.map((k) => ['ACP', 'EUR', 'IAP', 'RCC'][k]));
      expect(canonical(other)).toEqual(reference);
    }
  });

  it('reads the RCC contribution the same from Markdown and from plain text', () => {
    const strip = (x: Merge): unknown => touched(x).map((c) => ({ ...c, proposals: c.proposals.map(({ source: _s, ...p }) => p) }));
    expect(strip(mergeOf(['merge/rcc.txt', 'merge/citel.txt']))).toEqual(strip(mergeOf(['merge/rcc.md', 'merge/citel.txt'])));
  });

  it('gives a proposal without a number one from its document', () => {
    const base = parseText(fixtureText(BASE), 'base.txt') as Resolution;
    const p = instructionsOf('---\nproposer: Kenya\n---\nMOD resolves 1\n\n1\tto continue the initiative;\n', 'kenya.md');
    const clause = touched(merge([{ base, proposals: [p], lang: en }]).merge).find((c) => c.id === 'resolves/1');
    expect(clause?.proposals.map((x) => [x.proposer, x.number])).toEqual([['Kenya', 'kenya/1']]);
  });
});

describe('conflicts beyond one clause', () => {
  const base = (): Resolution => parseText(fixtureText(BASE), 'base.txt') as Resolution;
  const by = (name: string, body: string, front = ''): Proposal => instructionsOf(`---\nproposer: ${name}\nreference: ${name}/1/1\n${front}---\n${body}`, `${name}.md`);

  it('two revision tags are alternatives in the title, each with its proposer', () => {
    const m = merge([{ base: base(), proposals: [by('AAA', 'NOC resolves 1\n', 'revision: Rev. Bucharest, 2022\n'), by('BBB', 'NOC resolves 1\n', 'revision: Rev. Doha, 2026\n')], lang: en }]).merge;
    expect(touched(m).map(line)).toEqual(['conflict revision: MOD AAA/1/1, MOD BBB/1/1', 'unchanged resolves 1: NOC AAA/1/1, NOC BBB/1/1']);
    expect(m.documents[0]?.draft.title).toBe('RESOLUTION 179 ([REV. BUCHAREST, 2022 (AAA)] [REV. DOHA, 2026 (BBB)])');
  });

  it('a MOD inside a block another proposal suppresses: both in conflict, nothing suppressed in the draft', () => {
    const m = merge([{ base: base(), proposals: [by('AAA', 'SUP invites Sector Members\n'), by('BBB', 'MOD invites Sector Members 2\n\n2\tto provide simple tools;\n')], lang: en }]).merge;
    expect(touched(m).map(line)).toEqual(['conflict invites Sector Members: SUP AAA/1/1', 'conflict invites Sector Members 2: MOD BBB/1/1']);
    const text = draftText(m);
    expect(text).toContain('\n[SUP (AAA)] [invites Sector Members (BBB)]\n');
    expect(text).toContain('\n2\t[SUP (AAA)] [to provide simple tools; (BBB)]\n');
    expect(text).toContain('to offer parents and carers clear information');
  });

  it('an alternative that gives sub-items keeps them in its brackets', () => {
    const sub = 'MOD instructs the Secretary-General 3\n\n3\tto report each year on:\n\ni)\tthe progress made;\n\nii)\tthe funds used;\n';
    const m = merge([{ base: base(), proposals: [by('AAA', sub), by('BBB', 'SUP instructs the Secretary-General 3\n')], lang: en }]).merge;
    expect(draftText(m)).toMatch(/\[to report each year on:\n+i\)\tthe progress made;\n+ii\)\tthe funds used; \(AAA\)\]/u);
  });
});

describe('merge and apply agree', () => {
  const base = parseText(fixtureText(BASE), 'base.txt') as Resolution;
  const outline = withoutCrossReferences(outlineOf(base));
  const baseText = outlineText(outline);
  const meta = { proposer: 'P', reference: null, date: null, base: null, form: 'instructions' as const, file: 'p' };

  it('merging one proposal gives the text of applying it', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        const a = parseText(baseText, 'base.txt') as Resolution;
        const b = parseText(outlineText(applyEdits(outline, edits).outline), 'revised.txt') as Resolution;
        const proposal = deriveProposal(a, b, meta, en);
        const merged = merge([{ base: a, proposals: [proposal], lang: en }]).merge;
        expect(writeText(merged.documents[0]?.draft as Resolution)).toBe(writeText(applyProposals(a, [proposal], en).resolution));
        expect(merged.conflicts).toBe(0);
      }),
      { numRuns: 80 },
    );
  });

  it('merging proposals on disjoint clauses gives the text of applying them, in any order', () => {
    const a = parseText(baseText, 'base.txt') as Resolution;
    const items = (a.blocks.flatMap((b) => b.items.map((it) => ({ heading: b.heading, label: it.labelText, text: it.text, last: it === b.items.at(-1) }))));
    const pick = fc.uniqueArray(fc.integer({ min: 0, max: items.length - 1 }), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(pick, fc.array(fc.constantFrom('MOD', 'SUP', 'ADD'), { minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 1000 }), (chosen, ops, seed) => {
        // one list per proposal for ADD and SUP, so no two proposals re-letter the same list
        const lists = new Set<string>();
        const proposals: Proposal[] = chosen.flatMap((k, n) => {
          const it = items[k] as (typeof items)[number];
          let op = ops[n] as string;
          if (op !== 'MOD' && (lists.has(it.heading) || it.last)) op = 'MOD';
          if (op !== 'MOD') lists.add(it.heading);
          const body =
            op === 'MOD' ? `MOD ${it.heading} ${it.label}\n\n${it.label}\t${it.text.replace(/^(\S+)/u, `$1 newly${n}`)}\n`
            : op === 'SUP' ? `SUP ${it.heading} ${it.label}\n`
            : `ADD ${it.heading} ${it.label}\n\n${it.label}\tthat a new provision number ${n} comes first;\n`;
          return [instructionsOf(`---\nproposer: G${n}\nreference: G${n}/1/1\n---\n${body}`, `g${n}.md`)];
        });
        const merged = merge([{ base: a, proposals, lang: en }]).merge;
        expect(merged.conflicts).toBe(0);
        const shuffled = [...proposals].sort((x, y) => ((x.file.charCodeAt(1) * seed) % 7) - ((y.file.charCodeAt(1) * seed) % 7));
        expect(writeText(merged.documents[0]?.draft as Resolution)).toBe(writeText(applyProposals(a, shuffled, en).resolution));
      }),
      { numRuns: 60 },
    );
  });
});
