/** Worked cases: named after the clause they exercise, with a peildatum, a plan and expected outcomes. */
import { z } from 'zod';
import { PlanSchema } from '../input/schema.ts';
import { OutcomeSchema } from '../output/schema.ts';
import { IsoDateSchema } from './schema.ts';

export const WorkedCaseSchema = z.strictObject({
  naam: z
    .string()
    .min(1)
    .meta({ description: 'Een zin die zegt wat het geval laat zien, beginnend met de clausule' }),
  peildatum: IsoDateSchema,
  varianten: z.array(z.string()).default([]),
  plan: PlanSchema,
  verwacht: z.strictObject({
    regels: z
      .record(z.string(), OutcomeSchema)
      .default({})
      .meta({ description: 'Verwachte uitkomst per regel-id' }),
    vragen: z.record(z.string(), OutcomeSchema).default({}),
    kostenregels: z
      .record(z.string(), z.array(OutcomeSchema))
      .default({})
      .meta({ description: 'Per regel-id de verwachte effectieve uitkomst per kostenregel' }),
    termijnen: z
      .record(
        z.string(),
        z.strictObject({ vervaldatum: IsoDateSchema, status: z.string().optional() }),
      )
      .default({}),
    bedragen: z
      .strictObject({
        gedekt: z.number(),
        nietGedekt: z.number(),
        onbekend: z.number(),
        naEinddatum: z.number().optional(),
      })
      .optional(),
    planning: z.record(z.string(), IsoDateSchema).default({}),
  }),
});
export type WorkedCase = z.output<typeof WorkedCaseSchema>;

export const CaseFileSchema = z
  .strictObject({ $schema: z.string().optional(), gevallen: z.array(WorkedCaseSchema).min(1) })
  .meta({ title: 'Uitgewerkte gevallen' });
export type CaseFile = z.output<typeof CaseFileSchema>;
