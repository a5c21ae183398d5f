/**
 * Write <name>.schema.json from the zod schemas into packages/engine/schemas/ and rules/schemas/.
 * The rules package has its own copy so that the rule files' `$schema` is a relative path within
 * that package: it resolves in the repository and in an installed package alike. Run: pnpm schemas
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { SCHEMA_NAMES, jsonSchemaText } from '../src/json-schemas.ts';

for (const folder of ['../schemas/', '../../../rules/schemas/']) {
  const url = new URL(folder, import.meta.url);
  await mkdir(url, { recursive: true });
  for (const name of SCHEMA_NAMES) {
    await writeFile(new URL(`${name}.schema.json`, url), jsonSchemaText(name));
    console.error(new URL(`${name}.schema.json`, url).pathname);
  }
}
