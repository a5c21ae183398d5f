/** `iza-regels diff` and the release guard: two rule sets compared in words and outcomes. */
export {
  DEFAULT_SCENARIOS,
  diffRuleFiles,
  outcomesChange,
  type DiffOptions,
  type DiffResult,
  type RuleDiff,
} from './diff.ts';
export type { CaseChange } from './cases.ts';
export type { Example, OutcomeChange } from './scenarios.ts';
export type { WordChange } from './words.ts';
export { LEVELS, isLevel, laterLevel, levelRank, type Level } from './level.ts';
export { candidates, factSets, seededRandom, type FactValue } from './fact-sets.ts';
