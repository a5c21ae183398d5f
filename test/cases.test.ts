/**
 * Every worked case under rules/gevallen, run through `evaluate`: the outcomes the sources support,
 * per rule, per question, per cost line, the deadlines, the planning and the money.
 */
import { describe, expect, it } from 'vitest';
import {
  caseMismatches,
  DEADLINE_PLACEHOLDERS,
  evaluateWith,
  EXPLANATION_KEYS,
  FACTS,
  type Receipt,
} from '@iza-regels/engine';
import { shippedRules, workedCases } from './support.ts';

const ruleSet = await shippedRules();
const cases = await workedCases();

// Each case is evaluated once; the tests on the texts below read the same receipts.
const receipts = new Map<(typeof cases)[number], Promise<Receipt>>();

function receiptFor(entry: (typeof cases)[number]): Promise<Receipt> {
  let receipt = receipts.get(entry);
  if (!receipt) {
    receipt = evaluateWith(ruleSet, entry.plan, {
      peildatum: entry.peildatum,
      variant: entry.varianten,
      andereLezingen: false,
    }).then((result) => {
      if (!result.geldig) throw new Error(`invalid case: ${JSON.stringify(result.problemen)}`);
      return result;
    });
    receipts.set(entry, receipt);
  }
  return receipt;
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

/** Every string in a value, with its path. */
function* strings(value: unknown, pad: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [pad, value];
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* strings(item, `${pad}[${i}]`);
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) yield* strings(item, `${pad}.${key}`);
}

/** The value at a dotted input path such as `gebeurtenissen.planGoedgekeurd`. */
function inputAt(plan: unknown, pad: string): unknown {
  return pad
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined,
      plan,
    );
}

/** The literal sentence parts of a template, without its `{…}` values. */
const literalParts = (template: string): string[] =>
  template
    .split(/\{[^{}]*\}/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 12);

describe('the texts a user reads in the receipts of all worked cases', () => {
  it('leave no {placeholder} unfilled, in Dutch or in English', async () => {
    const left: string[] = [];
    let read = 0;
    for (const entry of cases) {
      for (const [pad, text] of strings(await receiptFor(entry), 'uitslag')) {
        read++;
        for (const match of text.match(/\{[^{}]*\}/g) ?? [])
          left.push(`${entry.naam} ${pad}: ${match}`);
      }
    }
    expect(read).toBeGreaterThan(cases.length);
    expect(left).toEqual([]);
  });

  it("never say that a deadline's act happened when it is known not to have happened (null)", async () => {
    const claims: string[] = [];
    let nullEvents = 0;
    for (const entry of cases) {
      for (const result of (await receiptFor(entry)).regels) {
        const version = ruleSet.regels
          .get(result.id)
          ?.versies.find((versie) => versie.geldigVan === result.versie?.geldigVan);
        const einde = version?.termijn?.einde;
        const invoer =
          einde === undefined ? undefined : FACTS.find((fact) => fact.id === einde)?.invoer;
        if (!version?.uitleg || invoer === undefined || inputAt(entry.plan, invoer) !== null)
          continue;
        nullEvents++;
        if (result.termijn?.afgerond !== undefined)
          claims.push(`${entry.naam} ${result.id}: afgerond`);
        // The texts that need the act's date are the texts for an act that happened.
        const happened = EXPLANATION_KEYS.filter((key) =>
          DEADLINE_PLACEHOLDERS[key].includes('afgerond'),
        );
        for (const key of happened) {
          for (const language of ['nl', 'en'] as const) {
            const template = version.uitleg[key]?.[language] ?? '';
            for (const part of literalParts(template))
              if (result.uitleg[language].includes(part))
                claims.push(`${entry.naam} ${result.id} (${language}): "${part}"`);
          }
        }
      }
    }
    expect(nullEvents).toBeGreaterThan(0);
    expect(claims).toEqual([]);
  });
});
