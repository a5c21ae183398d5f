/**
 * A scratch copy of the shipped rules folder, to break on purpose; removed when the test finishes.
 * With `caseFiles`, only those files of `gevallen/` and their golden files in `conformance/`: `check`
 * and `conformance` evaluate every worked case in the folder, and a few suffice for a test. The
 * register of boundary cases (`grensgevallen.json`) is then left out: it names boundaries whose cases
 * are in the other files.
 */
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import { onTestFinished } from 'vitest';
import { defaultRulesDir } from '@iza-regels/engine/node';

export async function rulesCopy(caseFiles?: readonly string[]): Promise<string> {
  const rules = defaultRulesDir();
  const dir = await mkdtemp(join(tmpdir(), 'iza-regels-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const stems = caseFiles?.map((name) => name.replace(/\.json$/, ''));
  const kept = (source: string): boolean => {
    if (source.split(sep).includes('node_modules')) return false;
    if (stems === undefined) return true;
    if (source === join(rules, 'grensgevallen.json')) return false;
    if (source.startsWith(join(rules, 'gevallen') + sep))
      return stems.some((stem) => basename(source) === `${stem}.json`);
    // A golden file is named after its case file and the case's place in it: `addendum-003.json`.
    if (source.startsWith(join(rules, 'conformance') + sep) && /-\d+\.json$/.test(source))
      return stems.some((stem) => new RegExp(`^${stem}-\\d+\\.json$`).test(basename(source)));
    return true;
  };
  await cp(rules, dir, { recursive: true, filter: kept });
  return dir;
}

/** The case files of the shipped rules (`gevallen/*.json`), sorted: tests pick them by shape, not by name. */
export async function caseFileNames(): Promise<string[]> {
  return (await readdir(join(defaultRulesDir(), 'gevallen')))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** The first case file of the shipped rules with a worked case that passes `test` (given the whole file too). */
export async function caseFileWith(
  test: (geval: Record<string, unknown>, file: { gevallen: unknown[] }) => boolean,
): Promise<string> {
  for (const name of await caseFileNames()) {
    const file = JSON.parse(await readFile(join(defaultRulesDir(), 'gevallen', name), 'utf8')) as {
      gevallen: Array<Record<string, unknown>>;
    };
    if (file.gevallen.some((geval) => test(geval, file))) return name;
  }
  throw new Error('No worked case of that shape');
}
