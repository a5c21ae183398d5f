/**
 * Other readings beside the literal text: what choosing a variant would change. Readings are compared
 * on their outcomes, due dates and money alone; no receipt is built for them.
 */
import type { MoneyResult, Outcome, Reading } from '../output/schema.ts';
import type { VariantFile } from '../rules/schema.ts';
import type { QuestionOutcome } from './questions.ts';
import { groupsOf, type Verdicts } from './verdicts.ts';
import type { RuleSet } from '../rules/ruleset.ts';

/** What two readings are compared on. */
export interface ReadingSummary {
  readonly regels: ReadonlyMap<string, Outcome>;
  readonly vragen: ReadonlyMap<string, Outcome>;
  readonly termijnen: ReadonlyMap<string, string>;
  readonly gedekt: number;
}

export function summarize(
  ruleSet: RuleSet,
  verdicts: Verdicts,
  questions: readonly QuestionOutcome[],
  money: MoneyResult,
): ReadingSummary {
  // Deadlines in the order the receipt lists them.
  const termijnen = new Map<string, string>();
  for (const rule of groupsOf(ruleSet).terms) {
    const verdict = verdicts.regels.get(rule.id);
    if (verdict?.soort === 'termijn' && verdict.deadline.termijn)
      termijnen.set(rule.id, verdict.deadline.termijn.vervaldatum);
  }
  return {
    regels: new Map([...verdicts.regels].map(([id, verdict]) => [id, verdict.uitkomst])),
    vragen: new Map(questions.map((question) => [question.id, question.uitkomst])),
    termijnen,
    gedekt: money.totaal.gedekt,
  };
}

/** The entries of `other` whose value differs from `own`, with both values. */
function differences<V>(
  own: ReadonlyMap<string, V>,
  other: ReadonlyMap<string, V>,
): Array<[key: string, before: V | undefined, after: V]> {
  return [...other].flatMap(([key, after]) => {
    const before = own.get(key);
    return before === after ? [] : [[key, before, after] as [string, V | undefined, V]];
  });
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
    verschillen: differences(literal.regels, other.regels).map(([regel, before, metVariant]) => ({
      regel,
      uitkomst: before ?? 'niet-van-toepassing',
      metVariant,
    })),
    termijnen: differences(literal.termijnen, other.termijnen).map(
      ([regel, before, metVariant]) => ({ regel, vervaldatum: before ?? null, metVariant }),
    ),
    vragen: differences(literal.vragen, other.vragen).map(([vraag, before, metVariant]) => ({
      vraag,
      uitkomst: before ?? 'niet-van-toepassing',
      metVariant,
    })),
    bedragen: { gedekt: literal.gedekt, metVariant: other.gedekt },
  };
}
