/**
 * `iza-regels citaten [map]`: record the quotes from sources without a text in `bronnen/` in
 * `citaten.json` (packages/engine/src/rules/quote-register.ts). Run it after checking a new or changed
 * quote against its source: from then on `check` reports any other change to it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  defaultRulesDir,
  formatJson,
  QUOTE_REGISTER_FILE,
  quoteRegister,
} from '@iza-regels/engine/node';
import { HELP_OPTION, parse } from '../args.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { reportNote } from '../messages.ts';
import { loadRules } from '../rules.ts';

export async function citatenCommand(args: readonly string[]): Promise<ExitCode> {
  const { positionals } = parse(args, HELP_OPTION, 1);
  const dir = positionals[0] ?? defaultRulesDir();
  const register = quoteRegister(await loadRules(dir));
  await writeFile(join(dir, QUOTE_REGISTER_FILE), formatJson(register));
  const count = Object.values(register.bronnen)
    .flatMap((clauses) => Object.values(clauses))
    .reduce((sum, hashes) => sum + hashes.length, 0);
  reportNote(
    `✔ ${count} citaten uit bronnen zonder brontekst vastgelegd in ${join(dir, QUOTE_REGISTER_FILE)}.`,
    `${count} quotes from sources without a text recorded in ${join(dir, QUOTE_REGISTER_FILE)}.`,
  );
  return EXIT.ok;
}
