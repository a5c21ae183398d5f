/**
 * Phase "facts": the units the rules judge, each with its facts, derived once per reading: the plan,
 * each cost line, and each period of a cost line whose money depends on its date.
 */
import { isoDate, periodBounds, type PlainDate } from '../dates/calendar.ts';
import type { RollPolicy } from '../dates/deadlines.ts';
import {
  costLineFacts,
  needsException,
  planFacts,
  type FactMap,
  type Facts,
} from '../facts/derive.ts';
import { FactTable } from '../facts/table.ts';
import type { CostLine, Plan } from '../input/schema.ts';
import { PARAMETER_FACT_PREFIX } from '../facts/catalogue.ts';
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
  readonly facts: FactTable;
  /** This line's own facts alone. */
  readonly own: FactMap;
  /**
   * Per period of a line that needs the Addendum's exception: its facts with the period's last day,
   * so amounts in December 2027 and January 2028 of one line fall on either side of the end date.
   */
  readonly periods: ReadonlyArray<{ readonly periode: string; readonly facts: FactTable }>;
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
  readonly facts: FactTable;
  readonly lines: readonly LineUnit[];
}

/**
 * A cache of values that depend on a rule set and a key alone (a day, a reading): the same for every
 * plan of a batch, never changed once made, bounded for a stream of peildatums.
 */
function perRuleSet<T>(): (ruleSet: RuleSet, key: string, make: () => T) => T {
  const caches = new WeakMap<RuleSet, Map<string, T>>();
  return (ruleSet, key, make) => {
    let known = caches.get(ruleSet);
    if (!known) {
      known = new Map();
      caches.set(ruleSet, known);
    }
    let value = known.get(key);
    if (value === undefined) {
      value = make();
      if (known.size >= 1_000) known.clear();
      known.set(key, value);
    }
    return value;
  };
}

const versionLookups = perRuleSet<Units['versionOf']>();

/** The version of each rule in force on the day, looked up once per rule and day. */
function versionsInForce(ruleSet: RuleSet, peildatum: PlainDate): Units['versionOf'] {
  return versionLookups(ruleSet, isoDate(peildatum), () => {
    const found = new Map<RuleFile, RuleVersion | undefined>();
    return (rule) => {
      if (!found.has(rule)) found.set(rule, inForce(rule.versies, peildatum));
      return found.get(rule);
    };
  });
}

interface Reading {
  readonly parameters: ReadonlyMap<string, ResolvedParameter>;
  readonly facts: Readonly<Facts>;
  readonly table: FactTable;
}

// What a reading decides depends on the rule set, the day and the variants alone.
const readings = perRuleSet<Reading>();

/** The facts that only the chosen variants decide: which variants hold, and the parameters. */
function readingFacts(
  ruleSet: RuleSet,
  peildatum: PlainDate,
  variants: readonly string[],
): Reading {
  return readings(ruleSet, `${isoDate(peildatum)} ${variants.join(' ')}`, () => {
    const parameters = resolveParameters(ruleSet, peildatum, variants);
    const facts: Facts = parameterFacts(parameters);
    for (const variant of ruleSet.varianten.keys())
      facts[`variant.${variant}`] = variants.includes(variant);
    return { parameters, facts, table: new FactTable(facts) };
  });
}

export function unitsOf(
  ruleSet: RuleSet,
  plan: Plan,
  peildatum: PlainDate,
  variants: readonly string[],
): Units {
  const reading = readingFacts(ruleSet, peildatum, variants);
  const facts = new FactTable(planFacts(plan, peildatum), reading.table);
  return withLines(ruleSet, plan, peildatum, variants, reading.parameters, facts);
}

/**
 * The units of another reading of the same plan: the literal reading's facts with the variants'
 * own facts on top, so nothing the variants do not decide is derived again. `changed` names the
 * facts whose value differs from the literal reading: only rules that read one must be judged again.
 */
export function otherReading(
  literal: Units,
  variants: readonly string[],
): { units: Units; changed: ReadonlySet<string> } {
  const { ruleSet, plan, peildatum } = literal;
  const reading = readingFacts(ruleSet, peildatum, variants);
  const changed = changedFacts(readingFacts(ruleSet, peildatum, literal.variants), reading);
  // A variant reads a parameter differently but never removes one; if it did, derive afresh.
  if (!changed)
    return {
      units: unitsOf(ruleSet, plan, peildatum, variants),
      changed: new Set([...Object.keys(literal.facts.toFacts()), ...Object.keys(reading.facts)]),
    };
  return {
    units: withLines(
      ruleSet,
      plan,
      peildatum,
      variants,
      reading.parameters,
      reading.table.over(literal.facts),
      literal,
    ),
    changed,
  };
}

// What differs between two readings depends on the readings alone (plan facts never carry the
// `parameter.` and `variant.` ids a reading decides), so it is worked out once per pair.
const changes = new WeakMap<Reading, WeakMap<Reading, ReadonlySet<string> | false>>();

/** The reading facts `other` decides differently from `literal`; `false` if it drops a parameter. */
function changedFacts(literal: Reading, other: Reading): ReadonlySet<string> | false {
  let own = changes.get(literal);
  if (!own) {
    own = new WeakMap();
    changes.set(literal, own);
  }
  let changed = own.get(other);
  if (changed === undefined) {
    const dropsOne = [...literal.parameters.keys()].some(
      (id) => !(`${PARAMETER_FACT_PREFIX}${id}` in other.facts),
    );
    changed = dropsOne
      ? false
      : new Set(Object.keys(other.facts).filter((id) => literal.facts[id] !== other.facts[id]));
    own.set(other, changed);
  }
  return changed;
}

// A period's own fact (its last day) is the same for every plan: made once per period.
const periodFacts = new Map<string, FactMap>();

function lastDayOf(periode: string): FactMap {
  let facts = periodFacts.get(periode);
  if (!facts) {
    facts = new Map([['kostenregel.laatsteDag', isoDate(periodBounds(periode).last)]]);
    if (periodFacts.size >= 10_000) periodFacts.clear();
    periodFacts.set(periode, facts);
  }
  return facts;
}

function withLines(
  ruleSet: RuleSet,
  plan: Plan,
  peildatum: PlainDate,
  variants: readonly string[],
  parameters: ReadonlyMap<string, ResolvedParameter>,
  facts: FactTable,
  literal?: Units,
): Units {
  // Same plan, same peildatum: another reading finds the same versions in force.
  const versionOf = literal?.versionOf ?? versionsInForce(ruleSet, peildatum);
  const lines = (plan.kosten ?? []).map((line, index): LineUnit => {
    const ownFacts = literal?.lines[index]?.own ?? costLineFacts(line);
    const own = new FactTable(ownFacts, facts);
    return {
      index,
      line,
      own: ownFacts,
      facts: own,
      periods:
        needsException(line) === true
          ? line.bedragen.map(({ periode }) => ({
              periode,
              facts: new FactTable(lastDayOf(periode), own),
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
    versionOf,
    facts,
    lines,
  };
}

/**
 * The last day structural social-domain costs may be paid from transformation funds in this reading
 * (Addendum; moved by the `azwa-2028` variant), if a parameter gives one.
 */
export function endDate(units: Units): string | undefined {
  const einddatum = units.parameters.get('addendum-einddatum')?.waarde;
  return typeof einddatum === 'string' ? einddatum : undefined;
}
