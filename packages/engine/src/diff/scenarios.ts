/**
 * Outcomes of two rule sets on generated scenarios: for each `toets` rule, every combination of the
 * boundary values of the facts its versions read (in either rule set), on peildatums around every
 * version boundary of the rule and of the parameters it reads, under each reading that can change it.
 * Judged at the level of compiled rule versions on fact sets, not whole receipts, so a million
 * scenarios take seconds; the worked cases (`cases.ts`) cover the receipt as a whole.
 */
import { parseDate } from '../dates/calendar.ts';
import { PARAMETER_FACT_PREFIX } from '../facts/catalogue.ts';
import { FactTable } from '../facts/table.ts';
import { evaluateConditions } from '../evaluate/rules.ts';
import { inForce, parameterFacts, resolveParameters } from '../evaluate/parameters.ts';
import { factsOf } from '../evaluate/three-valued.ts';
import type { Outcome } from '../output/schema.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import type { RuleFile, RuleVersion } from '../rules/schema.ts';
import {
  around,
  candidates,
  datesOf,
  isIsoDate,
  MISSING,
  seededRandom,
  type Candidate,
  type FactValue,
} from './fact-sets.ts';
import { laterLevel, type Level } from './level.ts';
import { byText } from '../text-order.ts';

/** A rule's outcome in one scenario; `buiten-werking` when no version of it is in force. */
export type ScenarioOutcome = Outcome | 'buiten-werking';

export interface Example {
  readonly peildatum: string;
  /** The variants of the reading (empty: the literal reading). */
  readonly varianten: readonly string[];
  /** The facts given; every other fact the rule reads is unknown. */
  readonly feiten: Readonly<Record<string, FactValue>>;
}

export interface OutcomeChange {
  readonly regel: string;
  readonly oud: ScenarioOutcome;
  readonly nieuw: ScenarioOutcome;
  /**
   * `minor` when every such scenario falls in a newly dated version (of the rule or a parameter it
   * reads) that starts on or after `vandaag`; `major` otherwise.
   */
  readonly niveau: Extract<Level, 'minor' | 'major'>;
  readonly aantal: number;
  /** The first and last peildatum on which this change shows. */
  readonly vanaf: string;
  readonly tot: string;
  /** A scenario with the fewest known facts that shows the change. */
  readonly voorbeeld: Example;
}

export interface ScenarioTask {
  readonly regel: string;
  /** At most this many scenarios; all of them when the rule has fewer. */
  readonly budget: number;
}

export interface ScenarioResult {
  readonly scenarios: number;
  /** The rules whose every combination ran (the others were sampled with a fixed seed). */
  readonly volledig: readonly string[];
  readonly changes: readonly OutcomeChange[];
}

/** A rule as the scenarios see it in one rule set: absent, or its versions. */
const versionsIn = (ruleSet: RuleSet, id: string): readonly RuleVersion[] =>
  ruleSet.regels.get(id)?.versies ?? [];

const parametersRead = (versions: readonly RuleVersion[]): string[] => [
  ...new Set(
    versions
      .flatMap((version) => [
        ...(version.vanToepassing ? factsOf(version.vanToepassing) : []),
        ...(version.voorwaarden ? factsOf(version.voorwaarden) : []),
      ])
      .filter((fact) => fact.startsWith(PARAMETER_FACT_PREFIX))
      .map((fact) => fact.slice(PARAMETER_FACT_PREFIX.length)),
  ),
];

/** The rules scenarios can judge: `toets` rules in either rule set. */
export function scenarioRules(oldSet: RuleSet, newSet: RuleSet): string[] {
  const ids = new Set<string>();
  for (const ruleSet of [oldSet, newSet])
    for (const rule of ruleSet.regels.values()) if (rule.soort === 'toets') ids.add(rule.id);
  return [...ids].sort();
}

const boundaries = new WeakMap<RuleSet, WeakMap<RuleSet, readonly string[]>>();

/**
 * The days on both sides of every version boundary in either rule set (rules and parameters), and
 * around every date a parameter names: every rule is judged on each, so a change anywhere in the
 * timeline meets every rule.
 */
function boundaryDays(oldSet: RuleSet, newSet: RuleSet): readonly string[] {
  let perNew = boundaries.get(oldSet);
  if (!perNew) {
    perNew = new WeakMap();
    boundaries.set(oldSet, perNew);
  }
  let days = perNew.get(newSet);
  if (!days) {
    const dates = new Set<string>();
    for (const ruleSet of [oldSet, newSet]) {
      for (const rule of ruleSet.regels.values())
        for (const version of rule.versies) for (const date of datesOf(version)) dates.add(date);
      for (const parameter of ruleSet.parameters.values())
        for (const version of [...parameter.versies, ...Object.values(parameter.varianten).flat()])
          for (const date of [version.geldigVan, version.geldigTot, version.waarde])
            if (isIsoDate(date)) dates.add(date);
    }
    days = [...new Set([...dates].flatMap(around))].sort();
    perNew.set(newSet, days);
  }
  return days;
}

interface Space {
  readonly facts: ReadonlyArray<readonly [string, readonly Candidate[]]>;
  readonly peildatums: readonly string[];
  readonly readings: ReadonlyArray<readonly string[]>;
  readonly size: number;
}

/** Every dimension a rule's scenarios range over, from both rule sets. */
export function spaceOf(oldSet: RuleSet, newSet: RuleSet, id: string): Space {
  const versions = [...versionsIn(oldSet, id), ...versionsIn(newSet, id)];
  const parameters = parametersRead(versions);
  const parameterVersions = (parameter: string) =>
    [oldSet, newSet].flatMap((ruleSet) => {
      const file = ruleSet.parameters.get(parameter);
      return file ? [...file.versies, ...Object.values(file.varianten).flat()] : [];
    });
  const found = candidates(versions, {
    parameterValues: (parameter) => parameterVersions(parameter).map((version) => version.waarde),
    dates: parameters.flatMap((parameter) =>
      parameterVersions(parameter).flatMap((version) => [
        version.geldigVan,
        ...(version.geldigTot ? [version.geldigTot] : []),
      ]),
    ),
  });
  const peildatums = [
    ...new Set([
      ...(found.get('peildatum') ?? []).filter(
        (value): value is string => typeof value === 'string',
      ),
      ...boundaryDays(oldSet, newSet),
    ]),
  ].sort();
  found.delete('peildatum');
  // Which variants hold comes from the reading, never from a drawn value.
  const variants = new Set<string>();
  for (const fact of [...found.keys()])
    if (fact.startsWith('variant.')) {
      variants.add(fact.slice('variant.'.length));
      found.delete(fact);
    }
  for (const parameter of parameters)
    for (const ruleSet of [oldSet, newSet])
      for (const name of Object.keys(ruleSet.parameters.get(parameter)?.varianten ?? {}))
        variants.add(name);
  const readings = [[], ...[...variants].sort().map((name) => [name])];
  const facts = [...found].sort(([a], [b]) => byText(a, b));
  const size =
    peildatums.length * readings.length * facts.reduce((n, [, values]) => n * values.length, 1);
  return { facts, peildatums, readings, size };
}

/**
 * The facts of one scenario, changed in place from one scenario to the next: the drawn facts over the
 * reading's parameters and variants. Nothing is allocated per scenario.
 */
class ScenarioFacts extends FactTable {
  readonly drawn = new Map<string, unknown>();
  reading: Readonly<Record<string, unknown>> = {};

  constructor() {
    super({});
  }

  override get(id: string): FactValue | undefined {
    const value = this.drawn.get(id);
    return (value === undefined ? this.reading[id] : value) as FactValue | undefined;
  }
}

interface Side {
  readonly version: RuleVersion | undefined;
  readonly facts: Readonly<Record<string, unknown>>;
}

/** The rule version and the reading's facts in one rule set, on one day, under one reading. */
function sideOf(
  ruleSet: RuleSet,
  rule: RuleFile | undefined,
  day: string,
  variants: readonly string[],
): Side {
  const date = parseDate(day);
  const facts: Record<string, unknown> = parameterFacts(resolveParameters(ruleSet, date, variants));
  for (const variant of ruleSet.varianten.keys())
    facts[`variant.${variant}`] = variants.includes(variant);
  facts['peildatum'] = day;
  return { version: rule ? inForce(rule.versies, date) : undefined, facts };
}

/**
 * The date a new dated version in force starts, if the scenario's difference is carried by one: the
 * rule's version or a parameter's that the old rule set did not have. Undefined otherwise.
 */
export function newStart(
  oldSet: RuleSet,
  newSet: RuleSet,
  id: string,
  version: RuleVersion | undefined,
  day: string,
  variants: readonly string[],
): string | undefined {
  if (!version) return undefined;
  const oldStarts = new Set(versionsIn(oldSet, id).map((entry) => entry.geldigVan));
  const starts: string[] = [];
  if (!oldStarts.has(version.geldigVan)) starts.push(version.geldigVan);
  const date = parseDate(day);
  const oldParameters = resolveParameters(oldSet, date, variants);
  for (const [parameter, resolved] of resolveParameters(newSet, date, variants)) {
    if (!parametersRead([version]).includes(parameter)) continue;
    const before = oldParameters.get(parameter);
    if (before?.waarde === resolved.waarde) continue;
    const file = oldSet.parameters.get(parameter);
    const known = file
      ? [...file.versies, ...Object.values(file.varianten).flat()].map((entry) => entry.geldigVan)
      : [];
    if (known.includes(resolved.versie.geldigVan)) return undefined;
    starts.push(resolved.versie.geldigVan);
  }
  return starts.sort().at(-1);
}

const outcomeOf = (version: RuleVersion | undefined, facts: FactTable): ScenarioOutcome =>
  version ? evaluateConditions(version, facts).uitkomst : 'buiten-werking';

/** A stable seed per rule, so a sampled rule draws the same scenarios on every run. */
const seedOf = (id: string): number =>
  [...id].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261);

interface Tally {
  regel: string;
  oud: ScenarioOutcome;
  nieuw: ScenarioOutcome;
  niveau: 'minor' | 'major';
  aantal: number;
  vanaf: string;
  tot: string;
  voorbeeld: Example;
  known: number;
}

/** Run the scenarios of some rules on both rule sets. */
export function runScenarios(
  oldSet: RuleSet,
  newSet: RuleSet,
  tasks: readonly ScenarioTask[],
  vandaag: string,
): ScenarioResult {
  let scenarios = 0;
  const volledig: string[] = [];
  const tallies = new Map<string, Tally>();
  const table = new ScenarioFacts();
  for (const task of tasks) {
    const space = spaceOf(oldSet, newSet, task.regel);
    if (space.size === 0) continue;
    const oldRule = oldSet.regels.get(task.regel);
    const newRule = newSet.regels.get(task.regel);
    // Per peildatum and reading: both sides, and whether a new dated version carries a difference.
    const sides = space.peildatums.map((day) =>
      space.readings.map((variants) => {
        const oud = sideOf(oldSet, oldRule, day, variants);
        const nieuw = sideOf(newSet, newRule, day, variants);
        const start = newStart(oldSet, newSet, task.regel, nieuw.version, day, variants);
        return { oud, nieuw, minor: start !== undefined && start >= vandaag };
      }),
    );
    const exhaustive = space.size <= task.budget;
    if (exhaustive) volledig.push(task.regel);
    const count = exhaustive ? space.size : task.budget;
    const random = seededRandom(seedOf(task.regel));
    const radices = [
      space.peildatums.length,
      space.readings.length,
      ...space.facts.map(([, values]) => values.length),
    ];
    const digits = new Array<number>(radices.length).fill(0);
    for (let index = 0; index < count; index++) {
      if (exhaustive) {
        // Mixed-radix counting: the next combination.
        if (index > 0)
          for (let position = radices.length - 1; position >= 0; position--) {
            digits[position] = (digits[position] ?? 0) + 1;
            if (digits[position]! < radices[position]!) break;
            digits[position] = 0;
          }
      } else
        for (let position = 0; position < radices.length; position++)
          digits[position] = Math.floor(random() * radices[position]!);
      const day = digits[0]!;
      const reading = digits[1]!;
      const side = sides[day]![reading]!;
      let known = 0;
      for (let position = 0; position < space.facts.length; position++) {
        const [fact, values] = space.facts[position]!;
        const value = values[digits[position + 2]!];
        if (value === MISSING) table.drawn.set(fact, undefined);
        else {
          table.drawn.set(fact, value);
          known++;
        }
      }
      table.reading = side.oud.facts;
      const oud = outcomeOf(side.oud.version, table);
      table.reading = side.nieuw.facts;
      const nieuw = outcomeOf(side.nieuw.version, table);
      scenarios++;
      if (oud === nieuw) continue;
      const niveau = side.minor ? 'minor' : 'major';
      const key = `${task.regel} ${oud} ${nieuw} ${niveau}`;
      const peildatum = space.peildatums[day]!;
      const tally = tallies.get(key);
      if (tally) {
        tally.aantal++;
        if (peildatum < tally.vanaf) tally.vanaf = peildatum;
        if (peildatum > tally.tot) tally.tot = peildatum;
        if (known >= tally.known) continue;
      }
      const voorbeeld: Example = {
        peildatum,
        varianten: space.readings[reading]!,
        feiten: Object.fromEntries(
          [...table.drawn].filter((entry): entry is [string, FactValue] => entry[1] !== undefined),
        ),
      };
      if (tally) {
        tally.voorbeeld = voorbeeld;
        tally.known = known;
      } else
        tallies.set(key, {
          regel: task.regel,
          oud,
          nieuw,
          niveau,
          aantal: 1,
          vanaf: peildatum,
          tot: peildatum,
          voorbeeld,
          known,
        });
    }
    table.drawn.clear();
  }
  const changes = [...tallies.values()].map(({ known: _known, ...change }) => change);
  return { scenarios, volledig, changes };
}

/**
 * Share `total` scenarios among the rules: a rule with few combinations runs them all, the rest share
 * what is left equally (sampled).
 */
export function planScenarios(oldSet: RuleSet, newSet: RuleSet, total: number): ScenarioTask[] {
  const sized = scenarioRules(oldSet, newSet)
    .map((regel) => ({ regel, size: spaceOf(oldSet, newSet, regel).size }))
    .sort((a, b) => a.size - b.size || byText(a.regel, b.regel));
  let remaining = total;
  return sized.map(({ regel, size }, index) => {
    const share = Math.floor(remaining / (sized.length - index));
    const budget = Math.min(size, share);
    remaining -= budget;
    return { regel, budget };
  });
}

/** The changes of several runs (one per worker) as one list, counts added up. */
export function mergeChanges(runs: readonly ScenarioResult[]): ScenarioResult {
  const merged = new Map<string, OutcomeChange>();
  for (const change of runs.flatMap((run) => run.changes)) {
    const key = `${change.regel} ${change.oud} ${change.nieuw} ${change.niveau}`;
    const seen = merged.get(key);
    merged.set(
      key,
      seen
        ? {
            ...seen,
            aantal: seen.aantal + change.aantal,
            vanaf: seen.vanaf < change.vanaf ? seen.vanaf : change.vanaf,
            tot: seen.tot > change.tot ? seen.tot : change.tot,
          }
        : change,
    );
  }
  return {
    scenarios: runs.reduce((sum, run) => sum + run.scenarios, 0),
    volledig: runs.flatMap((run) => run.volledig).sort(),
    changes: [...merged.values()].sort(
      (a, b) => a.regel.localeCompare(b.regel, 'en', { numeric: true }) || b.aantal - a.aantal,
    ),
  };
}

export const levelOfChanges = (changes: readonly OutcomeChange[]): Level =>
  changes.reduce<Level>((level, change) => laterLevel(level, change.niveau), 'geen');
