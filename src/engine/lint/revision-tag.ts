/**
 * Lint: the enacting formula names the conference of the title's revision tag. The title's tag
 * (`RESOLUTION 179 (REV. DUBAI, 2018)`) and the formula's last bracketed place and year (`... (Dubai,
 * 2018),`) are read with the language's revision pattern; they must give the same place and year.
 * Silent when the text has no formula, no tag, or a formula without a place and year.
 */
import type { LintInput, RawFinding, Rule } from '../../model/lint.js';
import { tagParts } from '../citations.js';
import { documentViews } from './context.js';

/** Brackets of any width: `(Dubai, 2018)`, `（2018年，迪拜）`. */
const BRACKETED = /[(（]([^()（）]*)[)）]/gu;

const same = (a: string, b: string): boolean => a.normalize('NFC').replace(/\s+/gu, ' ').toLocaleLowerCase() === b.normalize('NFC').replace(/\s+/gu, ' ').toLocaleLowerCase();

export const revisionTagRule: Rule = {
  id: 'revision-tag',
  severity: 'error',
  description: "the enacting formula's place and year match the title's revision tag",
  check(input: LintInput): RawFinding[] {
    const lang = input.lang;
    const out: RawFinding[] = [];
    for (const view of documentViews(input)) {
      const { res } = view;
      if (res.formula === null || res.revision === null) continue;
      const tag = tagParts(res.revision, lang);
      if (tag.place === null || tag.year === null) continue;
      const inFormula = [...res.formula.matchAll(BRACKETED)]
        .map((m) => ({ text: m[1] ?? '', ...tagParts(m[1] ?? '', lang) }))
        .filter((t) => t.place !== null && t.year !== null)
        .at(-1);
      if (!inFormula || inFormula.place === null) continue;
      const placeDiffers = !same(inFormula.place, tag.place);
      const yearDiffers = inFormula.year !== tag.year;
      if (!placeDiffers && !yearDiffers) continue;
      const what = placeDiffers && yearDiffers ? 'place and year' : placeDiffers ? 'place' : 'year';
      out.push({
        rule: 'revision-tag',
        line: view.line('formula'),
        clause: view.reference('formula'),
        message: `the formula's ${what} "${inFormula.text.trim()}" differ${what === 'place and year' ? '' : 's'} from the title's revision tag "${res.revision}"`,
        fix: `put the title's place "${tag.place}" and year "${tag.year}" in the formula, or correct the title's tag`,
      });
    }
    return out;
  },
};
