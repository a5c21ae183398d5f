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
  readGoldenFiles,
  readRuleFiles,
} from './rules/folder.ts';
import { evaluateWith } from './evaluate/evaluate.ts';
import { regelset } from './regelset.ts';
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
import { defaultRulesDir, readAndLoad, readGoldenFiles, readRuleFiles } from './rules/folder.ts';
import { parseWithIssues } from './rules/issues.ts';
import type { Issue } from './rules/issues.ts';
import type { LoadResult } from './rules/load.ts';
import {
  QUOTE_REGISTER_FILE,
  unregisteredQuotes,
  type QuoteRegister,
} from './rules/quote-register.ts';
import type { RuleSet, RuleSourceFile } from './rules/ruleset.ts';
import { staleTexts } from './rules/stale-texts.ts';
import {
  BOUNDARY_REGISTER_FILE,
  boundariesWithoutCase,
  type BoundaryRegister,
} from './rules/boundary-cases.ts';

export {
  differenceWithReference,
  judgedUnits,
  type Difference,
  type JudgedUnit,
} from './evaluate/differential.ts';

/** Where an evaluation problem sits in a worked case: options map to the case's own fields. */
function casePath(pad: string): string {
  if (pad === 'opties.variant') return 'varianten';
  if (pad === 'opties.peildatum') return 'peildatum';
  return pad === '(hoofdniveau)' ? 'plan' : `plan.${pad}`;
}

/**
 * The rules shipped with `@iza-regels/rules`, checked when that package was built (see
 * `./regelset.ts`), clause registers included: no file is read, so a bundled service keeps
 * working once moved.
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
  for (const file of files.filter((entry) => entry.pad.startsWith('gevallen/'))) {
    const parsed = parseWithIssues(CaseFileSchema, file.inhoud, { bestand: file.pad });
    if (!parsed.ok) all.push(...parsed.issues);
  }
  if (!loaded.ok) return { ok: false, issues: all, gevallen: 0 };
  const { ruleSet } = loaded;
  all.push(...quoteRegisterIssues(ruleSet, files), ...staleTexts(ruleSet, rulePaths(files)));
  const cases = conformanceCases(files);
  const boundaries = files.find((file) => file.pad === BOUNDARY_REGISTER_FILE)?.inhoud as
    BoundaryRegister | undefined;
  all.push(
    ...boundariesWithoutCase(
      ruleSet,
      cases,
      Array.isArray(boundaries?.grenzen) ? boundaries : undefined,
    ),
  );
  const goldens = await readGoldenFiles(dir);
  all.push(...goldens.issues);
  const suite = new Map(goldens.files.map((file) => [file.pad, file.inhoud]));
  const changed: ConformanceCase[] = [];
  for (const entry of cases) {
    const where = { bestand: entry.bestand, pad: `gevallen[${entry.index}]` };
    // A case that expects nothing passes whatever the rules say.
    const { bedragen, ...records } = entry.verwacht;
    if (
      bedragen === undefined &&
      Object.values(records).every((record) => Object.keys(record).length === 0)
    )
      all.push({
        code: 'geval-toetst-niets',
        bestand: entry.bestand,
        pad: `${where.pad}.verwacht`,
        nl: `Geval "${entry.naam}" verwacht niets, en slaagt dus altijd. Noem de uitkomsten die het laat zien.`,
        en: `Case "${entry.naam}" expects nothing, so it always passes. Name the outcomes it shows.`,
      });
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

/** The file of each rule, parameter and variant, by id. */
const rulePaths = (files: readonly RuleSourceFile[]): Map<string, string> =>
  new Map(
    files.flatMap((file): Array<[string, string]> => {
      const id = (file.inhoud as { id?: unknown } | null)?.id;
      return /^(regels|parameters|varianten)\//.test(file.pad) && typeof id === 'string'
        ? [[id, file.pad]]
        : [];
    }),
  );

/** What `check` says about the register of quotes from sources without a text file. */
function quoteRegisterIssues(ruleSet: RuleSet, files: readonly RuleSourceFile[]): Issue[] {
  const register = files.find((file) => file.pad === QUOTE_REGISTER_FILE)?.inhoud as
    QuoteRegister | undefined;
  const paths = rulePaths(files);
  const valid = typeof register?.bronnen === 'object' && register.bronnen !== null;
  return unregisteredQuotes(ruleSet, valid ? register : undefined, paths);
}

export * from './diff/index.ts';
export { QUOTE_REGISTER_FILE, quoteRegister, type QuoteRegister } from './rules/quote-register.ts';
export { formatJson, JSON_WIDTH } from './rules/json-format.ts';
export {
  BOUNDARY_REGISTER_FILE,
  boundaryRegister,
  type BoundaryRegister,
} from './rules/boundary-cases.ts';

/**
 * Titles and explanations of a rules folder that still name an old date or duration (as `check`
 * reports them); none when the folder does not load.
 */
export async function staleTextsOfDir(dir: string = defaultRulesDir()): Promise<Issue[]> {
  const { files, loaded } = await readAndLoad(dir);
  return loaded.ok ? staleTexts(loaded.ruleSet, rulePaths(files)) : [];
}
