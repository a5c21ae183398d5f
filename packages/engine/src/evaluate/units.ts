/**
 * Phase "facts": the units the rules judge, each with its facts, derived once per reading: the plan,
 * each cost line, and each period of a cost line whose money depends on its date.
 */
import { periodBounds, type PlainDate } from '../dates/calendar.ts';
import type { RollPolicy } from '../dates/deadlines.ts';
import { costLineFacts, needsException, planFacts, type Facts } from '../facts/derive.ts';
import type { CostLine, Plan } from '../input/schema.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import type { RuleFile, RuleVersion } from '../rules/schema.ts';
import {
  inForce,
  parameterFacts,
  resolveParameters,
  type ResolvedParameter,
} from './parameters.ts';

export interface LineUnit {
  readonly index: number;
  readonly line: CostLine;
  /** The plan's facts with this line's own. */
  readonly facts: Facts;
  /**
   * Per period of a line that needs the Addendum's exception: its facts with the period's last day,
   * so amounts in December 2027 and January 2028 of one line fall on either side of the end date.
   */
  readonly periods: ReadonlyArray<{ readonly periode: string; readonly facts: Facts }>;
}

export interface Units {
  readonly ruleSet: RuleSet;
  readonly plan: Plan;
  readonly peildatum: PlainDate;
  readonly variants: readonly string[];
  readonly parameters: ReadonlyMap<string, ResolvedParameter>;
  readonly policy: RollPolicy;
  /** The version of a rule in force on the peildatum, if any. */
  readonly versionOf: (rule: RuleFile) => RuleVersion | undefined;
  readonly facts: Facts;
  readonly lines: readonly LineUnit[];
}

/** The version of each rule in force on the day, looked up once per rule. */
function versionsInForce(peildatum: PlainDate): Units['versionOf'] {
  const found = new Map<RuleFile, RuleVersion | undefined>();
  return (rule) => {
    if (!found.has(rule)) found.set(rule, inForce(rule.versies, peildatum));
    return found.get(rule);
  };
}

/**
 * A unit's facts on top of its parent's, shared rather than copied: a plan with a hundred cost lines
 * in four readings would otherwise copy the plan's facts some thousand times.
 */
function within(parent: Facts | null, ...own: Facts[]): Facts {
  const facts = Object.create(parent) as Facts;
  for (const part of own) Object.assign(facts, part);
  return facts;
}

export function unitsOf(
  ruleSet: RuleSet,
  plan: Plan,
  peildatum: PlainDate,
  variants: readonly string[],
): Units {
  const parameters = resolveParameters(ruleSet, peildatum, variants);
  const facts = within(
    null,
    planFacts(plan, peildatum, variants, [...ruleSet.varianten.keys()]),
    parameterFacts(parameters),
  );
  const lines = (plan.kosten ?? []).map((line, index): LineUnit => {
    const own = within(facts, costLineFacts(line));
    return {
      index,
      line,
      facts: own,
      periods:
        needsException(line) === true
          ? line.bedragen.map(({ periode }) => ({
              periode,
              facts: within(own, {
                'kostenregel.laatsteDag': periodBounds(periode).last.toString(),
              }),
            }))
          : [],
    };
  });
  return {
    ruleSet,
    plan,
    peildatum,
    variants,
    parameters,
    policy: { doorrollen: variants.includes('doorrollen'), feestdagen: ruleSet.feestdagen },
    versionOf: versionsInForce(peildatum),
    facts,
    lines,
  };
}
