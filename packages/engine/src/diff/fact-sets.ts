/**
 * Boundary fact sets: for each fact a rule version reads, the values that matter to its conditions
 * (missing, null, and below, at and above each threshold; the day before, of and after each date).
 * The differential test draws them at random against json-rules-engine; `iza-regels diff` runs them
 * on two rule sets to find the outcomes a change moves.
 */
import { Temporal } from 'temporal-polyfill';
import { PARAMETER_FACT_PREFIX } from '../facts/catalogue.ts';
import type { Condition, LeafCondition, RuleVersion } from '../rules/schema.ts';
import { valueFact } from '../evaluate/three-valued.ts';

export type FactValue = string | number | boolean | null;

/** A marker for "leave the fact out": the fact is unknown. */
export const MISSING = Symbol('ontbreekt');
export type Candidate = FactValue | typeof MISSING;

export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Every leaf of a condition tree, in the order of the file. */
export function leavesOf(condition: Condition | undefined): LeafCondition[] {
  if (condition === undefined) return [];
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition];
}

/** The day before, the day itself and the day after. */
export const around = (date: string): string[] => {
  const day = Temporal.PlainDate.from(date);
  return [day.subtract({ days: 1 }), day, day.add({ days: 1 })].map(String);
};

/** Values on and around one literal a condition compares with. */
function near(value: unknown): FactValue[] {
  if (isIsoDate(value)) return around(value);
  if (typeof value === 'number') return [value - 1, value - 0.5, value, value + 1, String(value)];
  if (typeof value === 'boolean') return [true, false];
  if (typeof value === 'string') return [value, 'iets-anders', ''];
  if (Array.isArray(value)) return [...(value as FactValue[]), 'iets-anders'];
  return [];
}

/** The dates a version names: its period and every date literal in its conditions. */
export function datesOf(version: RuleVersion): string[] {
  const leaves = [...leavesOf(version.vanToepassing), ...leavesOf(version.voorwaarden)];
  return [
    version.geldigVan,
    ...(version.geldigTot ? [version.geldigTot] : []),
    ...leaves.map((leaf) => leaf.value).filter(isIsoDate),
  ];
}

export interface CandidateOptions {
  /**
   * Every value a parameter takes (in any rule set being compared). With it, a condition that compares
   * with `parameter.<id>` gets values around those; without it, both sides range over shared values.
   */
  readonly parameterValues?: (id: string) => readonly unknown[];
  /** More dates to place values around (e.g. the other rule set's version boundaries). */
  readonly dates?: readonly string[];
}

/**
 * The candidate values per fact for some rule versions (one version, or every version of a rule in
 * two rule sets), with dates around every date they name. `peildatum` is among the facts.
 */
export function candidates(
  versions: RuleVersion | readonly RuleVersion[],
  options: CandidateOptions = {},
): Map<string, Candidate[]> {
  const list: readonly RuleVersion[] = Array.isArray(versions) ? versions : [versions];
  const leaves = list.flatMap((version) => [
    ...leavesOf(version.vanToepassing),
    ...leavesOf(version.voorwaarden),
  ]);
  const dates = new Set<string>([...list.flatMap(datesOf), ...(options.dates ?? [])]);
  const parameterOf = (fact: string | undefined): string | undefined =>
    options.parameterValues && fact?.startsWith(PARAMETER_FACT_PREFIX)
      ? fact.slice(PARAMETER_FACT_PREFIX.length)
      : undefined;
  for (const leaf of leaves) {
    const parameter = parameterOf(valueFact(leaf.value));
    if (parameter === undefined) continue;
    for (const value of options.parameterValues?.(parameter) ?? [])
      if (isIsoDate(value)) dates.add(value);
  }
  const dateValues = [...dates].sort().flatMap(around);
  const byFact = new Map<string, Set<Candidate>>([['peildatum', new Set(dateValues)]]);
  const add = (fact: string, values: readonly Candidate[]): void => {
    const set = byFact.get(fact) ?? new Set<Candidate>([MISSING, null]);
    for (const value of values) set.add(value);
    byFact.set(fact, set);
  };
  for (const leaf of leaves) {
    const reference = valueFact(leaf.value);
    const dateLike = leaf.operator.startsWith('date');
    const parameter = parameterOf(reference);
    if (reference === undefined)
      add(leaf.fact, [...near(leaf.value), ...(dateLike ? dateValues : [])]);
    else if (parameter !== undefined)
      // The parameter comes from the rule set being read; the fact ranges around its values.
      add(leaf.fact, [
        ...(options.parameterValues?.(parameter) ?? []).flatMap(near),
        ...(dateLike ? dateValues : []),
      ]);
    else {
      // Two facts compared with each other: both range over the same values.
      const shared = dateLike ? dateValues : [0, 1, 2, 'a', 'b', true, false];
      add(leaf.fact, shared);
      add(reference, shared);
    }
  }
  return new Map([...byFact].map(([fact, set]) => [fact, [...set]]));
}

/** mulberry32: a small seeded generator, so every run draws the same fact sets. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` fact sets for a version, each fact drawn from its candidates (or left out). */
export function* factSets(
  version: RuleVersion,
  count: number,
  random: () => number,
): Generator<Record<string, FactValue>> {
  const options = [...candidates(version)];
  for (let drawn = 0; drawn < count; drawn++) {
    const facts: Record<string, FactValue> = {};
    for (const [fact, values] of options) {
      const value = values[Math.floor(random() * values.length)];
      if (value !== undefined && value !== MISSING) facts[fact] = value;
    }
    yield facts;
  }
}
