/**
 * Generated fact sets for the differential test: for each fact a rule version reads, the values that
 * matter to its conditions (missing, null, and below, at and above each threshold; the day before, of
 * and after each date), combined at random with a fixed seed so a failure can be replayed.
 */
import { Temporal } from 'temporal-polyfill';
import type { LeafCondition, RuleFile } from '@iza-regels/engine';

type FactValue = string | number | boolean | null;
type Leaf = LeafCondition;
export type Version = RuleFile['versies'][number];

/** A marker for "leave the fact out": the fact is unknown. */
const MISSING = Symbol('ontbreekt');
type Candidate = FactValue | typeof MISSING;

const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function leavesOf(condition: unknown): Leaf[] {
  if (typeof condition !== 'object' || condition === null) return [];
  if ('all' in condition && Array.isArray(condition.all)) return condition.all.flatMap(leavesOf);
  if ('any' in condition && Array.isArray(condition.any)) return condition.any.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition as Leaf];
}

const around = (date: string): string[] => {
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

/** The candidate values per fact for one rule version, with dates around every date it names. */
export function candidates(version: Version): Map<string, Candidate[]> {
  const leaves = [...leavesOf(version.vanToepassing), ...leavesOf(version.voorwaarden)];
  const dates = new Set<string>([
    version.geldigVan,
    ...(version.geldigTot ? [version.geldigTot] : []),
  ]);
  for (const leaf of leaves) if (isIsoDate(leaf.value)) dates.add(leaf.value);
  const dateValues = [...dates].flatMap(around);
  const byFact = new Map<string, Set<Candidate>>([['peildatum', new Set(dateValues)]]);
  const add = (fact: string, values: readonly Candidate[]): void => {
    const set = byFact.get(fact) ?? new Set<Candidate>([MISSING, null]);
    for (const value of values) set.add(value);
    byFact.set(fact, set);
  };
  for (const leaf of leaves) {
    const reference =
      typeof leaf.value === 'object' && !Array.isArray(leaf.value) ? leaf.value.fact : undefined;
    const dateLike = leaf.operator.startsWith('date');
    if (reference === undefined)
      add(leaf.fact, [...near(leaf.value), ...(dateLike ? dateValues : [])]);
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
  version: Version,
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
