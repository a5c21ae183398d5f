/**
 * The JSON Schemas (draft 2020-12) of every file and message format, generated from the zod schemas
 * so that editors, other languages and the published files can never disagree with the engine.
 */
import { z } from 'zod';
import { PlanSchema } from './input/schema.ts';
import { EvaluationSchema } from './output/schema.ts';
import { CaseFileSchema } from './rules/cases.ts';
import {
  ClauseRegisterSchema,
  HolidayTableSchema,
  ParameterFileSchema,
  QuestionsFileSchema,
  RuleFileSchema,
  SourcesFileSchema,
  VariantFileSchema,
} from './rules/schema.ts';

const SCHEMAS = {
  plan: { schema: PlanSchema, io: 'input' },
  uitslag: { schema: EvaluationSchema, io: 'output' },
  regel: { schema: RuleFileSchema, io: 'input' },
  parameter: { schema: ParameterFileSchema, io: 'input' },
  variant: { schema: VariantFileSchema, io: 'input' },
  feestdagen: { schema: HolidayTableSchema, io: 'input' },
  bronnen: { schema: SourcesFileSchema, io: 'input' },
  vragen: { schema: QuestionsFileSchema, io: 'input' },
  gevallen: { schema: CaseFileSchema, io: 'input' },
  clausules: { schema: ClauseRegisterSchema, io: 'input' },
} as const;

export type SchemaName = keyof typeof SCHEMAS;

/**
 * Where the site publishes the schemas: each schema's `$id`. The same files ship in
 * `@iza-regels/engine/schemas/` and in `@iza-regels/rules/schemas/`, where the rule files' own
 * `$schema` points to them with a relative path (valid in the repository and once installed).
 */
export const SCHEMA_BASE_URL = 'https://iza-regels.nl/schemas/';
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

export function jsonSchema(name: SchemaName): unknown {
  const { schema, io } = SCHEMAS[name];
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'throw',
  });
  return { $schema, $id: `${SCHEMA_BASE_URL}${name}.schema.json`, ...rest };
}

/** The exact text of the committed file: two-space JSON with a final newline. */
export const jsonSchemaText = (name: SchemaName): string =>
  `${JSON.stringify(jsonSchema(name), null, 2)}\n`;
