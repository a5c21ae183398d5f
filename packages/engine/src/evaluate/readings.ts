/**
 * Other readings beside the literal text: what choosing a variant would change. Readings are compared
 * on their outcomes, due dates and money alone; no receipt is built for them.
 */
import type { MoneyResult, Outcome, Reading } from '../output/schema.ts';
import type { VariantFile } from '../rules/schema.ts';
import type { QuestionOutcome } from './questions.ts';
import { byRuleId } from './receipt.ts';
import type { Verdicts } from './verdicts.ts';

/** What two readings are compared on. */
export interface ReadingSummary {
  readonly regels: ReadonlyMap<string, Outcome>;
  readonly vragen: ReadonlyMap<string, Outcome>;
  readonly termijnen: ReadonlyMap<string, string>;
  readonly gedekt: number;
}

export function summarize(
  verdicts: Verdicts,
  questions: readonly QuestionOutcome[],
  money: MoneyResult,
): ReadingSummary {
  const termijnen = new Map<string, string>();
  for (const verdict of verdicts.regels.values())
    if (verdict.soort === 'termijn' && verdict.deadline.termijn)
      termijnen.set(verdict.rule.id, verdict.deadline.termijn.vervaldatum);
  return {
    regels: new Map(
      [...verdicts.regels.values()]
        .map((verdict) => [verdict.rule.id, verdict.uitkomst] as const)
        .sort(([a], [b]) => byRuleId(a, b)),
    ),
    vragen: new Map(questions.map((question) => [question.id, question.uitkomst])),
    termijnen,
    gedekt: money.totaal.gedekt,
  };
}

/** What a variant would change: the rules, questions and due dates that differ, and the money. */
export function compareReadings(
  variant: VariantFile,
  literal: ReadingSummary,
  other: ReadingSummary,
): Reading {
  return {
    variant: variant.id,
    titel: variant.titel,
    zekerheid: variant.zekerheid,
    verschillen: [...other.regels]
      .filter(([id, outcome]) => literal.regels.get(id) !== outcome)
      .map(([regel, metVariant]) => ({
        regel,
        uitkomst: literal.regels.get(regel) ?? 'niet-van-toepassing',
        metVariant,
      })),
    termijnen: [...other.termijnen]
      .filter(([regel, due]) => literal.termijnen.get(regel) !== due)
      .map(([regel, metVariant]) => ({
        regel,
        vervaldatum: literal.termijnen.get(regel) ?? null,
        metVariant,
      })),
    vragen: [...other.vragen]
      .filter(([id, outcome]) => literal.vragen.get(id) !== outcome)
      .map(([vraag, metVariant]) => ({
        vraag,
        uitkomst: literal.vragen.get(vraag) ?? 'niet-van-toepassing',
        metVariant,
      })),
    bedragen: { gedekt: literal.gedekt, metVariant: other.gedekt },
  };
}
