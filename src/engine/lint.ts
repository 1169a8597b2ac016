/**
 * Linting a text: every rule over what the text holds, each finding with the severity the
 * configuration gives its rule (a rule set to `off` is not run).
 */
import type { Finding, LintInput, Rule, RuleId, Severity } from '../model/lint.js';
import { citationsRule } from './lint/citations.js';
import { RULES } from './lint/rules.js';

/** Every rule, in the order their findings are reported. */
export const ALL_RULES: readonly Rule[] = [...RULES, citationsRule];

export { RULE_IDS } from '../model/lint.js';

/**
 * Rules a proposal cannot follow: its excerpts hold parts of lists (`c)` alone, `resolves 4`
 * alone), and its marks are what it proposes. Its text is linted for the rest.
 */
const NOT_FOR_PROPOSALS: ReadonlySet<RuleId> = new Set(['labels', 'punctuation', 'leftover-marks']);

export function lint(input: LintInput, severities: Partial<Record<RuleId, Severity>> = {}): Finding[] {
  const out: Finding[] = [];
  for (const rule of ALL_RULES) {
    const severity = severities[rule.id] ?? rule.severity;
    if (severity === 'off' || (input.proposal && NOT_FOR_PROPOSALS.has(rule.id))) continue;
    for (const f of rule.check(input)) out.push({ ...f, severity, file: input.file });
  }
  // by line, then by rule order: the way people read a file
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
