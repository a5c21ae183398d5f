/**
 * Which plan fields a form needs for the chosen questions: the fields the rules of those questions
 * read (their conditions, their exceptions and the start and end of their deadlines), and of those the
 * fields that can still change an answer once some facts are known.
 */
import { findFact } from '../facts/catalogue.ts';
import { planFields, type PlanField } from '../input/fields.ts';
import type { ConditionResult, ConditionState, Outcome } from '../output/schema.ts';
import type { Condition } from '../rules/schema.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import { evaluateWith } from './evaluate.ts';
import type { EvaluateOptions } from './options.ts';
import { factsOf } from './three-valued.ts';

/** The rules of these questions, with the exceptions that can overrule them. */
export function rulesFor(ruleSet: RuleSet, questionIds: readonly string[]): Set<string> {
  const ids = new Set(
    ruleSet.vragen.vragen
      .filter((question) => questionIds.includes(question.id))
      .flatMap((question) => question.regels),
  );
  for (const id of [...ids])
    for (const exception of ruleSet.regels.get(id)?.uitzonderingen ?? []) ids.add(exception);
  return ids;
}

/** Every fact the versions of these rules read. */
function factsRead(ruleSet: RuleSet, ruleIds: Iterable<string>): Set<string> {
  const facts = new Set<string>();
  for (const id of ruleIds)
    for (const version of ruleSet.regels.get(id)?.versies ?? []) {
      for (const condition of [version.vanToepassing, version.voorwaarden])
        if (condition) for (const fact of factsOf(condition)) facts.add(fact);
      if (version.termijn) facts.add(version.termijn.start).add(version.termijn.einde);
    }
  return facts;
}

/** The plan fields these facts come from, in the order of `planFields()`. */
function fieldsOf(facts: ReadonlySet<string>): PlanField[] {
  const paths = new Set([...facts].flatMap((fact) => findFact(fact)?.velden ?? []));
  return planFields().filter((field) => paths.has(field.pad));
}

/** The plan fields that the rules of these questions read, in the order of `planFields()`. */
export function fieldsFor(ruleSet: RuleSet, questionIds: readonly string[]): PlanField[] {
  return fieldsOf(factsRead(ruleSet, rulesFor(ruleSet, questionIds)));
}

/**
 * What `openFieldsOf` reads of an evaluation: whether it is valid, each rule's outcome and, in a full
 * receipt, the state of each condition (for the rule, and for each cost line).
 */
export type RuleOutcomes =
  | { readonly geldig: false }
  | {
      readonly geldig: true;
      readonly regels: readonly {
        readonly id: string;
        readonly uitkomst: Outcome;
        readonly versie?: { readonly geldigVan: string } | null;
        readonly voorwaarden?: readonly ConditionResult[];
        readonly kostenregels?: readonly { readonly voorwaarden?: readonly ConditionResult[] }[];
      }[];
    };

type States = ReadonlyMap<string, ConditionState>;

/** The state of a condition tree from the states of its leaves (by part and name); unknown if absent. */
function stateOf(condition: Condition, deel: string, states: States): ConditionState {
  if ('not' in condition) {
    const inner = stateOf(condition.not, deel, states);
    return inner === 'onbekend' ? inner : inner === 'waar' ? 'onwaar' : 'waar';
  }
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const decisive = 'all' in condition ? 'onwaar' : 'waar';
    const children = parts.map((part) => stateOf(part, deel, states));
    if (children.includes(decisive)) return decisive;
    return children.includes('onbekend') ? 'onbekend' : decisive === 'waar' ? 'onwaar' : 'waar';
  }
  return states.get(`${deel}:${condition.name}`) ?? 'onbekend';
}

/**
 * The facts that can still change a tree's state: none when it is decided; else, of each part still
 * open, its facts (in an `all` or `any` without a decisive part, every open part can decide it).
 */
function factsStillOpen(condition: Condition, deel: string, states: States): string[] {
  if (stateOf(condition, deel, states) !== 'onbekend') return [];
  if ('not' in condition) return factsStillOpen(condition.not, deel, states);
  if ('all' in condition) return condition.all.flatMap((c) => factsStillOpen(c, deel, states));
  if ('any' in condition) return condition.any.flatMap((c) => factsStillOpen(c, deel, states));
  return factsOf(condition);
}

/** The facts that can still change an undecided rule, from the condition states of its receipt. */
function openFactsOfRule(
  ruleSet: RuleSet,
  result: Extract<RuleOutcomes, { geldig: true }>['regels'][number],
): string[] {
  const versions = ruleSet.regels.get(result.id)?.versies ?? [];
  const version = versions.find((v) => v.geldigVan === result.versie?.geldigVan);
  // A summary has no condition states: every fact the rule reads stays open.
  if (!version || !result.voorwaarden) return [...factsRead(ruleSet, [result.id])];
  // A rule judged per cost line has its conditions per line.
  const lines = (result.kostenregels ?? []).map((line) => line.voorwaarden ?? []);
  const units = lines.length > 0 ? lines : [result.voorwaarden];
  const facts = version.termijn ? [version.termijn.start, version.termijn.einde] : [];
  for (const conditions of units) {
    const states = new Map(conditions.map((c) => [`${c.deel}:${c.naam}`, c.status]));
    for (const [deel, tree] of [
      ['vanToepassing', version.vanToepassing],
      ['voorwaarden', version.voorwaarden],
    ] as const)
      if (tree) facts.push(...factsStillOpen(tree, deel, states));
  }
  return facts;
}

/**
 * Of `fieldsFor`, the fields that can still change an answer, from an evaluation of the plan: those
 * read by a rule whose outcome is still `onbekend`, and of such a rule (given a full receipt) only the
 * facts of conditions that are still open. ADD-06 asks for a plan in line with the regional picture,
 * plan and IZA goals, or a national plan with impact: once the first holds, the second is not asked,
 * even while other facts of the rule are still missing. A field read only by rules that already say
 * voldoet, voldoet niet or niet van toepassing drops out. An invalid evaluation leaves every field
 * open.
 */
export function openFieldsOf(
  ruleSet: RuleSet,
  evaluation: RuleOutcomes,
  questionIds: readonly string[],
): PlanField[] {
  const rules = rulesFor(ruleSet, questionIds);
  if (!evaluation.geldig) return fieldsOf(factsRead(ruleSet, rules));
  const facts = new Set<string>();
  const judged = new Set<string>();
  for (const result of evaluation.regels) {
    if (!rules.has(result.id)) continue;
    judged.add(result.id);
    if (result.uitkomst === 'onbekend')
      for (const fact of openFactsOfRule(ruleSet, result)) facts.add(fact);
  }
  // A rule the evaluation does not list is not known to be decided.
  for (const fact of factsRead(
    ruleSet,
    [...rules].filter((id) => !judged.has(id)),
  ))
    facts.add(fact);
  return fieldsOf(facts);
}

/** `openFieldsOf` a full evaluation of this plan with these options, made here. */
export async function openFields(
  ruleSet: RuleSet,
  plan: unknown,
  options: EvaluateOptions,
  questionIds: readonly string[],
): Promise<PlanField[]> {
  const evaluation = await evaluateWith(ruleSet, plan, { ...options, detail: 'volledig' });
  return openFieldsOf(ruleSet, evaluation, questionIds);
}
