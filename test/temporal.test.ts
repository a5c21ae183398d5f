/**
 * Time as data: walking every day from 2023 to 2030, each rule and parameter has at most one version
 * in force, and once a rule has started it has no gap until its last version ends.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { shippedRules } from './support.ts';

const ruleSet = await shippedRules();
const FIRST = Temporal.PlainDate.from('2023-01-01');
const LAST = Temporal.PlainDate.from('2030-12-31');

interface Dated {
  readonly geldigVan: string;
  readonly geldigTot: string | null;
}

function walk(versions: readonly Dated[]): { overlaps: string[]; gaps: string[] } {
  const overlaps: string[] = [];
  const gaps: string[] = [];
  let started = false;
  let ended = false;
  for (let day = FIRST; Temporal.PlainDate.compare(day, LAST) <= 0; day = day.add({ days: 1 })) {
    const iso = day.toString();
    const inForce = versions.filter(
      (v) => v.geldigVan <= iso && (v.geldigTot === null || iso <= v.geldigTot),
    ).length;
    if (inForce > 1) overlaps.push(iso);
    if (inForce === 1) {
      if (ended) gaps.push(iso);
      started = true;
    } else if (started) ended = true;
  }
  return { overlaps, gaps };
}

const series: Array<[string, readonly Dated[]]> = [
  ...[...ruleSet.regels.values()].map((rule): [string, readonly Dated[]] => [
    rule.id,
    rule.versies,
  ]),
  ...[...ruleSet.parameters.values()].flatMap((parameter): Array<[string, readonly Dated[]]> => [
    [`parameter ${parameter.id}`, parameter.versies],
    ...Object.entries(parameter.varianten).map(([variant, versies]): [string, readonly Dated[]] => [
      `parameter ${parameter.id} (${variant})`,
      versies,
    ]),
  ]),
];

describe('versions through time, 2023-01-01 to 2030-12-31', () => {
  it.each(series)('%s has no overlap and no gap between its versions', (_id, versions) => {
    expect(walk(versions)).toEqual({ overlaps: [], gaps: [] });
  });
});
