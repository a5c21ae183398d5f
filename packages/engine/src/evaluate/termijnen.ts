/**
 * Deadlines on their own: the reaction times and backward planning for a set of event dates. Runs the
 * facts and deadline phases only; the plan's other rules are not evaluated.
 */
import type { Deadline, Planning } from '../output/schema.ts';
import type { Issue } from '../rules/issues.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import { checkRequest, type EvaluateOptions } from './options.ts';
import { byRuleId, placeholderValues, planningOf, ruleResult } from './receipt.ts';
import { endDate, unitsOf } from './units.ts';
import { judgeDeadlines } from './verdicts.ts';

export interface DeadlinesInput extends EvaluateOptions {
  readonly gebeurtenissen: Readonly<Record<string, string>>;
}

export type DeadlinesResult =
  | {
      geldig: true;
      regelset: { versie: string; hash: string };
      peildatum: string;
      varianten: string[];
      termijnen: Deadline[];
      planning: Planning[];
      /**
       * The last day structural social-domain costs may be paid from transformation funds (Addendum;
       * moved by the `azwa-2028` variant), for a timeline beside the deadlines; null if none applies.
       */
      einddatum: string | null;
      uitleg: Array<{ regel: string; nl: string; en: string }>;
    }
  | { geldig: false; regelset: { versie: string; hash: string }; problemen: Issue[] };

// Async like `evaluateWith`, so callers treat both alike and the API can grow without breaking them.
// eslint-disable-next-line @typescript-eslint/require-await
export async function deadlines(ruleSet: RuleSet, input: DeadlinesInput): Promise<DeadlinesResult> {
  const regelset = { versie: ruleSet.versie, hash: ruleSet.hash };
  // Total like `evaluateWith`: anything but an object is answered by `checkOptions` with a problem.
  const isObject = typeof input === 'object' && (input as unknown) !== null;
  const { gebeurtenissen, ...options } = isObject ? input : { gebeurtenissen: undefined };
  const checked = checkRequest(ruleSet, { gebeurtenissen }, isObject ? options : input);
  if (!checked.ok) return { geldig: false, regelset, problemen: checked.issues };
  const { peildatum, varianten: variants } = checked.options;
  const units = unitsOf(ruleSet, checked.plan, peildatum, variants);
  const verdicts = [...judgeDeadlines(units).values()];
  const values = placeholderValues(units);

  return {
    geldig: true,
    regelset,
    peildatum: peildatum.toString(),
    varianten: [...variants],
    termijnen: verdicts.flatMap((verdict) =>
      verdict.soort === 'termijn' && verdict.deadline.termijn ? [verdict.deadline.termijn] : [],
    ),
    planning: planningOf(units),
    einddatum: endDate(units) ?? null,
    uitleg: verdicts
      .map((verdict) => ({ regel: verdict.rule.id, ...ruleResult(verdict, values).uitleg }))
      .sort((a, b) => byRuleId(a.regel, b.regel)),
  };
}
