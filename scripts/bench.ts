/**
 * Benchmark (not a test): how long one full evaluation of the example plan takes, next to the same rule
 * conditions on raw json-rules-engine. Run with `pnpm bench` (node scripts/bench.ts).
 *
 * - engine: `evaluateWith(ruleSet, plan, { peildatum })`, the whole receipt: input validation, facts,
 *   three-valued outcomes with traces, exceptions, deadlines, planning, money, explanations, hashes.
 * - raw: one json-rules-engine Engine per scope holding every version of every `toets` rule as a rule,
 *   run on a flat facts object derived from the plan (once for plan rules, once per cost line for
 *   cost-line rules), two-valued, no explanations.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
// The workspace root does not depend on @iza-regels/engine (only on the CLI), so the bench imports
// the engine's sources directly.
import { evaluateWith, type RuleFile, type RuleSet } from '../packages/engine/src/index.ts';
import { defaultRulesDir, readRuleFiles, shippedRuleSet } from '../packages/engine/src/node.ts';

// json-rules-engine is a dependency of the engine package, not of the workspace root: resolve it
// from there. Its types are read from the same installed copy.
type JsonRulesEngine =
  typeof import('../packages/engine/node_modules/json-rules-engine/types/index.d.ts');
const engineRequire = createRequire(import.meta.resolve('../packages/engine/package.json'));
const { Engine } = engineRequire('json-rules-engine') as JsonRulesEngine;

const PEILDATUM = '2026-11-23';
const WARMUP = 50;
const N = 200;
const PLAN_FILE = new URL('../rules/voorbeelden/ggz-wijk-spuk.json', import.meta.url);

type Fact = string | number | boolean;
type Facts = Record<string, Fact>;
type Block = 'vanToepassing' | 'voorwaarden';

interface ExamplePlan {
  domeinen?: string[];
  landelijk?: boolean;
  aansluiting?: Record<string, boolean>;
  businesscase?: Record<string, boolean>;
  gemeente?: Record<string, boolean | number>;
  overigeCriteria?: Record<string, boolean>;
  gebeurtenissen?: Record<string, string>;
  kosten?: Array<{
    domein?: string;
    aard?: string;
    financiering?: string;
    voortvloeiendUitPlan?: boolean;
    uitvoeringskosten?: boolean;
    bedragen: Array<{ periode: string; bedrag: number }>;
  }>;
}
type CostLine = NonNullable<ExamplePlan['kosten']>[number];

// --- Facts: a flat object equivalent to the plan, computed once, outside the timed loop. -----------

const FUND_ROUTES = ['spuk', 'zorgverzekeraar', 'zorgkantoor'];
const INSURER_ROUTES = ['zorgverzekeraar', 'zorgkantoor'];

/** Last day of a period `2027` or `2027-12`, as an ISO date. */
function lastDay(periode: string): string {
  const [year = '', month] = periode.split('-');
  if (month === undefined) return `${year}-12-31`;
  const day = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(day).padStart(2, '0')}`;
}

const lastDayOfLine = (line: CostLine): string =>
  line.bedragen
    .map((amount) => lastDay(amount.periode))
    .sort()
    .at(-1) ?? '';

const structuralSocialFromFunds = (line: CostLine): boolean =>
  line.aard === 'structureel' &&
  line.domein === 'sociaal' &&
  FUND_ROUTES.includes(line.financiering ?? '');

function put(facts: Facts, id: string, value: Fact | undefined): void {
  if (value !== undefined) facts[id] = value;
}

function planFacts(plan: ExamplePlan, ruleSet: RuleSet): Facts {
  const facts: Facts = { peildatum: PEILDATUM, 'variant.doorrollen': false };
  const domains = plan.domeinen ?? [];
  put(facts, 'plan.zorgEnSociaal', domains.includes('zorg') && domains.includes('sociaal'));
  put(facts, 'plan.sociaalDomein', domains.includes('sociaal'));
  put(facts, 'plan.landelijk', plan.landelijk);
  const groups: Record<string, Readonly<Record<string, Fact>> | undefined> = {
    aansluiting: plan.aansluiting,
    businesscase: plan.businesscase,
    gemeente: plan.gemeente,
    overigeCriteria: plan.overigeCriteria,
    gebeurtenissen: plan.gebeurtenissen,
  };
  for (const [group, values] of Object.entries(groups))
    for (const [key, value] of Object.entries(values ?? {})) put(facts, `${group}.${key}`, value);
  const lines = plan.kosten ?? [];
  put(facts, 'plan.gebruiktUitzondering', lines.some(structuralSocialFromFunds));
  put(
    facts,
    'kosten.aardBekend',
    lines.every((line) => line.aard !== undefined),
  );
  put(
    facts,
    'kosten.structureelSociaalNa2027BijVerzekeraar',
    lines.some(
      (line) =>
        lastDayOfLine(line) > '2027-12-31' &&
        line.aard === 'structureel' &&
        line.domein === 'sociaal' &&
        INSURER_ROUTES.includes(line.financiering ?? ''),
    ),
  );
  // Parameters in force on the peildatum (ISO dates compare as strings).
  for (const [id, parameter] of ruleSet.parameters) {
    const version = parameter.versies.find(
      (v) => v.geldigVan <= PEILDATUM && (v.geldigTot === null || PEILDATUM <= v.geldigTot),
    );
    if (version) facts[`parameter.${id}`] = version.waarde;
  }
  return facts;
}

function costLineFacts(line: CostLine): Facts {
  const facts: Facts = {};
  put(facts, 'kostenregel.aard', line.aard);
  put(facts, 'kostenregel.domein', line.domein);
  put(facts, 'kostenregel.financiering', line.financiering);
  put(facts, 'kostenregel.uitTransformatiemiddelen', FUND_ROUTES.includes(line.financiering ?? ''));
  put(facts, 'kostenregel.structureelSociaalUitTm', structuralSocialFromFunds(line));
  put(facts, 'kostenregel.voortvloeiendUitPlan', line.voortvloeiendUitPlan);
  put(facts, 'kostenregel.uitvoeringskosten', line.uitvoeringskosten);
  put(facts, 'kostenregel.laatsteDag', lastDayOfLine(line));
  return facts;
}

// --- Raw json-rules-engine -------------------------------------------------------------------------

const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function dateOperator(accept: (a: string, b: string) => boolean) {
  return (fact: unknown, compareTo: unknown): boolean =>
    isIsoDate(fact) && isIsoDate(compareTo) && accept(fact, compareTo);
}

/** One Engine holding every version of every `toets` rule of one scope, one JRE rule per block. */
function rawEngine(rules: readonly RuleFile[], blocks: readonly Block[]) {
  const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
  engine.addOperator(
    'dateOnOrBefore',
    dateOperator((a, b) => a <= b),
  );
  engine.addOperator(
    'dateBefore',
    dateOperator((a, b) => a < b),
  );
  engine.addOperator(
    'dateOnOrAfter',
    dateOperator((a, b) => a >= b),
  );
  engine.addOperator(
    'dateAfter',
    dateOperator((a, b) => a > b),
  );
  let count = 0;
  for (const rule of rules) {
    for (const [index, version] of rule.versies.entries()) {
      for (const block of blocks) {
        const conditions = version[block];
        if (conditions === undefined) continue;
        const name = `${rule.id}@${index}:${block}`;
        engine.addRule({
          name,
          conditions,
          event: { type: name },
        });
        count += 1;
      }
    }
  }
  return { engine, count };
}

// --- Measuring ------------------------------------------------------------------------------------

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

async function measure(run: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < N; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number): string => `${value.toFixed(3)} ms`;

// --- Main -----------------------------------------------------------------------------------------

const started = performance.now();
const ruleSet = await shippedRuleSet();
const plan = JSON.parse(await readFile(PLAN_FILE, 'utf8')) as ExamplePlan;

const check = await evaluateWith(ruleSet, plan, { peildatum: PEILDATUM });
if (!check.geldig) {
  console.error('The example plan is not valid input:', check.problemen);
  process.exit(1);
}

const allRules = [...ruleSet.regels.values()];
const tests = allRules.filter((rule) => rule.soort === 'toets');
const planTests = tests.filter((rule) => rule.bereik === 'plan');
const lineTests = tests.filter((rule) => rule.bereik === 'kostenregel');
const facts = planFacts(plan, ruleSet);
const lines = (plan.kosten ?? []).map((line) => ({ ...facts, ...costLineFacts(line) }));

function rawRun(blocks: readonly Block[]) {
  const forPlan = rawEngine(planTests, blocks);
  const forLines = rawEngine(lineTests, blocks);
  return {
    jreRules: forPlan.count + forLines.count,
    perRun: forPlan.count + forLines.count * lines.length,
    run: async (): Promise<void> => {
      await forPlan.engine.run(facts);
      for (const lineFacts of lines) await forLines.engine.run(lineFacts);
    },
  };
}

const engineTime = await measure(() => evaluateWith(ruleSet, plan, { peildatum: PEILDATUM }));
const rawConditions = rawRun(['voorwaarden']);
const rawTime = await measure(rawConditions.run);
const rawBoth = rawRun(['vanToepassing', 'voorwaarden']);
const rawBothTime = await measure(rawBoth.run);

const { files } = await readRuleFiles(defaultRulesDir());
// The rule set proper: what `loadRuleSet` reads, without package.json, worked cases and examples.
const jsonFiles = files.filter(
  (file) =>
    file.pad.endsWith('.json') &&
    file.pad !== 'package.json' &&
    !file.pad.startsWith('gevallen/') &&
    !file.pad.startsWith('voorbeelden/'),
);
const ruleFiles = jsonFiles.filter((file) => file.pad.startsWith('regels/'));
const sizes = async (selection: typeof files) => {
  const texts = await Promise.all(
    selection.map((file) => readFile(`${defaultRulesDir()}/${file.pad}`)),
  );
  return {
    count: selection.length,
    raw: texts.reduce((sum, text) => sum + text.byteLength, 0),
    gzipEach: texts.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).byteLength, 0),
    gzipAll: gzipSync(Buffer.concat(texts), { level: 9 }).byteLength,
  };
};
const regelsSize = await sizes(ruleFiles);
const allSize = await sizes(jsonFiles);

const rows: Array<[string, string, string, string]> = [
  ['what', 'median', 'p95', 'per run'],
  [
    'engine: evaluateWith (full receipt)',
    ms(engineTime.median),
    ms(engineTime.p95),
    `${tests.length} tests + ${allRules.length - tests.length} other rules`,
  ],
  [
    'raw json-rules-engine: voorwaarden',
    ms(rawTime.median),
    ms(rawTime.p95),
    `${rawConditions.perRun} rule runs (${rawConditions.jreRules} JRE rules)`,
  ],
  [
    'raw json-rules-engine: + vanToepassing',
    ms(rawBothTime.median),
    ms(rawBothTime.p95),
    `${rawBoth.perRun} rule runs (${rawBoth.jreRules} JRE rules)`,
  ],
];
const widths = [0, 1, 2, 3].map((column) =>
  Math.max(...rows.map((row) => row[column]?.length ?? 0)),
);
const line = (row: readonly string[]): string =>
  row
    .map((cell, column) =>
      column === 0 || column === 3
        ? cell.padEnd(widths[column] ?? 0)
        : cell.padStart(widths[column] ?? 0),
    )
    .join('  ')
    .trimEnd();

console.log(
  `IZA-regels bench: rules ${ruleSet.versie} (${ruleSet.hash.slice(0, 19)}…), node ${process.version}`,
);
console.log(
  `plan ${fileURLToPath(PLAN_FILE).replace(`${process.cwd()}/`, '')}, peildatum ${PEILDATUM}, ${plan.kosten?.length ?? 0} cost lines; warm-up ${WARMUP}, N = ${N}`,
);
console.log('');
console.log(line(rows[0] ?? ['', '', '', '']));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows.slice(1)) console.log(line(row));
console.log('');
const kinds = ['toets', 'termijn', 'rekenwijze'].map(
  (kind) => `${allRules.filter((rule) => rule.soort === kind).length} ${kind}`,
);
const versions = allRules.reduce((sum, rule) => sum + rule.versies.length, 0);
console.log(
  `rules: ${allRules.length} (${kinds.join(', ')}; ${planTests.length} plan-level and ${lineTests.length} cost-line tests), ${versions} versions, ${ruleSet.parameters.size} parameters, ${ruleSet.varianten.size} variants`,
);
console.log(
  `rule files regels/**/*.json: ${regelsSize.count} files, ${kB(regelsSize.raw)} raw, gzip ${kB(regelsSize.gzipAll)} together (${kB(regelsSize.gzipEach)} file by file)`,
);
console.log(
  `all rules JSON (+ parameters, variants, holidays, questions, sources): ${allSize.count} files, ${kB(allSize.raw)} raw, gzip ${kB(allSize.gzipAll)} together (${kB(allSize.gzipEach)} file by file)`,
);
console.log(`total bench time ${((performance.now() - started) / 1000).toFixed(1)} s`);
