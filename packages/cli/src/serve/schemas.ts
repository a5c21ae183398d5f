/**
 * The request and response bodies of the HTTP API, made of the engine's own zod schemas, so the
 * OpenAPI document, the JSON Schemas and the engine describe one format.
 */
import { z } from '@hono/zod-openapi';
import {
  EvaluationSchema,
  PlanSchema,
  RuleFileSchema,
  SCHEMA_NAMES,
  type RuleSet,
} from '@iza-regels/engine';

/** One row of a batch, and the body of a single evaluation: a plan, or a plan with its options. */
export const RowSchema = z
  .union([
    z.strictObject({
      plan: PlanSchema,
      peildatum: z
        .string()
        .optional()
        .meta({
          description: 'JJJJ-MM-DD; standaard: vandaag in Nederland',
          examples: ['2026-11-23'],
        }),
      varianten: z.array(z.string()).optional().meta({
        description: 'Andere lezingen, bijvoorbeeld azwa-2028',
      }),
    }),
    PlanSchema,
  ])
  .meta({
    title: 'Rij',
    description:
      'Een plan, of {"plan": {...}, "peildatum": "...", "varianten": [...]} met eigen opties',
  });

export const RecordSchema = z
  .intersection(
    z.object({
      rij: z.number().int().positive(),
      regel: z.number().int().positive().meta({ description: 'Regelnummer in de invoer' }),
    }),
    EvaluationSchema,
  )
  .meta({ title: 'Batchregel', description: 'Eén regel van de NDJSON-uitvoer van een batch' });

export const DeadlinesRequestSchema = z
  .strictObject({
    gebeurtenissen: z.record(z.string(), z.string()).meta({
      description: 'Datums van gebeurtenissen (JJJJ-MM-DD), zoals gebeurtenissen.* in een plan',
      examples: [{ snelleToetsGoedgekeurd: '2025-10-31' }],
    }),
    peildatum: z.string().optional(),
    varianten: z.array(z.string()).optional(),
  })
  .meta({ title: 'Termijnenverzoek' });

export const HealthSchema = z.object({ status: z.literal('pass') });

export const RuleSetInfoSchema = z
  .object({
    versie: z.string(),
    hash: z.string(),
    regels: z.array(RuleFileSchema.pick({ id: true, titel: true, soort: true, bereik: true })),
    clausules: z.array(
      z.object({ bron: z.string(), id: z.string(), vindplaats: z.string(), soort: z.string() }),
    ),
  })
  .meta({ title: 'Regelset' });

/** What GET /v1/regelset answers: the version and hash, every rule and every clause by its id. */
export function ruleSetInfo(ruleSet: RuleSet): z.output<typeof RuleSetInfoSchema> {
  return {
    versie: ruleSet.versie,
    hash: ruleSet.hash,
    regels: [...ruleSet.regels.values()].map(({ id, titel, soort, bereik }) => ({
      id,
      titel,
      soort,
      bereik,
    })),
    clausules: [...ruleSet.clausules.values()].flatMap((register) =>
      register.clausules.map(({ id, vindplaats, soort }) => ({
        bron: register.bron,
        id,
        vindplaats,
        soort,
      })),
    ),
  };
}

export const SchemaNameSchema = z.enum(SCHEMA_NAMES as [string, ...string[]]);
