/**
 * Which plan fields a form needs for the chosen questions: the fields the rules of those questions
 * read (their conditions, their exceptions and the start and end of their deadlines), and of those the
 * fields that can still change an answer once some facts are known.
 */
import { findFact } from '../facts/catalogue.ts';
import { planFields, type PlanField } from '../input/fields.ts';
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
 * Of `fieldsFor`, the fields that can still change an answer for this plan: those read by a rule
 * whose outcome is still `onbekend`. A field read only by rules that already say voldoet, voldoet
 * niet or niet van toepassing drops out. An invalid plan or invalid options leave every field open.
 */
export async function openFields(
  ruleSet: RuleSet,
  plan: unknown,
  options: EvaluateOptions,
  questionIds: readonly string[],
): Promise<PlanField[]> {
  const rules = rulesFor(ruleSet, questionIds);
  const evaluation = await evaluateWith(ruleSet, plan, { ...options, detail: 'samenvatting' });
  if (!evaluation.geldig) return fieldsOf(factsRead(ruleSet, rules));
  const decided = new Set(
    evaluation.regels.filter((rule) => rule.uitkomst !== 'onbekend').map((rule) => rule.id),
  );
  return fieldsOf(
    factsRead(
      ruleSet,
      [...rules].filter((id) => !decided.has(id)),
    ),
  );
}
