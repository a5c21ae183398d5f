/**
 * The contract between a rule's texts and the engine: which text of `uitleg` is shown for which
 * outcome (and, for a deadline, which status), and which `{name}` values the engine fills in there.
 * The engine picks its texts through `explanationTemplate`; the `check` command rejects a text whose
 * placeholder is not in `availablePlaceholders`, so no `{…}` and no untrue sentence reaches a user.
 */
import type { DeadlineStatus } from '../dates/deadlines.ts';
import { findFact } from '../facts/catalogue.ts';
import type { Outcome } from '../output/schema.ts';
import type {
  Condition,
  Explanation,
  ParameterFile,
  RuleFile,
  RuleVersion,
  Text,
} from '../rules/schema.ts';
import { NOT_APPLICABLE, TERM_MISSED } from './outcomes.ts';

/** The texts under `uitleg`. `gemist` exists for deadlines only. */
export type ExplanationKey = keyof Explanation;

export const EXPLANATION_KEYS: readonly ExplanationKey[] = [
  'voldoet',
  'voldoetNiet',
  'gemist',
  'onbekend',
  'nietVanToepassing',
];

const KEY_BY_OUTCOME: Record<Outcome, ExplanationKey> = {
  voldoet: 'voldoet',
  'voldoet-niet': 'voldoetNiet',
  onbekend: 'onbekend',
  'niet-van-toepassing': 'nietVanToepassing',
};

/** A deadline missed because the act is known not to have happened has its own text: not "te laat". */
export function explanationKey(outcome: Outcome, status?: DeadlineStatus['soort']): ExplanationKey {
  return status === 'gemist' ? 'gemist' : KEY_BY_OUTCOME[outcome];
}

/** The text to fill; the optional texts fall back on fixed engine texts. */
export function explanationTemplate(uitleg: Explanation | undefined, key: ExplanationKey): Text {
  if (uitleg === undefined) return NOT_APPLICABLE;
  if (key === 'gemist') return uitleg.gemist ?? TERM_MISSED;
  if (key === 'nietVanToepassing') return uitleg.nietVanToepassing ?? NOT_APPLICABLE;
  return uitleg[key];
}

/** What `evaluateDeadline` fills in for a deadline that has started, per text. */
const DEADLINE = ['start', 'vervaldatum', 'kalenderVervaldatum', 'dagen', 'duur'] as const;
export const DEADLINE_PLACEHOLDERS: Readonly<Record<ExplanationKey, readonly string[]>> = {
  // The act happened: its date is known.
  voldoet: [...DEADLINE, 'afgerond'],
  voldoetNiet: [...DEADLINE, 'afgerond'],
  // The act is known not to have happened: there is no date of it.
  gemist: DEADLINE,
  // Running, or passed without a date: `stand` says which.
  onbekend: [...DEADLINE, 'stand'],
  // The term does not apply: no deadline was computed.
  nietVanToepassing: [],
};

/** Operators that are only true for a real value: a `null` or missing fact makes them false or unknown. */
const NEEDS_VALUE = new Set([
  'equal',
  'in',
  'contains',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'dateOnOrBefore',
  'dateBefore',
  'dateOnOrAfter',
  'dateAfter',
]);

/**
 * Facts a block being true guarantees a value for: those in leaves every `all` requires (not under
 * `any` or `not`) whose operator is only true for a real value.
 */
function factsKnownWhenTrue(condition: Condition | undefined): string[] {
  if (condition === undefined) return [];
  if ('all' in condition) return condition.all.flatMap(factsKnownWhenTrue);
  if ('any' in condition)
    return condition.any.length === 1 ? factsKnownWhenTrue(condition.any[0]) : [];
  if ('not' in condition) return [];
  if (!NEEDS_VALUE.has(condition.operator)) return [];
  if (typeof condition.value !== 'object' || Array.isArray(condition.value))
    return [condition.fact];
  // Against another fact only the date operators check both sides (`null` equals `null`).
  return condition.operator.startsWith('date') ? [condition.fact, condition.value.fact] : [];
}

/** Which blocks of the version are true when this text is shown, for the given kind of rule. */
function trueBlocks(rule: RuleFile, version: RuleVersion, key: ExplanationKey): Condition[] {
  const applies = version.vanToepassing ? [version.vanToepassing] : [];
  if (rule.soort === 'termijn')
    // A term is only computed once it applies; `nietVanToepassing` is shown when it does not.
    return key === 'nietVanToepassing' ? [] : applies;
  if (key === 'voldoet') return [...applies, ...(version.voorwaarden ? [version.voorwaarden] : [])];
  if (key === 'voldoetNiet') return applies;
  return [];
}

/** A parameter is a value in a text when it is a date or number in force during the whole version. */
function parameterCovers(parameter: ParameterFile, version: RuleVersion): boolean {
  if (parameter.type === 'duur') return false;
  const first = parameter.versies[0];
  const last = parameter.versies.at(-1);
  if (!first || !last || first.geldigVan > version.geldigVan) return false;
  if (last.geldigTot === null) return true;
  return version.geldigTot !== null && last.geldigTot >= version.geldigTot;
}

/** What every text of the version can use, the condition texts included: the peildatum and parameters. */
export function basePlaceholders(
  version: RuleVersion,
  parameters: readonly ParameterFile[],
): Set<string> {
  const names = new Set<string>(['peildatum']);
  for (const parameter of parameters)
    if (parameterCovers(parameter, version)) names.add(parameter.id);
  return names;
}

/**
 * The `{name}` values the engine fills in this text of this rule version: the peildatum, parameters
 * (dates and numbers) in force throughout the version, the user's dates and amounts only where the
 * shown outcome guarantees they were given, `{omschrijving}` for cost-line tests, and for deadlines
 * the values of `DEADLINE_PLACEHOLDERS` (`{afgerond}` only when the act happened).
 */
export function availablePlaceholders(
  rule: RuleFile,
  version: RuleVersion,
  key: ExplanationKey,
  parameters: readonly ParameterFile[],
): Set<string> {
  const names = basePlaceholders(version, parameters);
  if (rule.soort === 'toets' && rule.bereik === 'kostenregel') names.add('omschrijving');
  const facts = trueBlocks(rule, version, key).flatMap(factsKnownWhenTrue);
  if (rule.soort === 'termijn' && version.termijn) {
    for (const name of DEADLINE_PLACEHOLDERS[key]) names.add(name);
    if (key !== 'nietVanToepassing') facts.push(version.termijn.start);
    if (key === 'voldoet' || key === 'voldoetNiet') facts.push(version.termijn.einde);
  }
  for (const id of facts) {
    const definition = findFact(id);
    // Only the plan's dates and amounts become values; a cost line's own facts do not.
    if (
      definition?.bereik === 'plan' &&
      (definition.type === 'datum' || definition.type === 'bedrag')
    )
      names.add(id);
  }
  return names;
}

/** Placeholders used in a text, in order of appearance, without repeats. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? ''))];
}
