/** Shared fixtures for the cross-package tests: the real rule files and their worked cases. */
import { readFile, readdir } from 'node:fs/promises';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { CaseFileSchema, type RuleSet, type WorkedCase } from '@iza-regels/engine';
import { defaultRulesDir, loadRuleSetFromDir } from '@iza-regels/engine/node';

export const rulesDir = defaultRulesDir();

export async function shippedRules(): Promise<RuleSet> {
  const result = await loadRuleSetFromDir(rulesDir);
  if (!result.ok) throw new Error(`rules do not load: ${JSON.stringify(result.issues, null, 2)}`);
  return result.ruleSet;
}

export async function workedCases(): Promise<Array<WorkedCase & { bestand: string }>> {
  const folder = `${rulesDir}/gevallen`;
  const files = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  const cases: Array<WorkedCase & { bestand: string }> = [];
  for (const file of files) {
    const parsed = CaseFileSchema.parse(JSON.parse(await readFile(`${folder}/${file}`, 'utf8')));
    cases.push(...parsed.gevallen.map((entry) => ({ ...entry, bestand: file })));
  }
  return cases;
}

/** A validator (Ajv, draft 2020-12) for one of the committed JSON Schemas, e.g. `uitslag`. */
export async function publishedSchemaValidator(name: string): Promise<ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const file = new URL(`../packages/engine/schemas/${name}.schema.json`, import.meta.url);
  return ajv.compile(JSON.parse(await readFile(file, 'utf8')) as object);
}
