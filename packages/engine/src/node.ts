/**
 * Node-only helpers: read the rules folder from disk and evaluate with the rules shipped in
 * `@iza-regels/rules`. Browsers use `loadRuleSet` with files they bundle themselves.
 */
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { differenceWithReference, judgedUnits } from './evaluate/differential.ts';
import { evaluateWith, type EvaluateOptions, type SummaryOptions } from './evaluate/evaluate.ts';
import type { Evaluation, SummaryEvaluation } from './output/schema.ts';
import { CaseFileSchema } from './rules/cases.ts';
import { caseMismatches } from './rules/case-mismatches.ts';
import { coverage, type Coverage } from './rules/coverage.ts';
import type { WorkedCase } from './rules/cases.ts';
import { parseWithIssues } from './rules/issues.ts';
import type { Issue } from './rules/issues.ts';
import { loadRuleSet, type LoadResult } from './rules/load.ts';
import type { RuleSet, RuleSourceFile } from './rules/ruleset.ts';

export {
  differenceWithReference,
  judgedUnits,
  type Difference,
  type JudgedUnit,
} from './evaluate/differential.ts';

/** The folder of the installed `@iza-regels/rules` package. */
export function defaultRulesDir(): string {
  return dirname(fileURLToPath(import.meta.resolve('@iza-regels/rules/package.json')));
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.name !== 'node_modules' && !entry.name.startsWith('.'))
      .map((entry) =>
        entry.isDirectory()
          ? walk(join(dir, entry.name))
          : Promise.resolve([join(dir, entry.name)]),
      ),
  );
  return nested.flat();
}

/** Every `.json` and `.txt` file of a rules folder; a file that is not valid JSON becomes an issue. */
export async function readRuleFiles(
  dir: string,
): Promise<{ files: RuleSourceFile[]; issues: Issue[] }> {
  const files: RuleSourceFile[] = [];
  const issues: Issue[] = [];
  for (const path of (await walk(dir)).sort()) {
    const pad = relative(dir, path).split(sep).join('/');
    if (!pad.endsWith('.json') && !pad.endsWith('.txt')) continue;
    const text = await readFile(path, 'utf8');
    if (pad.endsWith('.txt')) {
      files.push({ pad, inhoud: text });
      continue;
    }
    try {
      files.push({ pad, inhoud: JSON.parse(text) as unknown });
    } catch (error) {
      issues.push({
        code: 'ongeldige-json',
        bestand: pad,
        pad: '(bestand)',
        nl: `Het bestand is geen geldige JSON: ${(error as Error).message}`,
        en: `The file is not valid JSON: ${(error as Error).message}`,
      });
    }
  }
  return { files, issues };
}

/** Read a rules folder once: its files, read problems, and the rule set loaded from them. */
async function readAndLoad(dir: string): Promise<{ files: RuleSourceFile[]; loaded: LoadResult }> {
  const { files, issues } = await readRuleFiles(dir);
  const packageFile = files.find((file) => file.pad === 'package.json')?.inhoud as
    { version?: string } | undefined;
  const loaded = await loadRuleSet(files, packageFile?.version ?? '0.0.0');
  if (issues.length === 0) return { files, loaded };
  return { files, loaded: { ok: false, issues: [...issues, ...(loaded.ok ? [] : loaded.issues)] } };
}

/** The worked cases among a folder's files (files that do not parse are left to `checkRulesDir`). */
function workedCasesIn(files: readonly RuleSourceFile[]): WorkedCase[] {
  return files
    .filter((file) => file.pad.startsWith('gevallen/'))
    .flatMap((file) => {
      const parsed = CaseFileSchema.safeParse(file.inhoud);
      return parsed.success ? parsed.data.gevallen : [];
    });
}

export async function loadRuleSetFromDir(dir: string = defaultRulesDir()): Promise<LoadResult> {
  return (await readAndLoad(dir)).loaded;
}

/** Where an evaluation problem sits in a worked case: options map to the case's own fields. */
function casePath(pad: string): string {
  if (pad === 'opties.variant') return 'varianten';
  if (pad === 'opties.peildatum') return 'peildatum';
  return pad === '(hoofdniveau)' ? 'plan' : `plan.${pad}`;
}

let shipped: Promise<RuleSet> | undefined;

/** The rules shipped with `@iza-regels/rules`, loaded once. Throws only if the shipped rules are broken. */
export function shippedRuleSet(): Promise<RuleSet> {
  shipped ??= loadRuleSetFromDir().then((result) => {
    if (!result.ok)
      throw new Error(
        `The shipped rules do not pass their checks:\n${JSON.stringify(result.issues, null, 2)}`,
      );
    return result.ruleSet;
  });
  return shipped;
}

/** Evaluate a plan against the shipped rules. */
export function evaluate(input: unknown, options: SummaryOptions): Promise<SummaryEvaluation>;
export function evaluate(
  input: unknown,
  options?: EvaluateOptions & { readonly detail?: 'volledig' },
): Promise<Evaluation>;
export function evaluate(
  input: unknown,
  options?: EvaluateOptions,
): Promise<Evaluation | SummaryEvaluation>;
export async function evaluate(
  input: unknown,
  options: EvaluateOptions = {},
): Promise<Evaluation | SummaryEvaluation> {
  return evaluateWith(await shippedRuleSet(), input, options);
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
