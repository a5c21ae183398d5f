/**
 * `evaluate`: a plan, a peildatum and variants in; a receipt out. Total by design: invalid input or
 * options come back as a list of problems, never as an exception and never as a `voldoet`.
 *
 * The phases, each a function from values to values and each computed once: validate → facts (units)
 * → plan rules, cost lines and deadlines (verdicts) → questions → money → receipt. Other readings run
 * the same phases up to the money and are compared on their outcomes; only the chosen reading gets
 * words.
 */
import { structuralMoney } from '../money/structural.ts';
import type { Evaluation, MoneyResult, SummaryEvaluation } from '../output/schema.ts';
import { contentHash } from '../rules/hash.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import { answerQuestions, type QuestionOutcome } from './questions.ts';
import { compareReadings, type JudgedReading } from './readings.ts';
import { checkRequest, type EvaluateOptions } from './options.ts';
import { buildReceipt, buildSummary } from './receipt.ts';
import { endDate, otherReading, unitsOf, type Units } from './units.ts';
import { judgeRules, periodKey, type Verdicts } from './verdicts.ts';

export type { EvaluateOptions } from './options.ts';

/** Options that ask for the summary. */
export type SummaryOptions = EvaluateOptions & { readonly detail: 'samenvatting' };

/** Phase "money": structural social-domain costs per year, from the effective outcome per period. */
function moneyOf(units: Units, verdicts: Verdicts): MoneyResult {
  const { geld } = verdicts;
  return structuralMoney({
    kosten: units.plan.kosten ?? [],
    einddatum: endDate(units),
    outcomeFor: (index, periode) => geld?.perPeriode.get(periodKey(index, periode)) ?? 'onbekend',
    lineOutcome: (index) => geld?.perRegel[index] ?? 'onbekend',
  });
}

interface Judged {
  readonly units: Units;
  readonly verdicts: Verdicts;
  readonly questions: readonly QuestionOutcome[];
  readonly money: MoneyResult;
}

/** One reading of the plan, from facts to money, without words. */
function judge(units: Units): Judged {
  const verdicts = judgeRules(units);
  const questions = answerQuestions(units.ruleSet.vragen.vragen, verdicts.regels);
  return { units, verdicts, questions, money: moneyOf(units, verdicts) };
}

/**
 * Another reading of the same plan, judged only as far as comparing it needs: only the facts the
 * variants decide are derived again, only the rules that read one of them (or rest on one that
 * changed) are judged again, and the money is counted again only when what decides it changed.
 */
function otherReadingOf(literal: Judged, variants: readonly string[]): JudgedReading {
  const { units, changed } = otherReading(literal.units, variants);
  const verdicts = judgeRules(units, {
    verdicts: literal.verdicts,
    changed,
    samePolicy: units.policy.doorrollen === literal.units.policy.doorrollen,
  });
  const sameMoney =
    verdicts.geld === literal.verdicts.geld && endDate(units) === endDate(literal.units);
  return { verdicts, gedekt: (sameMoney ? literal.money : moneyOf(units, verdicts)).totaal.gedekt };
}

export function evaluateWith(
  ruleSet: RuleSet,
  input: unknown,
  options: SummaryOptions,
): Promise<SummaryEvaluation>;
export function evaluateWith(
  ruleSet: RuleSet,
  input: unknown,
  options?: EvaluateOptions & { readonly detail?: 'volledig' },
): Promise<Evaluation>;
export function evaluateWith(
  ruleSet: RuleSet,
  input: unknown,
  options?: EvaluateOptions,
): Promise<Evaluation | SummaryEvaluation>;
// Async by contract, so the API can grow without breaking callers; the work itself is synchronous.
// eslint-disable-next-line @typescript-eslint/require-await
export async function evaluateWith(
  ruleSet: RuleSet,
  input: unknown,
  options: EvaluateOptions = {},
): Promise<Evaluation | SummaryEvaluation> {
  // Total: whatever a caller passes as options (null, a string) is answered with problems.
  const checked = checkRequest(ruleSet, input, options);
  if (!checked.ok) {
    const regelset = { versie: ruleSet.versie, hash: ruleSet.hash };
    return { geldig: false, regelset, problemen: checked.issues };
  }
  const { plan } = checked;
  const { peildatum, varianten: variants, andereLezingen: otherReadings, detail } = checked.options;
  const literal = judge(unitsOf(ruleSet, plan, peildatum, variants));
  const parts = { ...literal, invoerHash: contentHash(plan) };
  const receipt = detail === 'samenvatting' ? buildSummary(parts) : buildReceipt(parts);
  if (!otherReadings) return receipt;
  const own = { ...literal, gedekt: literal.money.totaal.gedekt };
  const andereLezingen = [...ruleSet.varianten.values()]
    .filter((variant) => !variants.includes(variant.id))
    .map((variant) =>
      compareReadings(ruleSet, variant, own, otherReadingOf(literal, [...variants, variant.id])),
    );
  return { ...receipt, andereLezingen };
}
