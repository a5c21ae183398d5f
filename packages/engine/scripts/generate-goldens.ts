/**
 * Write the golden files of the conformance suite: for every worked case its summary receipt as the
 * engine gives it now (`conformance/<case-id>.json`), and the hash of the rule set they belong to
 * (`conformance/regelset.json`). Golden files of cases that no longer exist are removed.
 * Run: pnpm goldens [rules folder]; `iza-regels check` says when it is needed.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  caseOptions,
  goldenOf,
  goldenPath,
  CONFORMANCE_FOLDER,
  GOLDEN_RULE_SET_FILE,
} from '../src/rules/conformance.ts';
import { evaluateWith } from '../src/evaluate/evaluate.ts';
import { defaultRulesDir, loadRuleSetFromDir, readWorkedCases } from '../src/node.ts';

const dir = process.argv[2] ?? defaultRulesDir();
const loaded = await loadRuleSetFromDir(dir);
if (!loaded.ok) {
  console.error(`De regels in ${dir} zijn niet in orde; zie iza-regels check ${dir}.`);
  process.exit(65);
}
const { ruleSet } = loaded;
const cases = await readWorkedCases(dir);

/** Pretty-printed, so that `git diff` shows which part of a receipt a change touches. */
const text = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const wanted = new Map<string, string>([[GOLDEN_RULE_SET_FILE, text({ hash: ruleSet.hash })]]);
for (const entry of cases) {
  const receipt = await evaluateWith(ruleSet, entry.plan, caseOptions(entry));
  if (!receipt.geldig) {
    console.error(`Geval ${entry.id} (${entry.naam}) is ongeldig; zie iza-regels check ${dir}.`);
    process.exit(65);
  }
  wanted.set(goldenPath(entry.id), text(goldenOf(entry, receipt)));
}

await mkdir(join(dir, CONFORMANCE_FOLDER), { recursive: true });
let written = 0;
for (const [pad, content] of wanted) {
  const existing = await readFile(join(dir, pad), 'utf8').catch(() => undefined);
  if (existing === content) continue;
  await writeFile(join(dir, pad), content);
  written += 1;
}
let removed = 0;
for (const name of await readdir(join(dir, CONFORMANCE_FOLDER))) {
  const pad = `${CONFORMANCE_FOLDER}/${name}`;
  if (!name.endsWith('.json') || wanted.has(pad)) continue;
  await rm(join(dir, pad));
  removed += 1;
}
console.error(
  `${cases.length} gevallen; ${written} goldenbestanden geschreven, ${removed} verwijderd, ${wanted.size - written} ongewijzigd (regelset ${ruleSet.hash}).`,
);
