/**
 * The worked example on the home page: the example plan evaluated with the shipped rules at build
 * time. Anything wrong (rules that do not load, a plan the engine rejects) fails the build.
 */
import {
  PlanSchema,
  evaluateWith,
  formatIssue,
  type Plan,
  type Receipt,
  type RuleSet,
} from '@iza-regels/engine';
import invoer from '@iza-regels/rules/voorbeelden/ggz-wijk-spuk.json';
import { regels } from './regels.ts';

/** The date on which the example is judged. */
export const PEILDATUM = '2026-11-23';

export interface Voorbeeld {
  readonly ruleSet: RuleSet;
  /** The example plan as the engine read it. */
  readonly plan: Plan;
  readonly receipt: Receipt;
}

async function build(): Promise<Voorbeeld> {
  const { ruleSet } = await regels();
  const result = await evaluateWith(ruleSet, invoer, {
    peildatum: PEILDATUM,
    andereLezingen: true,
  });
  if (!result.geldig) {
    throw new Error(
      `Het voorbeeld (rules/voorbeelden/ggz-wijk-spuk.json, peildatum ${PEILDATUM}) kan niet worden getoetst.\n${result.problemen
        .map((issue) => formatIssue(issue))
        .join('\n')}`,
    );
  }
  return { ruleSet, plan: PlanSchema.parse(invoer), receipt: result };
}

let cached: Promise<Voorbeeld> | undefined;

/** The evaluated example, computed once per build and shared by the Dutch and English pages. */
export function voorbeeld(): Promise<Voorbeeld> {
  cached ??= build();
  return cached;
}
