/**
 * The compiled conditions held against the reference semantics: for one rule version and one set of
 * facts, run both and name the first condition whose state, found value or missing facts differ.
 */
import type { Facts } from '../facts/derive.ts';
import { FactTable } from '../facts/table.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import type { RuleVersion } from '../rules/schema.ts';
import { checkRequest, type EvaluateOptions } from './options.ts';
import { compileVersion } from './conditions.ts';
import { ReferenceVersion } from './reference.ts';
import { BLOCKS, type VersionOutcome } from './three-valued.ts';
import { unitsOf } from './units.ts';

const references = new WeakMap<RuleVersion, ReferenceVersion>();

function referenceOf(version: RuleVersion): ReferenceVersion {
  let reference = references.get(version);
  if (!reference) {
    reference = new ReferenceVersion(version);
    references.set(version, reference);
  }
  return reference;
}

/** One line per block and per condition: what must be identical in both evaluators. */
function lines(outcome: VersionOutcome): string[] {
  return BLOCKS.flatMap((block) => [
    `${block}: ${outcome[block].status}`,
    ...outcome[block].leaves.map(
      (leaf) =>
        `${leaf.deel}.${leaf.condition.name}: ${leaf.status}, gevonden ${JSON.stringify(leaf.gevonden)}, ontbrekend [${leaf.ontbrekend.join(', ')}], zelfVerklaard ${String(leaf.zelfVerklaard)}`,
    ),
  ]);
}

export interface Difference {
  readonly gecompileerd: string;
  readonly referentie: string;
}

/**
 * The first difference between compiled and json-rules-engine on these facts, if any: a unit's facts
 * as `judgedUnits` gives them, or any plain set of facts.
 */
export async function differenceWithReference(
  version: RuleVersion,
  given: FactTable | Facts,
): Promise<Difference | undefined> {
  const facts = given instanceof FactTable ? given : new FactTable(given);
  const own = lines(compileVersion(version)(facts));
  const reference = lines(await referenceOf(version).run(facts));
  for (let index = 0; index < Math.max(own.length, reference.length); index++) {
    if (own[index] !== reference[index])
      return { gecompileerd: own[index] ?? '(niets)', referentie: reference[index] ?? '(niets)' };
  }
  return undefined;
}

export interface JudgedUnit {
  readonly rule: string;
  readonly version: RuleVersion;
  readonly facts: FactTable;
}

/**
 * Every rule version in force and every set of facts it is judged on when evaluating this plan: the
 * plan, each cost line and each period of a line. Empty when the plan or options are not valid.
 */
export function judgedUnits(
  ruleSet: RuleSet,
  input: unknown,
  options: EvaluateOptions,
): JudgedUnit[] {
  const checked = checkRequest(ruleSet, input, options);
  if (!checked.ok) return [];
  const { peildatum, varianten: variants } = checked.options;
  const units = unitsOf(ruleSet, checked.plan, peildatum, variants);
  return [...ruleSet.regels.values()].flatMap((rule) => {
    const version = units.versionOf(rule);
    if (!version || rule.soort === 'rekenwijze') return [];
    const factSets =
      rule.bereik === 'kostenregel'
        ? units.lines.flatMap((line) => [line.facts, ...line.periods.map((period) => period.facts)])
        : [units.facts];
    return factSets.map((facts) => ({ rule: rule.id, version, facts }));
  });
}
