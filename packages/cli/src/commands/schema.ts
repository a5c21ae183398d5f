/**
 * `iza-regels schema [naam]`: print one of the JSON Schemas the engine package ships in `schemas/`,
 * for editors and for validating plans in other tooling. `--list` prints the names.
 */
import { readFile } from 'node:fs/promises';
import { SCHEMA_NAMES } from '@iza-regels/engine';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP_OPTION, choice, parse } from '../args.ts';
import { EXIT, noInputError, type ExitCode } from '../exit-codes.ts';
import { isUnreadable, out } from '../io.ts';

export { SCHEMA_NAMES };
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const OPTIONS = { ...HELP_OPTION, list: { type: 'boolean' } } as const;

/** The file of a schema inside the installed engine package. */
export function schemaPath(name: SchemaName): string {
  const engineDir = dirname(fileURLToPath(import.meta.resolve('@iza-regels/engine/package.json')));
  return join(engineDir, 'schemas', `${name}.schema.json`);
}

export async function schemaCommand(args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parse(args, OPTIONS, 1);
  if (values.list) {
    out(SCHEMA_NAMES.join('\n'));
    return EXIT.ok;
  }
  const name = choice(positionals[0], SCHEMA_NAMES, 'plan', 'schema');
  const path = schemaPath(name);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (!isUnreadable(error)) throw error;
    throw noInputError(
      `Het schema "${name}" ontbreekt (${path}). Genereer de schema's met: pnpm schemas`,
      `The schema "${name}" is missing (${path}). Generate the schemas with: pnpm schemas`,
    );
  }
  out(text);
  return EXIT.ok;
}
