/**
 * @iza-regels/engine: the public API. Isomorphic (Node and browsers); file access lives in `./node`.
 */
export { evaluateWith, type SummaryOptions } from './evaluate/evaluate.ts';
export {
  checkOptions,
  type EvaluateOptions,
  type CheckedOptions,
  type OptionsCheck,
  type Detail,
} from './evaluate/options.ts';
export { loadRuleSet, isOutsideRuleSet, type LoadResult } from './rules/load.ts';
export type { RuleSet, RuleSourceFile } from './rules/ruleset.ts';
export { serializeRuleSet, ruleSetFromChecked, type CheckedRuleSet } from './rules/checked.ts';
export { formatIssue, type Issue } from './rules/issues.ts';
export { PlanSchema, type Plan, type PlanInput } from './input/schema.ts';
export {
  planFields,
  planField,
  type PlanField,
  type PlanChoice,
  type FieldType,
  type FieldScope,
} from './input/fields.ts';
export { fieldsFor, openFields, openFieldsOf, type RuleOutcomes } from './evaluate/fields.ts';
export {
  EvaluationSchema,
  ReceiptSchema,
  ReceiptSummarySchema,
  InvalidInputSchema,
  RECEIPT_SCHEMA_VERSION,
  type Evaluation,
  type Receipt,
  type ReceiptSummary,
  type RuleSummary,
  type SummaryEvaluation,
  type InvalidInput,
  type Outcome,
  type RuleResult,
  type ConditionResult,
  type Reading,
  type QuestionResult,
  type Deadline,
  type MoneyResult,
  type Planning,
  type ConditionState,
} from './output/schema.ts';
export {
  RuleFileSchema,
  ParameterFileSchema,
  VariantFileSchema,
  HolidayTableSchema,
  QuestionsFileSchema,
  SourcesFileSchema,
  type RuleFile,
  type LeafCondition,
  type Citation,
  type Certainty,
  type HolidayTable,
  type Text,
} from './rules/schema.ts';
export { CaseFileSchema, type CaseFile, type WorkedCase } from './rules/cases.ts';
export { caseMismatches, type Mismatch } from './rules/case-mismatches.ts';
export {
  conformance,
  conformanceCases,
  goldenPath,
  CONFORMANCE_FOLDER,
  GOLDEN_RULE_SET_FILE,
  type ConformanceCase,
  type ConformanceEvaluate,
  type ConformanceReport,
  type CaseConformance,
  type Golden,
} from './rules/conformance.ts';
export {
  coverage,
  type Coverage,
  type ClauseCoverage,
  type RuleCoverage,
} from './rules/coverage.ts';
export { deadlines, type DeadlinesInput, type DeadlinesResult } from './evaluate/termijnen.ts';
export { verifyReceipt, type Verification } from './evaluate/verify.ts';
export { OUTCOME_LABEL } from './explain/outcomes.ts';
export {
  LABELS,
  daysText,
  deadlineStatusText,
  type DeadlineStatus,
  type ShiftReason,
} from './explain/labels.ts';
export { DEADLINE_OUTCOME } from './evaluate/deadlines.ts';
export {
  FIXED_DATE_LABEL,
  compareWithFixedDates,
  dayText,
  fixedDates,
  holidayOn,
  judgePlanning,
  type FixedDate,
  type PlanningJudgement,
} from './evaluate/deadline-words.ts';
export { answerWords, type AnswerWords, type Reason } from './evaluate/answer-words.ts';
export { durationText, formatDate, formatMoney } from './explain/render.ts';
export {
  availablePlaceholders,
  DEADLINE_PLACEHOLDERS,
  EXPLANATION_KEYS,
  type ExplanationKey,
} from './explain/placeholders.ts';
export { FACTS, type FactDefinition } from './facts/catalogue.ts';
export { SCHEMA_NAMES, type SchemaName } from './json-schemas.ts';
