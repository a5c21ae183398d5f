/**
 * The compiled conditions against json-rules-engine, the reference semantics of the rule format:
 * identical state, found value and missing facts per condition, on every worked case and on at least
 * 100,000 generated fact sets.
 */
import { describe, expect, it } from 'vitest';
import {
  differenceWithReference,
  factSets,
  judgedUnits,
  seededRandom,
} from '@iza-regels/engine/node';
import type { RuleFile } from '@iza-regels/engine';
import { shippedRules, workedCases } from './support.ts';

const ruleSet = await shippedRules();
const versions: Array<{ id: string; version: Version }> = [...ruleSet.regels.values()].flatMap(
  (rule) => rule.versies.map((version) => ({ id: rule.id, version })),
);
type Version = RuleFile['versies'][number];
const GENERATED = 100_000;

describe('compiled conditions agree with json-rules-engine', () => {
  it(`on ${GENERATED.toLocaleString('en')} generated fact sets over every rule version`, async () => {
    const random = seededRandom(20261130);
    const perVersion = Math.ceil(GENERATED / versions.length);
    let compared = 0;
    const differences: string[] = [];
    for (const { id, version } of versions) {
      for (const facts of factSets(version, perVersion, random)) {
        compared++;
        const difference = await differenceWithReference(version, facts);
        if (difference && differences.length < 5)
          differences.push(`${id} ${JSON.stringify(facts)}: ${JSON.stringify(difference)}`);
      }
    }
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(GENERATED);
  }, 120_000);

  it('on the facts of every worked case, for every rule version in force', async () => {
    const differences: string[] = [];
    let compared = 0;
    for (const entry of await workedCases()) {
      const units = judgedUnits(ruleSet, entry.plan, {
        peildatum: entry.peildatum,
        variant: entry.varianten,
      });
      for (const { rule, version, facts } of units) {
        compared++;
        const difference = await differenceWithReference(version, facts);
        if (difference) differences.push(`${entry.naam} · ${rule}: ${JSON.stringify(difference)}`);
      }
    }
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(0);
  });
});
