/**
 * The lint rules of the engine, in the order their findings are listed for a line. (`citations`,
 * which needs a catalogue, is added by src/engine/lint.ts.)
 */
import type { Rule } from '../../model/lint.js';
import { bracketsRule } from './brackets.js';
import { crossReferencesRule } from './cross-references.js';
import { duplicateHeadingsRule } from './duplicate-headings.js';
import { emptyItemsRule } from './empty-items.js';
import { headingsRule } from './headings.js';
import { labelsRule } from './labels.js';
import { leftoverMarksRule } from './leftover-marks.js';
import { punctuationRule } from './punctuation.js';
import { revisionTagRule } from './revision-tag.js';

export const RULES: readonly Rule[] = [
  labelsRule,
  punctuationRule,
  revisionTagRule,
  headingsRule,
  crossReferencesRule,
  bracketsRule,
  emptyItemsRule,
  duplicateHeadingsRule,
  leftoverMarksRule,
];
