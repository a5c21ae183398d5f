/**
 * `evaluate`: a plan, a peildatum and variants in; a receipt out. Total by design: invalid input or
 * options come back as a list of problems, never as an exception and never as a `voldoet`.
 *
 * The phases, each a function from values to values and each computed once: validate → facts (units)
 * → plan rules, cost lines and deadlines (verdicts) → questions → money → receipt. Other readings run
 * the same phases up to the money and are compared on their outcomes; only the chosen reading gets
 * words.
 */
import { parseDate, todayInAmsterdam, type PlainDate } from '../dates/calendar.ts';
import { PlanSchema, type Plan } from '../input/schema.ts';
import { structuralMoney } from '../money/structural.ts';
import type { Evaluation, MoneyResult, SummaryEvaluation } from '../output/schema.ts';
import { contentHash } from '../rules/hash.ts';
import { parseWithIssues, type Issue } from '../rules/issues.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import { answerQuestions, type QuestionOutcome } from './questions.ts';
import { compareReadings, summarize } from './readings.ts';
import { buildReceipt, buildSummary, type Detail } from './receipt.ts';
import { unitsOf, type Units } from './units.ts';
import { judgeRules, periodKey, type Verdicts } from './verdicts.ts';

export interface EvaluateOptions {
  /** ISO date; defaults to today in Europe/Amsterdam. */
  readonly peildatum?: string;
  /** One or more variant ids from `rules/varianten/`, e.g. `azwa-2028` or `doorrollen`. */
  readonly variant?: string | readonly string[];
  /**
   * Also evaluate every variant not chosen and report what it would change (`andereLezingen`).
   * Default true; batch tools that only need the outcomes can switch it off.
   */
  readonly andereLezingen?: boolean;
  /**
   * `volledig` (default): every rule with the trace of each condition and each cited text once.
   * `samenvatting`: outcomes, with reasons and clause keys only where a rule says no or cannot tell
   * yet; for storing many receipts.
   */
  readonly detail?: Detail;
}

/** Options that ask for the summary. */
export type SummaryOptions = EvaluateOptions & { readonly detail: 'samenvatting' };

const DETAILS: readonly string[] = ['volledig', 'samenvatting'] satisfies Detail[];

export function optionIssues(
  ruleSet: RuleSet,
  options: EvaluateOptions,
): { issues: Issue[]; variants: string[] } {
  const issues: Issue[] = [];
  const requested =
    options.variant === undefined
      ? []
      : typeof options.variant === 'string'
        ? [options.variant]
        : options.variant;
  const variants = [...new Set(requested)];
  if (options.peildatum !== undefined) {
    try {
      parseDate(options.peildatum);
    } catch {
      issues.push({
        code: 'ongeldige-peildatum',
        pad: 'opties.peildatum',
        nl: `De peildatum "${options.peildatum}" is geen geldige datum. Verwacht: JJJJ-MM-DD, bijvoorbeeld 2026-11-23.`,
        en: `The reference date "${options.peildatum}" is not a valid date. Expected: YYYY-MM-DD, for example 2026-11-23.`,
      });
    }
  }
  if (options.detail !== undefined && !DETAILS.includes(options.detail)) {
    issues.push({
      code: 'onbekend-detail',
      pad: 'opties.detail',
      nl: `Onbekend detail "${String(options.detail)}". Kies uit: ${DETAILS.join(', ')}.`,
      en: `Unknown detail "${String(options.detail)}". Choose from: ${DETAILS.join(', ')}.`,
    });
  }
  for (const variant of variants) {
    if (ruleSet.varianten.has(variant)) continue;
    const known = [...ruleSet.varianten.keys()].join(', ');
    issues.push({
      code: 'onbekende-variant',
      pad: 'opties.variant',
      nl: `Onbekende variant "${variant}". Kies uit: ${known}.`,
      en: `Unknown variant "${variant}". Choose from: ${known}.`,
    });
  }
  return { issues, variants };
}

/** Phase "money": structural social-domain costs per year, from the effective outcome per period. */
function moneyOf(units: Units, verdicts: Verdicts): MoneyResult {
  const einddatum = units.parameters.get('addendum-einddatum')?.waarde;
  const { geld } = verdicts;
  return structuralMoney({
    kosten: units.plan.kosten ?? [],
    einddatum: typeof einddatum === 'string' ? einddatum : undefined,
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
function judge(
  ruleSet: RuleSet,
  plan: Plan,
  peildatum: PlainDate,
  variants: readonly string[],
): Judged {
  const units = unitsOf(ruleSet, plan, peildatum, variants);
  const verdicts = judgeRules(units);
  const questions = answerQuestions(ruleSet.vragen.vragen, verdicts.regels);
  return { units, verdicts, questions, money: moneyOf(units, verdicts) };
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
export async function evaluateWith(
  ruleSet: RuleSet,
  input: unknown,
  options: EvaluateOptions = {},
): Promise<Evaluation | SummaryEvaluation> {
  const regelset = { versie: ruleSet.versie, hash: ruleSet.hash };
  const parsed = parseWithIssues(PlanSchema, input);
  const { issues, variants } = optionIssues(ruleSet, options);
  if (!parsed.ok || issues.length > 0) {
    return { geldig: false, regelset, problemen: [...issues, ...(parsed.ok ? [] : parsed.issues)] };
  }
  const peildatum =
    options.peildatum === undefined ? todayInAmsterdam() : parseDate(options.peildatum);
  const literal = judge(ruleSet, parsed.value, peildatum, variants);
  const parts = { ...literal, invoerHash: await contentHash(parsed.value) };
  const receipt = options.detail === 'samenvatting' ? buildSummary(parts) : buildReceipt(parts);
  if (options.andereLezingen === false) return receipt;
  const own = summarize(literal.verdicts, literal.questions, literal.money);
  const andereLezingen = [...ruleSet.varianten.values()]
    .filter((variant) => !variants.includes(variant.id))
    .map((variant) => {
      const other = judge(ruleSet, parsed.value, peildatum, [...variants, variant.id]);
      return compareReadings(variant, own, summarize(other.verdicts, other.questions, other.money));
    });
  return { ...receipt, andereLezingen };
}
