/**
 * @iza-regels/engine/regelset: evaluate with the rules that `@iza-regels/rules` ships prebuilt, in any
 * JavaScript runtime and without a file system. That package checked them when it was built
 * (`loadRuleSet`, then `serializeRuleSet`); here they become a RuleSet without being checked again,
 * with the version and hash of the rule files, so receipts are the same as the CLI's.
 */
import checked from '#regelset';
import { evaluateWith, type EvaluateOptions, type SummaryOptions } from './evaluate/evaluate.ts';
import type { Evaluation, SummaryEvaluation } from './output/schema.ts';
import { ruleSetFromChecked, type CheckedRuleSet } from './rules/checked.ts';
import type { RuleSet } from './rules/ruleset.ts';

// `@iza-regels/rules` types its data loosely, since it cannot depend on the engine (in the workspace
// `#regelset` is typed exactly); `ruleSetFromChecked` refuses data of another format.
const data: unknown = checked;

/** The shipped rule set. */
export const regelset: RuleSet = ruleSetFromChecked(data as CheckedRuleSet);

/** Evaluate a plan against the shipped rules. */
export function evaluate(input: unknown, options: SummaryOptions): Promise<SummaryEvaluation>;
export function evaluate(
  input: unknown,
  options?: EvaluateOptions & { readonly detail?: 'volledig' },
): Promise<Evaluation>;
export function evaluate(
  input: unknown,
  options?: EvaluateOptions,
): Promise<Evaluation | SummaryEvaluation>;
export function evaluate(
  input: unknown,
  options: EvaluateOptions = {},
): Promise<Evaluation | SummaryEvaluation> {
  return evaluateWith(regelset, input, options);
}
