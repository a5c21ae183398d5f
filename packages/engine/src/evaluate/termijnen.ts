/** Deadlines on their own: the reaction times and backward planning for a set of event dates. */
import type { Deadline, Planning } from '../output/schema.ts';
import type { Issue } from '../rules/issues.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import { evaluateWith, type EvaluateOptions } from './evaluate.ts';

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

export async function deadlines(
  ruleSet: RuleSet,
  { gebeurtenissen, ...options }: DeadlinesInput,
): Promise<DeadlinesResult> {
  const result = await evaluateWith(ruleSet, { gebeurtenissen }, options);
  if (!result.geldig)
    return { geldig: false, regelset: result.regelset, problemen: result.problemen };
  return {
    geldig: true,
    regelset: result.regelset,
    peildatum: result.peildatum,
    varianten: result.varianten.map((variant) => variant.id),
    termijnen: result.termijnen,
    planning: result.planning,
    einddatum: result.bedragen.einddatum,
    uitleg: result.regels
      .filter((rule) => rule.soort === 'termijn')
      .map((rule) => ({ regel: rule.id, ...rule.uitleg })),
  };
}
