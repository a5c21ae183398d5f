/** Write packages/engine/schemas/<name>.schema.json from the zod schemas. Run: pnpm schemas */
import { writeFile } from 'node:fs/promises';
import { SCHEMA_NAMES, jsonSchemaText } from '../src/json-schemas.ts';

const folder = new URL('../schemas/', import.meta.url);
for (const name of SCHEMA_NAMES) {
  await writeFile(new URL(`${name}.schema.json`, folder), jsonSchemaText(name));
  console.error(`schemas/${name}.schema.json`);
}
