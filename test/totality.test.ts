/**
 * `evaluateWith` is total (design.md, Evaluation): for any JSON value and any options it returns a
 * receipt valid against its own published JSON Schema, or a list of problems, and never throws. The
 * same input gives the same receipt, and the totals do not depend on the order of the cost lines.
 * Plans are drawn from the plan schema itself, so the properties reach every field it has.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateWith,
  PlanSchema,
  type Evaluation,
  type SummaryEvaluation,
} from '@iza-regels/engine';
import { CostLineSchema } from '../packages/engine/src/input/schema.ts';
import { publishedSchemaValidator, shippedRules } from './support.ts';

const ruleSet = await shippedRules();
const variants = [...ruleSet.varianten.keys()];

const validReceipt = await publishedSchemaValidator('uitslag');

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
const day = (years: { min: number; max: number }) =>
  fc
    .tuple(fc.integer(years), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const PLAN_YEARS = { min: 2023, max: 2029 };

/** Values a plan field may hold, and (rough) values next to them that the schema must refuse. */
const VALUES = {
  date: {
    valid: day(PLAN_YEARS),
    rough: fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  },
  period: {
    valid: fc.oneof(
      fc.integer(PLAN_YEARS).map(String),
      fc
        .tuple(fc.integer(PLAN_YEARS), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${pad(m, 2)}`),
    ),
    rough: fc.integer({ min: 0, max: 9999 }).map((y) => pad(y, 4)),
  },
  /** Whole cents; rough: a third decimal or below zero. */
  amount: {
    valid: fc
      .oneof(fc.integer({ min: 0, max: 100_00 }), fc.integer({ min: 0, max: 5_000_000_00 }))
      .map((cents) => cents / 100),
    rough: fc.double({ min: -1000, max: 1000, noNaN: true }),
  },
  year: { valid: fc.integer(PLAN_YEARS), rough: fc.integer({ min: -10, max: 10_000 }) },
  /** Names and regions; rough: half a surrogate pair, which JSON allows but Unicode does not. */
  text: {
    valid: fc.oneof(
      fc.constantFrom('Noord-Veluwe', 'noord-veluwe ', 'Twente', 'Sociaal werker', 'x', 'Zorg 😀'),
      fc.string({ unit: 'binary', maxLength: 8 }).map((text) => `Plan ${text}`),
    ),
    rough: fc
      .tuple(fc.string({ maxLength: 3 }), fc.integer({ min: 0xd800, max: 0xdfff }))
      .map(([text, half]) => text + String.fromCharCode(half)),
  },
} as const;

type Kind = keyof typeof VALUES;

interface ZodNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly format?: string;
      readonly shape?: Record<string, ZodNode>;
      readonly innerType?: ZodNode;
      readonly element?: ZodNode;
      readonly entries?: Record<string, string>;
    };
  };
}

/**
 * An arbitrary for one field of the plan schema, by its zod definition and (for text and numbers) its
 * name. `rough` mixes in values the schema refuses; without it every plan is valid.
 */
function arbitraryFor(schema: ZodNode, key: string, rough: boolean): fc.Arbitrary<unknown> {
  const value = (kind: Kind): fc.Arbitrary<unknown> =>
    rough
      ? fc.oneof({ weight: 19, arbitrary: VALUES[kind].valid }, VALUES[kind].rough)
      : VALUES[kind].valid;
  const def = schema._zod.def;
  switch (def.type) {
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).filter(([name]) => name !== '$schema');
      const shape = Object.fromEntries(
        fields.map(([name, field]) => [name, arbitraryFor(field, name, rough)]),
      );
      const requiredKeys = fields
        .filter(([, field]) => field._zod.def.type !== 'optional')
        .map(([name]) => name);
      return fc.record(shape, { requiredKeys });
    }
    case 'optional':
      return arbitraryFor(def.innerType as ZodNode, key, rough);
    case 'nullable':
      return fc.oneof(
        { weight: 4, arbitrary: arbitraryFor(def.innerType as ZodNode, key, rough) },
        fc.constant(null),
      );
    case 'array':
      return fc.array(arbitraryFor(def.element as ZodNode, key, rough), {
        minLength: key === 'bedragen' ? 1 : 0,
        maxLength: 3,
      });
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'boolean':
      return fc.boolean();
    case 'string':
      if (def.format === 'date') return value('date');
      if (key === 'periode') return value('period');
      return value('text');
    case 'number':
      if (/jaar/i.test(key)) return value('year');
      if (key === 'aantal') return fc.integer({ min: 0, max: 12 });
      return value('amount');
    default:
      throw new Error(`no arbitrary for a zod ${def.type} at ${key}`);
  }
}

const planFrom = (rough: boolean) =>
  arbitraryFor(PlanSchema, 'plan', rough) as fc.Arbitrary<Record<string, unknown>>;
/** Plans the schema accepts, with any subset of its fields. */
const plan = planFrom(false);
/** Plans with now and then a value the schema refuses, deep in the plan. */
const roughPlan = planFrom(true);

const options = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue(),
  fc.record(
    {
      peildatum: fc.oneof(VALUES.date.valid, VALUES.date.rough, fc.string(), fc.jsonValue()),
      variant: fc.oneof(fc.constantFrom(...variants), fc.subarray(variants), fc.jsonValue()),
      andereLezingen: fc.oneof(fc.boolean(), fc.jsonValue()),
      detail: fc.oneof(fc.constantFrom('volledig', 'samenvatting'), fc.jsonValue()),
    },
    { requiredKeys: [] },
  ),
);

/** Options that are valid, for the properties of receipts; other readings off to stay fast. */
const validOptions = fc.record({
  peildatum: fc
    .tuple(
      fc.integer({ min: 2024, max: 2029 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  variant: fc.subarray(variants),
  andereLezingen: fc.constant(false),
  detail: fc.constantFrom('volledig', 'samenvatting'),
});

/** The result as a consumer reads it (JSON), checked against the published schema. */
function schemaErrors(result: Evaluation | SummaryEvaluation): unknown {
  return validReceipt(JSON.parse(JSON.stringify(result))) ? [] : validReceipt.errors;
}

const RUNS = { numRuns: 300 };

describe('evaluateWith is total', () => {
  it('returns a result valid against uitslag.schema.json for any JSON value and any options', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), options, async (input, opties) => {
        const result = await evaluateWith(ruleSet, input, opties as never);
        expect(schemaErrors(result)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('returns a schema-valid receipt or problems for plans drawn from the plan schema, with any options', async () => {
    let receipts = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(plan, roughPlan),
        fc.oneof(validOptions, options),
        async (input, opties) => {
          const result = await evaluateWith(ruleSet, input, opties as never);
          if (result.geldig) receipts += 1;
          expect(schemaErrors(result)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
    // The plans reach the rules, not only the schema's problems.
    expect(receipts).toBeGreaterThan(15);
  });

  it('gives the same receipt for the same plan, options and rule-set hash', async () => {
    await fc.assert(
      fc.asyncProperty(plan, validOptions, async (input, opties) => {
        const first = await evaluateWith(ruleSet, input, opties);
        const second = await evaluateWith(ruleSet, structuredClone(input), { ...opties });
        expect(second.regelset.hash).toBe(first.regelset.hash);
        expect(second).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });

  it('gives the same totals when the cost lines come in reverse order', async () => {
    const costLines = fc.array(
      arbitraryFor(CostLineSchema as unknown as ZodNode, 'kosten', false),
      {
        minLength: 2,
        maxLength: 8,
      },
    );
    await fc.assert(
      fc.asyncProperty(plan, costLines, validOptions, async (input, kosten, opties) => {
        const forward = await evaluateWith(ruleSet, { ...input, kosten }, opties);
        const backward = await evaluateWith(
          ruleSet,
          { ...input, kosten: kosten.toReversed() },
          opties,
        );
        expect(forward.geldig && backward.geldig).toBe(true);
        if (!forward.geldig || !backward.geldig) return;
        expect(backward.bedragen.totaal).toEqual(forward.bedragen.totaal);
        expect(backward.bedragen.perJaar).toEqual(forward.bedragen.perJaar);
        expect(backward.bedragen.naEinddatum).toBe(forward.bedragen.naEinddatum);
      }),
      { numRuns: 50 },
    );
  });
});

describe('texts in a plan are well-formed Unicode', () => {
  it('refuses half a surrogate pair in any text, naming the field, instead of failing on the input hash', async () => {
    const plan = {
      naam: 'Zorg \ud800 in de wijk',
      kosten: [
        {
          omschrijving: '\udc00',
          bedragen: [{ periode: '2026', bedrag: 1 }],
        },
      ],
    };
    const result = await evaluateWith(ruleSet, plan, { peildatum: '2026-11-23' });
    expect(result.geldig).toBe(false);
    if (result.geldig) return;
    expect(result.problemen.map((problem) => [problem.code, problem.pad])).toEqual([
      ['invoer-ongeldige-tekst', 'naam'],
      ['invoer-ongeldige-tekst', 'kosten[0].omschrijving'],
    ]);
  });

  it('accepts a whole surrogate pair (an emoji) in a text', async () => {
    const result = await evaluateWith(ruleSet, { naam: 'Zorg 😀' }, { peildatum: '2026-11-23' });
    expect(result.geldig).toBe(true);
  });
});
