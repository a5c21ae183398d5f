/**
 * The committed JSON Schemas are generated from the zod schemas and must not drift from them; and the
 * files policy staff edit validate against the published schemas with an independent validator (Ajv).
 */
import { readFile, readdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  jsonSchemaText,
  SCHEMA_BASE_URL,
  SCHEMA_NAMES,
  type SchemaName,
} from '../packages/engine/src/json-schemas.ts';
import { rulesDir } from './support.ts';

const schemaFile = (name: SchemaName, folder = '../packages/engine/schemas/'): URL =>
  new URL(`${folder}${name}.schema.json`, import.meta.url);

describe('generated JSON Schemas', () => {
  it.each(SCHEMA_NAMES)(
    'schemas/%s.schema.json matches the zod schema, in the engine and in the rules package (run `pnpm schemas` after a change)',
    async (name) => {
      expect(await readFile(schemaFile(name), 'utf8')).toBe(jsonSchemaText(name));
      expect(await readFile(schemaFile(name, '../rules/schemas/'), 'utf8')).toBe(
        jsonSchemaText(name),
      );
    },
  );

  it.each(SCHEMA_NAMES)('%s has the URL where the site publishes it as its $id', (name) => {
    const { $id } = JSON.parse(jsonSchemaText(name)) as { $id: string };
    expect($id).toBe(`${SCHEMA_BASE_URL}${name}.schema.json`);
  });
});

async function jsonFiles(folder: string): Promise<string[]> {
  const entries = await readdir(`${rulesDir}/${folder}`, { recursive: true });
  return entries.filter((name) => name.endsWith('.json')).map((name) => `${folder}/${name}`);
}

const SCHEMA_BY_FOLDER: Array<[string, SchemaName]> = [
  ['regels', 'regel'],
  ['parameters', 'parameter'],
  ['varianten', 'variant'],
  ['gevallen', 'gevallen'],
  ['voorbeelden', 'plan'],
  ['clausules', 'clausules'],
];

describe('rule files against the published JSON Schemas (Ajv, draft 2020-12)', async () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validators = new Map<SchemaName, ReturnType<typeof ajv.compile>>();
  for (const name of SCHEMA_NAMES)
    validators.set(
      name,
      ajv.compile(JSON.parse(await readFile(schemaFile(name), 'utf8')) as object),
    );
  const files: Array<[string, SchemaName]> = [
    ['kalender/feestdagen.json', 'feestdagen'],
    ['bronnen.json', 'bronnen'],
    ['vragen.json', 'vragen'],
  ];
  for (const [folder, name] of SCHEMA_BY_FOLDER)
    for (const file of await jsonFiles(folder)) files.push([file, name]);

  it.each(files)('%s is valid against %s.schema.json', async (file, name) => {
    const validate = validators.get(name);
    const data = JSON.parse(await readFile(`${rulesDir}/${file}`, 'utf8')) as unknown;
    expect(validate?.(data) ? [] : validate?.errors).toEqual([]);
  });

  // Relative to the file, inside the rules package: the same path in the repository and installed.
  it.each(files)('%s names %s.schema.json of the rules package in $schema', async (file, name) => {
    const { $schema } = JSON.parse(await readFile(`${rulesDir}/${file}`, 'utf8')) as {
      $schema?: string;
    };
    const target = new URL($schema ?? '', pathToFileURL(`${rulesDir}/${file}`));
    expect(target.href).toBe(pathToFileURL(`${rulesDir}/schemas/${name}.schema.json`).href);
  });
});
