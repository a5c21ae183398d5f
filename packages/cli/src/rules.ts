/**
 * The rule set to evaluate with: the shipped rules (prebuilt and checked in `@iza-regels/rules`, so
 * nothing is read or checked again) or a folder given with --regels. A broken folder of your own is
 * invalid input (exit 65); a folder that does not exist is exit 66.
 */
import { stat } from 'node:fs/promises';
import type { RuleSet } from '@iza-regels/engine';
import { loadRuleSetFromDir, shippedRuleSet } from '@iza-regels/engine/node';
import { CliError, EXIT, noInputError } from './exit-codes.ts';
import { isUnreadable } from './io.ts';
import { problemen } from './messages.ts';
import { reportIssues } from './report.ts';

/** Fail with exit 66 unless `dir` is a readable folder. */
export async function requireFolder(dir: string): Promise<void> {
  try {
    if ((await stat(dir)).isDirectory()) return;
  } catch (error) {
    if (!isUnreadable(error)) throw error;
  }
  throw noInputError(
    `De regelmap ${dir} bestaat niet of is geen map.`,
    `The rules folder ${dir} does not exist or is not a folder.`,
  );
}

/**
 * Run `load` on a rules folder. A folder that is missing, or holds a file that cannot be read (a
 * dangling link, for instance), is exit 66; problems in the files themselves are the loader's result.
 */
export async function fromFolder<T>(dir: string, load: (dir: string) => Promise<T>): Promise<T> {
  await requireFolder(dir);
  try {
    return await load(dir);
  } catch (error) {
    if (!isUnreadable(error)) throw error;
    const path = error.path ?? dir;
    throw noInputError(
      `Kan ${path} in de regelmap niet lezen (${error.code}).`,
      `Cannot read ${path} in the rules folder (${error.code}).`,
    );
  }
}

export async function loadRules(dir?: string): Promise<RuleSet> {
  if (dir === undefined) return shippedRuleSet();
  const loaded = await fromFolder(dir, loadRuleSetFromDir);
  if (loaded.ok) return loaded.ruleSet;
  reportIssues(loaded.issues);
  const count = problemen(loaded.issues.length);
  throw new CliError(
    EXIT.dataErr,
    `De regels in ${dir} zijn niet in orde: ${count.nl}. Zie iza-regels check ${dir}.`,
    `The rules in ${dir} do not pass their checks: ${count.en}. See iza-regels check ${dir}.`,
  );
}
