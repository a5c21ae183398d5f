/**
 * Node-only helpers: read, check and measure a rules folder on disk. `evaluate` and
 * `shippedRuleSet` use the rule set `@iza-regels/rules` ships prebuilt (the same as
 * `@iza-regels/engine/regelset`), so they read no files.
 */
import { differenceWithReference, judgedUnits } from './evaluate/differential.ts';
export { evaluate } from './regelset.ts';
export {
  checkedRuleSetOfDir,
  defaultRulesDir,
  loadRuleSetFromDir,
  readRuleFiles,
} from './rules/folder.ts';
import { evaluateWith } from './evaluate/evaluate.ts';
import { regelset } from './regelset.ts';
import { CaseFileSchema } from './rules/cases.ts';
import { caseMismatches } from './rules/case-mismatches.ts';
import { coverage, type Coverage } from './rules/coverage.ts';
import type { WorkedCase } from './rules/cases.ts';
import { defaultRulesDir, readAndLoad, readRuleFiles } from './rules/folder.ts';
import { parseWithIssues } from './rules/issues.ts';
import type { Issue } from './rules/issues.ts';
import type { LoadResult } from './rules/load.ts';
import type { RuleSet, RuleSourceFile } from './rules/ruleset.ts';

export {
  differenceWithReference,
  judgedUnits,
  type Difference,
  type JudgedUnit,
} from './evaluate/differential.ts';

/** The worked cases among a folder's files (files that do not parse are left to `checkRulesDir`). */
function workedCasesIn(files: readonly RuleSourceFile[]): WorkedCase[] {
  return files
    .filter((file) => file.pad.startsWith('gevallen/'))
    .flatMap((file) => {
      const parsed = CaseFileSchema.safeParse(file.inhoud);
      return parsed.success ? parsed.data.gevallen : [];
    });
}

/** Where an evaluation problem sits in a worked case: options map to the case's own fields. */
function casePath(pad: string): string {
  if (pad === 'opties.variant') return 'varianten';
  if (pad === 'opties.peildatum') return 'peildatum';
  return pad === '(hoofdniveau)' ? 'plan' : `plan.${pad}`;
}

/**
 * The rules shipped with `@iza-regels/rules`, checked when that package was built (see
 * `./regelset.ts`): no file is read, so a bundled service keeps working once moved. Its clause
 * registers are left out; `loadRuleSetFromDir()` gives the rule set with them.
 */
export function shippedRuleSet(): Promise<RuleSet> {
  return Promise.resolve(regelset);
}

/**
 * Everything `iza-regels check` verifies: the rule files (shape and meaning), the worked cases'
 * shape, and that every worked case still gives the outcomes it expects.
 */
export async function checkRulesDir(
  dir: string = defaultRulesDir(),
): Promise<LoadResult & { gevallen: number }> {
  const { files, loaded } = await readAndLoad(dir);
  const all = loaded.ok ? [] : [...loaded.issues];
  let gevallen = 0;
  for (const file of files.filter((entry) => entry.pad.startsWith('gevallen/'))) {
    const parsed = parseWithIssues(CaseFileSchema, file.inhoud, { bestand: file.pad });
    if (!parsed.ok) {
      all.push(...parsed.issues);
      continue;
    }
    if (!loaded.ok) continue;
    for (const [index, entry] of parsed.value.gevallen.entries()) {
      gevallen += 1;
      // A case that expects nothing passes whatever the rules say.
      const { bedragen, ...records } = entry.verwacht;
      if (
        bedragen === undefined &&
        Object.values(records).every((record) => Object.keys(record).length === 0)
      )
        all.push({
          code: 'geval-toetst-niets',
          bestand: file.pad,
          pad: `gevallen[${index}].verwacht`,
          nl: `Geval "${entry.naam}" verwacht niets, en slaagt dus altijd. Noem de uitkomsten die het laat zien.`,
          en: `Case "${entry.naam}" expects nothing, so it always passes. Name the outcomes it shows.`,
        });
      const options = { peildatum: entry.peildatum, variant: entry.varianten };
      const receipt = await evaluateWith(loaded.ruleSet, entry.plan, {
        ...options,
        andereLezingen: false,
      });
      if (!receipt.geldig) {
        all.push(
          ...receipt.problemen.map((problem) => ({
            ...problem,
            bestand: file.pad,
            pad: `gevallen[${index}].${casePath(problem.pad)}`,
          })),
        );
        continue;
      }
      // The compiled conditions must judge every unit of the case as json-rules-engine does.
      for (const unit of judgedUnits(loaded.ruleSet, entry.plan, options)) {
        const difference = await differenceWithReference(unit.version, unit.facts);
        if (!difference) continue;
        all.push({
          code: 'afwijking-van-json-rules-engine',
          bestand: file.pad,
          regel: unit.rule,
          pad: `gevallen[${index}]`,
          nl: `Geval "${entry.naam}", regel ${unit.rule}: de gecompileerde voorwaarden geven "${difference.gecompileerd}", json-rules-engine "${difference.referentie}".`,
          en: `Case "${entry.naam}", rule ${unit.rule}: the compiled conditions give "${difference.gecompileerd}", json-rules-engine "${difference.referentie}".`,
        });
      }
      for (const mismatch of caseMismatches(receipt, entry.verwacht)) {
        all.push({
          code: 'geval-wijkt-af',
          bestand: file.pad,
          pad: `gevallen[${index}].verwacht.${mismatch.pad}`,
          nl: `Geval "${entry.naam}": verwacht ${JSON.stringify(mismatch.verwacht)}, maar de regels geven ${JSON.stringify(mismatch.gekregen)}.`,
          en: `Case "${entry.naam}": expected ${JSON.stringify(mismatch.verwacht)}, but the rules give ${JSON.stringify(mismatch.gekregen)}.`,
        });
      }
    }
  }
  if (all.length > 0) return { ok: false, issues: all, gevallen };
  return loaded.ok ? { ...loaded, gevallen } : { ok: false, issues: all, gevallen };
}

/** The worked cases of a rules folder. */
export async function readWorkedCases(dir: string = defaultRulesDir()): Promise<WorkedCase[]> {
  return workedCasesIn((await readRuleFiles(dir)).files);
}

/** Clause × rule × worked-case coverage of a rules folder, or the problems that stop it loading. */
export async function coverageOfDir(
  dir: string = defaultRulesDir(),
): Promise<{ ok: true; coverage: Coverage } | { ok: false; issues: Issue[] }> {
  const { files, loaded } = await readAndLoad(dir);
  if (!loaded.ok) return loaded;
  return { ok: true, coverage: coverage(loaded.ruleSet, workedCasesIn(files)) };
}

export * from './diff/index.ts';
