/**
 * Benchmark (not a test): speed and size of an evaluation, side by side in one run, so ratios hold on a
 * busy machine. Run with `pnpm bench` (node scripts/bench.ts).
 *
 * - Full receipt: `evaluateWith` on the example plan, with and without the other readings.
 * - Conditions alone, on exactly the units the engine judges for that receipt (the plan, each cost
 *   line, each period, for the literal text and each other reading): compiled, and json-rules-engine
 *   through the engine's own adapter (`ReferenceVersion`, the reference semantics). The receipt with
 *   json-rules-engine in the same engine path is the receipt minus the one plus the other.
 * - Raw json-rules-engine on the same rule files: one Engine per scope holding every `toets` rule,
 *   run on the engine's own facts for the plan and each cost line, two-valued, no trace.
 * - Time against 1, 5, 20 and 100 cost lines of three periods; receipt bytes for the example plans;
 *   cold start of the CLI for one plan.
 */
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
// The workspace root does not depend on the engine's internals: the bench imports its sources.
import { evaluateWith, type RuleSet } from '../packages/engine/src/index.ts';
import { judgedUnits, shippedRuleSet } from '../packages/engine/src/node.ts';
import { compileVersion } from '../packages/engine/src/evaluate/conditions.ts';
import { ReferenceVersion } from '../packages/engine/src/evaluate/reference.ts';
import type { RuleVersion } from '../packages/engine/src/rules/schema.ts';

type JsonRulesEngine =
  typeof import('../packages/engine/node_modules/json-rules-engine/types/index.d.ts');
const engineRequire = createRequire(import.meta.resolve('../packages/engine/package.json'));
const { Engine } = engineRequire('json-rules-engine') as JsonRulesEngine;
const { CUSTOM_OPERATORS } = await import('../packages/engine/src/evaluate/operators.ts');

const PEILDATUM = '2026-11-23';
// Steady state, as in a batch or a server: V8 optimises the evaluation's functions only after a few
// hundred calls (the CLI's cold start is measured on its own below).
const WARMUP = 200;
const N = 500;
const EXAMPLES = new URL('../rules/voorbeelden/', import.meta.url);
const PLAN = 'ggz-wijk-spuk.json';

interface Stats {
  readonly median: number;
  readonly p95: number;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

async function measure(run: () => unknown, n = N): Promise<Stats> {
  for (let i = 0; i < Math.min(WARMUP, n); i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

const ms = (value: number): string => `${value.toFixed(3)} ms`;
const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const verdict = (ok: boolean): string => (ok ? 'ok' : 'NOT MET');

function table(rows: ReadonlyArray<readonly string[]>): void {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  );
  rows.forEach((row, index) => {
    console.log(
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  '),
    );
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  });
  console.log('');
}

const started = performance.now();
const ruleSet: RuleSet = await shippedRuleSet();
const readPlan = async (name: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(new URL(name, EXAMPLES), 'utf8')) as Record<string, unknown>;
const plan = await readPlan(PLAN);

console.log(
  `IZA-regels bench: rules ${ruleSet.versie} (${ruleSet.hash.slice(0, 19)}…), node ${process.version}, peildatum ${PEILDATUM}, warm-up ${WARMUP}, N = ${N}`,
);
console.log('');

// --- Full receipt, conditions alone, raw json-rules-engine ------------------------------------------

const withReadings = await measure(() => evaluateWith(ruleSet, plan, { peildatum: PEILDATUM }));
const literalOnly = await measure(() =>
  evaluateWith(ruleSet, plan, { peildatum: PEILDATUM, andereLezingen: false }),
);

// The units the engine judges for the full receipt: the literal reading and each other reading.
const readings = [[], ...[...ruleSet.varianten.keys()].map((id) => [id])];
const units = readings.flatMap((variant) =>
  judgedUnits(ruleSet, plan, { peildatum: PEILDATUM, variant }),
);
const references = new Map<RuleVersion, ReferenceVersion>();
for (const unit of units)
  if (!references.has(unit.version))
    references.set(unit.version, new ReferenceVersion(unit.version));
const compiledConditions = await measure(() => {
  for (const unit of units) compileVersion(unit.version)(unit.facts);
});
const referenceConditions = await measure(async () => {
  for (const unit of units) await references.get(unit.version)?.run(unit.facts);
});

/** One Engine per scope holding every `toets` rule's voorwaarden, on the engine's own facts. */
function rawEngine(scope: 'plan' | 'kostenregel') {
  const engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
  for (const operator of CUSTOM_OPERATORS) engine.addOperator(operator);
  for (const rule of ruleSet.regels.values()) {
    if (rule.soort !== 'toets' || rule.bereik !== scope) continue;
    rule.versies.forEach((version, index) => {
      if (version.voorwaarden)
        engine.addRule({
          name: `${rule.id}@${index}`,
          conditions: version.voorwaarden,
          event: { type: rule.id },
        });
    });
  }
  return engine;
}
const literalUnits = judgedUnits(ruleSet, plan, { peildatum: PEILDATUM });
// json-rules-engine reads plain objects: the same facts, flattened once outside the timing.
const planFacts = literalUnits.find((unit) => unit.rule === 'FIN-01')?.facts.toFacts() ?? {};
const lineFacts = [
  ...new Set(literalUnits.filter((unit) => unit.rule === 'BK-TM-02').map((unit) => unit.facts)),
]
  .slice(0, (plan['kosten'] as unknown[] | undefined)?.length ?? 0)
  .map((facts) => facts.toFacts());
const rawPlan = rawEngine('plan');
const rawLines = rawEngine('kostenregel');
const raw = await measure(async () => {
  await rawPlan.run(planFacts);
  for (const facts of lineFacts) await rawLines.run(facts);
});

const compiledLiteral = await measure(() => {
  for (const unit of literalUnits) compileVersion(unit.version)(unit.facts);
});

const jrePath = withReadings.median - compiledConditions.median + referenceConditions.median;
table([
  ['what (ggz-wijk-spuk)', 'median', 'p95', 'target'],
  [
    'full receipt, with other readings',
    ms(withReadings.median),
    ms(withReadings.p95),
    `<= 1 ms: ${verdict(withReadings.median <= 1)}`,
  ],
  ['full receipt, literal reading only', ms(literalOnly.median), ms(literalOnly.p95), ''],
  [
    `conditions alone, compiled (${units.length} units)`,
    ms(compiledConditions.median),
    ms(compiledConditions.p95),
    '',
  ],
  [
    'conditions alone, json-rules-engine (same units)',
    ms(referenceConditions.median),
    ms(referenceConditions.p95),
    '',
  ],
  [
    `conditions alone, compiled, literal reading (${literalUnits.length} units)`,
    ms(compiledLiteral.median),
    ms(compiledLiteral.p95),
    '',
  ],
  ['receipt with json-rules-engine in the engine path (derived)', ms(jrePath), '', ''],
  [
    `raw json-rules-engine on the same files (plan + ${lineFacts.length} lines)`,
    ms(raw.median),
    ms(raw.p95),
    '',
  ],
]);
// Like for like: the literal reading's units (plan, lines and periods, both blocks, with the trace)
// against raw json-rules-engine on the plan and its lines (voorwaarden only, no trace).
const speedup = raw.median / compiledLiteral.median;
console.log(
  `compiled conditions vs json-rules-engine on the same units: ${(referenceConditions.median / compiledConditions.median).toFixed(1)}× faster`,
);
console.log(
  `compiled conditions (literal reading, with trace) vs raw json-rules-engine (voorwaarden only, no trace): ${speedup.toFixed(1)}× faster (target >= 10×: ${verdict(speedup >= 10)})`,
);
console.log('');

// --- Cost lines -----------------------------------------------------------------------------------

const lines = (plan['kosten'] as Array<Record<string, unknown>> | undefined) ?? [];
const rows: string[][] = [['cost lines (3 periods each)', 'median', 'p95', 'ratio to 1', 'target']];
let one = Number.NaN;
for (const count of [1, 5, 20, 100]) {
  const kosten = Array.from({ length: count }, (_, index) => ({
    ...lines[index % lines.length],
    omschrijving: `Kostenregel ${index + 1}`,
    bedragen: [2026, 2027, 2028].map((jaar) => ({ periode: String(jaar), bedrag: 10_000 })),
  }));
  const stats = await measure(
    () => evaluateWith(ruleSet, { ...plan, kosten }, { peildatum: PEILDATUM }),
    count >= 20 ? 50 : N,
  );
  if (count === 1) one = stats.median;
  rows.push([
    String(count),
    ms(stats.median),
    ms(stats.p95),
    `${(stats.median / one).toFixed(1)}×`,
    count === 100 ? `<= 20 ms: ${verdict(stats.median <= 20)}` : '',
  ]);
}
table(rows);

// --- Receipt bytes --------------------------------------------------------------------------------

const sizeRows: string[][] = [
  ['receipt bytes (compact JSON)', 'summary', 'gzip', 'full', 'gzip', 'target (summary)'],
];
for (const name of (await readdir(EXAMPLES)).filter((file) => file.endsWith('.json')).sort()) {
  const example = await readPlan(name);
  const bytes = async (detail: 'volledig' | 'samenvatting'): Promise<Buffer> =>
    Buffer.from(
      JSON.stringify(await evaluateWith(ruleSet, example, { peildatum: PEILDATUM, detail })),
    );
  const [summary, full] = [await bytes('samenvatting'), await bytes('volledig')];
  sizeRows.push([
    name,
    kB(summary.byteLength),
    kB(gzipSync(summary).byteLength),
    kB(full.byteLength),
    kB(gzipSync(full).byteLength),
    name === PLAN ? `<= 30 kB: ${verdict(summary.byteLength <= 30 * 1024)}` : '',
  ]);
}
table(sizeRows);

// --- CLI cold start -------------------------------------------------------------------------------

const cli = new URL('../packages/cli/src/main.ts', import.meta.url).pathname;
const example = new URL(PLAN, EXAMPLES).pathname;
const cold: number[] = [];
for (let i = 0; i < 5; i += 1) {
  const start = performance.now();
  execFileSync(process.execPath, [cli, 'evaluate', example, '--peildatum', PEILDATUM], {
    stdio: 'ignore',
  });
  cold.push(performance.now() - start);
}
cold.sort((a, b) => a - b);
const coldMedian = percentile(cold, 50);
console.log(
  `CLI cold start, one plan (median of 5 processes): ${(coldMedian / 1000).toFixed(2)} s (target < 0.5 s: ${verdict(coldMedian < 500)})`,
);
console.log(`total bench time ${((performance.now() - started) / 1000).toFixed(1)} s`);
