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
import {
  CONFORMANCE_FOLDER,
  caseOptions,
  conformance,
  conformanceCases,
  goldenDifferences,
  goldenHash,
  goldenPath,
  GOLDEN_RULE_SET_FILE,
  type ConformanceCase,
  type ConformanceEvaluate,
  type ConformanceReport,
} from './rules/conformance.ts';
import { coverage, type Coverage } from './rules/coverage.ts';
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

async function walk(dir: string, skip: readonly string[] = []): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter(
        (entry) =>
          entry.name !== 'node_modules' &&
          !entry.name.startsWith('.') &&
          !skip.includes(entry.name),
      )
      .map((entry) =>
        entry.isDirectory()
          ? walk(join(dir, entry.name))
          : Promise.resolve([join(dir, entry.name)]),
      ),
  );
  return nested.flat();
}

/**
 * Every `.json` and `.txt` file of a rules folder; a file that is not valid JSON becomes an issue. The
 * golden files of the conformance suite are left out (some 20 MB, which evaluating does not need):
 * `readGoldenFiles` reads them.
 */
export async function readRuleFiles(
  dir: string,
): Promise<{ files: RuleSourceFile[]; issues: Issue[] }> {
  return readJsonAndText(dir, await walk(dir, [CONFORMANCE_FOLDER]));
}

/** The files of the conformance suite (`conformance/*.json`); none when the folder is absent. */
export async function readGoldenFiles(
  dir: string,
): Promise<{ files: RuleSourceFile[]; issues: Issue[] }> {
  let paths: string[];
  try {
    paths = await walk(join(dir, CONFORMANCE_FOLDER));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], issues: [] };
    throw error;
  }
  return readJsonAndText(dir, paths);
}

async function readJsonAndText(
  dir: string,
  paths: readonly string[],
): Promise<{ files: RuleSourceFile[]; issues: Issue[] }> {
  const files: RuleSourceFile[] = [];
  const issues: Issue[] = [];
  for (const path of [...paths].sort()) {
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
 * Everything `iza-regels check` verifies: the rule files (shape and meaning), the worked cases' shape,
 * that every worked case still gives the outcomes it expects, and, when the folder has a conformance
 * suite, that its golden files are those of these rules. Each case is evaluated once, as the summary
 * the suite asks for: the expected outcomes and the golden receipt are both in it.
 */
export async function checkRulesDir(
  dir: string = defaultRulesDir(),
): Promise<LoadResult & { gevallen: number }> {
  const { files, loaded } = await readAndLoad(dir);
  const all = loaded.ok ? [] : [...loaded.issues];
  for (const file of files.filter((entry) => entry.pad.startsWith('gevallen/'))) {
    const parsed = parseWithIssues(CaseFileSchema, file.inhoud, { bestand: file.pad });
    if (!parsed.ok) all.push(...parsed.issues);
  }
  if (!loaded.ok) return { ok: false, issues: all, gevallen: 0 };
  const { ruleSet } = loaded;
  const cases = conformanceCases(files);
  const goldens = await readGoldenFiles(dir);
  all.push(...goldens.issues);
  const suite = new Map(goldens.files.map((file) => [file.pad, file.inhoud]));
  const changed: ConformanceCase[] = [];
  for (const entry of cases) {
    const where = { bestand: entry.bestand, pad: `gevallen[${entry.index}]` };
    const receipt = await evaluateWith(ruleSet, entry.plan, caseOptions(entry));
    if (!receipt.geldig) {
      all.push(
        ...receipt.problemen.map((problem) => ({
          ...problem,
          bestand: entry.bestand,
          pad: `${where.pad}.${casePath(problem.pad)}`,
        })),
      );
      continue;
    }
    // The compiled conditions must judge every unit of the case as json-rules-engine does.
    const options = { peildatum: entry.peildatum, variant: entry.varianten };
    for (const unit of judgedUnits(ruleSet, entry.plan, options)) {
      const difference = await differenceWithReference(unit.version, unit.facts);
      if (!difference) continue;
      all.push({
        code: 'afwijking-van-json-rules-engine',
        ...where,
        regel: unit.rule,
        nl: `Geval "${entry.naam}", regel ${unit.rule}: de gecompileerde voorwaarden geven "${difference.gecompileerd}", json-rules-engine "${difference.referentie}".`,
        en: `Case "${entry.naam}", rule ${unit.rule}: the compiled conditions give "${difference.gecompileerd}", json-rules-engine "${difference.referentie}".`,
      });
    }
    for (const mismatch of caseMismatches(receipt, entry.verwacht)) {
      all.push({
        code: 'geval-wijkt-af',
        bestand: entry.bestand,
        pad: `${where.pad}.verwacht.${mismatch.pad}`,
        nl: `Geval "${entry.naam}": verwacht ${JSON.stringify(mismatch.verwacht)}, maar de regels geven ${JSON.stringify(mismatch.gekregen)}.`,
        en: `Case "${entry.naam}": expected ${JSON.stringify(mismatch.verwacht)}, but the rules give ${JSON.stringify(mismatch.gekregen)}.`,
      });
    }
    // The rule-set hash is compared once, below, not in every case.
    const golden = suite.get(goldenPath(entry.id));
    if (goldenDifferences(golden, entry, receipt, receipt.regelset.hash).length > 0)
      changed.push(entry);
  }
  if (suite.size > 0) {
    const stale = staleGoldens(suite, cases, changed, goldenHash(goldens.files) !== ruleSet.hash);
    if (stale) all.push(stale);
  }
  if (all.length > 0) return { ok: false, issues: all, gevallen: cases.length };
  return { ...loaded, gevallen: cases.length };
}

/**
 * One problem for all golden files that no longer match the rules, after the problems that need a
 * person: the fix is one command, and the diff it makes shows which receipts an edit changes.
 */
function staleGoldens(
  suite: ReadonlyMap<string, unknown>,
  cases: readonly ConformanceCase[],
  changed: readonly ConformanceCase[],
  hashChanged: boolean,
): Issue | undefined {
  const count = (items: readonly unknown[], one: string, many: string): string =>
    `${items.length} ${items.length === 1 ? one : many}`;
  const names = (ids: readonly string[]): string =>
    `${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''}`;
  const paths = new Set(cases.map((entry) => goldenPath(entry.id)));
  const orphans = [...suite.keys()].filter(
    (pad) => pad !== GOLDEN_RULE_SET_FILE && !paths.has(pad),
  );
  const missing = changed.filter((entry) => !suite.has(goldenPath(entry.id))).map((e) => e.id);
  const different = changed.filter((entry) => suite.has(goldenPath(entry.id))).map((e) => e.id);
  const nl: string[] = [];
  const en: string[] = [];
  if (hashChanged) {
    nl.push(`de regels zijn gewijzigd (een andere hash dan in ${GOLDEN_RULE_SET_FILE})`);
    en.push(`the rules changed (a different hash than in ${GOLDEN_RULE_SET_FILE})`);
  }
  if (different.length > 0) {
    nl.push(
      `${count(different, 'geval geeft', 'gevallen geven')} een andere uitslag (${names(different)})`,
    );
    en.push(
      `${count(different, 'case gives', 'cases give')} a different receipt (${names(different)})`,
    );
  }
  if (missing.length > 0) {
    nl.push(
      `${count(missing, 'geval heeft', 'gevallen hebben')} nog geen goldenbestand (${names(missing)})`,
    );
    en.push(`${count(missing, 'case has', 'cases have')} no golden file yet (${names(missing)})`);
  }
  if (orphans.length > 0) {
    nl.push(
      `${count(orphans, 'goldenbestand hoort', 'goldenbestanden horen')} bij geen geval (${names(orphans)})`,
    );
    en.push(
      `${count(orphans, 'golden file belongs', 'golden files belong')} to no case (${names(orphans)})`,
    );
  }
  if (nl.length === 0) return undefined;
  return {
    code: 'goldens-verouderd',
    bestand: `${CONFORMANCE_FOLDER}/`,
    pad: '(map)',
    nl: `De goldenbestanden van de conformiteitstest zijn verouderd: ${nl.join('; ')}. Hoort dat bij uw wijziging, draai dan \`pnpm goldens\` en bekijk met \`git diff rules/conformance\` welke uitslagen veranderen.`,
    en: `The golden files of the conformance suite are out of date: ${en.join('; ')}. If that is what your change means, run \`pnpm goldens\` and review with \`git diff rules/conformance\` which receipts change.`,
  };
}

/** The worked cases of a rules folder, each with its id in the conformance suite. */
export async function readWorkedCases(dir: string = defaultRulesDir()): Promise<ConformanceCase[]> {
  return conformanceCases((await readRuleFiles(dir)).files);
}

/**
 * Run the conformance suite of a rules folder (by default the shipped one): every worked case through
 * `evaluate` (by default this engine), compared with its expectations and its golden file.
 */
export async function conformanceOfDir(
  dir: string = defaultRulesDir(),
  evaluate?: ConformanceEvaluate,
): Promise<{ ok: true; report: ConformanceReport } | { ok: false; issues: Issue[] }> {
  const [{ files, loaded }, goldens] = await Promise.all([readAndLoad(dir), readGoldenFiles(dir)]);
  if (!loaded.ok) return loaded;
  if (goldens.issues.length > 0) return { ok: false, issues: goldens.issues };
  if (goldenHash(goldens.files) === undefined) {
    return {
      ok: false,
      issues: [
        {
          code: 'geen-conformiteitstest',
          bestand: GOLDEN_RULE_SET_FILE,
          pad: '(bestand)',
          nl: `Deze regelmap heeft geen conformiteitstest: ${GOLDEN_RULE_SET_FILE} ontbreekt (maak de goldens met pnpm goldens).`,
          en: `This rules folder has no conformance suite: ${GOLDEN_RULE_SET_FILE} is missing (make the goldens with pnpm goldens).`,
        },
      ],
    };
  }
  const report = await conformance(loaded.ruleSet, [...files, ...goldens.files], evaluate);
  return { ok: true, report };
}

/** Clause × rule × worked-case coverage of a rules folder, or the problems that stop it loading. */
export async function coverageOfDir(
  dir: string = defaultRulesDir(),
): Promise<{ ok: true; coverage: Coverage } | { ok: false; issues: Issue[] }> {
  const { files, loaded } = await readAndLoad(dir);
  if (!loaded.ok) return loaded;
  return { ok: true, coverage: coverage(loaded.ruleSet, conformanceCases(files)) };
}
