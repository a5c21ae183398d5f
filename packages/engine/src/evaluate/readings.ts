/**
 * Other readings beside the literal text: what choosing a variant would change. Readings are compared
 * on their outcomes, due dates and money alone; no receipt is built for them. Another reading takes
 * over every verdict it cannot judge differently (the same object), so only the verdicts it judged
 * again are compared.
 */
import type { Outcome, Reading } from '../output/schema.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import type { VariantFile } from '../rules/schema.ts';
import { questionOutcome, type QuestionOutcome } from './questions.ts';
import { groupsOf, type Verdict, type Verdicts } from './verdicts.ts';

/** One reading as far as comparing needs it. */
export interface JudgedReading {
  readonly verdicts: Verdicts;
  /** The money the Addendum's exception covers in this reading. */
  readonly gedekt: number;
}

const dueDate = (verdict: Verdict | undefined): string | undefined =>
  verdict?.soort === 'termijn' ? verdict.deadline.termijn?.vervaldatum : undefined;

/** What a variant would change: the rules, questions and due dates that differ, and the money. */
export function compareReadings(
  ruleSet: RuleSet,
  variant: VariantFile,
  literal: JudgedReading & { readonly questions: readonly QuestionOutcome[] },
  other: JudgedReading,
): Reading {
  const own = literal.verdicts.regels;
  const judgedAgain = (id: string): Verdict | undefined => {
    const verdict = other.verdicts.regels.get(id);
    return verdict === own.get(id) ? undefined : verdict;
  };
  const verschillen: Reading['verschillen'] = [];
  for (const [id, verdict] of other.verdicts.regels) {
    if (verdict === own.get(id)) continue;
    const before = own.get(id)?.uitkomst;
    if (before !== verdict.uitkomst)
      verschillen.push({
        regel: id,
        uitkomst: before ?? 'niet-van-toepassing',
        metVariant: verdict.uitkomst,
      });
  }
  // Deadlines in the order the receipt lists them; one without a due date in this reading is not
  // a different due date.
  const termijnen: Reading['termijnen'] = [];
  for (const { id } of groupsOf(ruleSet).terms) {
    const after = dueDate(judgedAgain(id));
    const before = dueDate(own.get(id));
    if (after !== undefined && after !== before)
      termijnen.push({ regel: id, vervaldatum: before ?? null, metVariant: after });
  }
  const vragen: Reading['vragen'] = [];
  ruleSet.vragen.vragen.forEach((vraag, index) => {
    if (!vraag.regels.some((id) => judgedAgain(id) !== undefined)) return;
    const before = literal.questions[index]?.uitkomst;
    const after: Outcome = questionOutcome(vraag, other.verdicts.regels);
    if (before !== after)
      vragen.push({
        vraag: vraag.id,
        uitkomst: before ?? 'niet-van-toepassing',
        metVariant: after,
      });
  });
  return {
    variant: variant.id,
    titel: variant.titel,
    zekerheid: variant.zekerheid,
    verschillen,
    termijnen,
    vragen,
    bedragen: { gedekt: literal.gedekt, metVariant: other.gedekt },
  };
}
