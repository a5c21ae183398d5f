/**
 * Every worked case under rules/gevallen, run through `evaluate`: the outcomes the sources support,
 * per rule, per question, per cost line, the deadlines, the planning and the money.
 */
import { describe, expect, it } from 'vitest';
import { caseMismatches, evaluateWith, type Receipt } from '@iza-regels/engine';
import { shippedRules, workedCases } from './support.ts';

const ruleSet = await shippedRules();
const cases = await workedCases();

async function receiptFor(entry: (typeof cases)[number]): Promise<Receipt> {
  const result = await evaluateWith(ruleSet, entry.plan, {
    peildatum: entry.peildatum,
    variant: entry.varianten,
    andereLezingen: false,
  });
  if (!result.geldig) throw new Error(`invalid case: ${JSON.stringify(result.problemen)}`);
  return result;
}

describe.each([...new Set(cases.map((entry) => entry.bestand))])(
  'worked cases in %s',
  (bestand) => {
    it.each(
      cases
        .filter((entry) => entry.bestand === bestand)
        .map((entry) => [entry.naam, entry] as const),
    )('%s', async (_naam, entry) => {
      expect(caseMismatches(await receiptFor(entry), entry.verwacht)).toEqual([]);
    });
  },
);

describe('worked-case coverage', () => {
  it('exercises every test and deadline rule with voldoet, voldoet niet and onbekend', () => {
    const seen = new Map<string, Set<string>>();
    for (const entry of cases) {
      for (const [id, outcome] of Object.entries(entry.verwacht.regels)) {
        seen.set(id, (seen.get(id) ?? new Set()).add(outcome));
      }
    }
    const gaps = [...ruleSet.regels.values()]
      .filter((rule) => rule.soort !== 'rekenwijze')
      .flatMap((rule) =>
        (['voldoet', 'voldoet-niet', 'onbekend'] as const)
          .filter((outcome) => !seen.get(rule.id)?.has(outcome))
          .map((outcome) => `${rule.id}: ${outcome}`),
      );
    expect(gaps).toEqual([]);
  });

  it('names every case after the clause or rule it exercises', () => {
    const unnamed = cases
      .filter((entry) => !/^(ADD|WI|BK|CAL|FIN|SPUK|DUSI|AZWA)[.-]/.test(entry.naam))
      .map((entry) => entry.naam);
    expect(unnamed).toEqual([]);
  });
});
