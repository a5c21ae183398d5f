/**
 * `iza-regels grensgevallen [map]`: record which boundaries of the rules have a worked case on them, in
 * `grensgevallen.json` (packages/engine/src/rules/boundary-cases.ts). `check` then reports a recorded
 * boundary whose last case was deleted. Run it after adding cases, or to let a boundary go on purpose.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { conformanceCases } from '@iza-regels/engine';
import {
  BOUNDARY_REGISTER_FILE,
  boundaryRegister,
  defaultRulesDir,
  formatJson,
  readRuleFiles,
} from '@iza-regels/engine/node';
import { HELP_OPTION, parse } from '../args.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { reportNote } from '../messages.ts';
import { loadRules } from '../rules.ts';

export async function grensgevallenCommand(args: readonly string[]): Promise<ExitCode> {
  const { positionals } = parse(args, HELP_OPTION, 1);
  const dir = positionals[0] ?? defaultRulesDir();
  const ruleSet = await loadRules(dir);
  const { files } = await readRuleFiles(dir);
  const register = boundaryRegister(ruleSet, conformanceCases(files));
  const file = join(dir, BOUNDARY_REGISTER_FILE);
  await writeFile(file, formatJson(register));
  reportNote(
    `✔ ${register.grenzen.length} grenzen met een uitgewerkt geval vastgelegd in ${file}.`,
    `${register.grenzen.length} boundaries with a worked case recorded in ${file}.`,
  );
  return EXIT.ok;
}
