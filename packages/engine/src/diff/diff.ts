/**
 * `iza-regels diff`: two rule folders compared in words (`words.ts`) and in outcomes, on the worked
 * cases (`cases.ts`) and on scenarios from every condition's boundaries (`scenarios.ts`), run on
 * worker threads. The result says which version (patch, minor, major) the change needs.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CaseFileSchema } from '../rules/cases.ts';
import type { Issue } from '../rules/issues.ts';
import { loadRuleSet } from '../rules/load.ts';
import type { RuleSet, RuleSourceFile } from '../rules/ruleset.ts';
import { caseChanges, type CaseChange, type CaseWithFile } from './cases.ts';
import { examplePlan, type ExamplePlan } from './example.ts';
import { laterLevel, type Level } from './level.ts';
import {
  levelOfChanges,
  mergeChanges,
  planScenarios,
  runScenarios,
  type OutcomeChange,
  type ScenarioResult,
  type ScenarioTask,
} from './scenarios.ts';
import { fileChanges, wordChanges, type WordChange } from './words.ts';

export interface DiffOptions {
  /** How many scenarios to run in all (default 1,000,000). */
  readonly scenarios?: number;
  /** Worker threads (default: up to 2, the cores there are); 1 runs in this thread. */
  readonly threads?: number;
  /** Today (`YYYY-MM-DD`): a new version that starts before it changes outcomes already given. */
  readonly vandaag?: string;
}

export interface RuleDiff {
  readonly oud: { readonly versie: string; readonly hash: string };
  readonly nieuw: { readonly versie: string; readonly hash: string };
  readonly woorden: readonly WordChange[];
  readonly gevallen: { readonly aantal: number; readonly wijzigingen: readonly CaseChange[] };
  readonly scenarios: {
    readonly aantal: number;
    readonly regels: number;
    /** Rules whose every combination ran. */
    readonly volledig: number;
    readonly threads: number;
    readonly ms: number;
    readonly wijzigingen: ReadonlyArray<
      OutcomeChange & { readonly voorbeeld: OutcomeChange['voorbeeld'] & ExamplePlan }
    >;
  };
  /** The questions each rule answers to, for rules with changed outcomes. */
  readonly vragen: Readonly<Record<string, readonly string[]>>;
  /** The version the change needs: `geen` when nothing changed at all. */
  readonly niveau: Level;
}

export type DiffResult =
  | { readonly ok: true; readonly diff: RuleDiff }
  | { readonly ok: false; readonly kant: 'oud' | 'nieuw'; readonly issues: readonly Issue[] };

export const DEFAULT_SCENARIOS = 1_000_000;

const today = (): string => new Date().toISOString().slice(0, 10);

function casesIn(files: readonly RuleSourceFile[]): CaseWithFile[] {
  return files
    .filter((file) => file.pad.startsWith('gevallen/'))
    .flatMap((file) => {
      const parsed = CaseFileSchema.safeParse(file.inhoud);
      return parsed.success
        ? parsed.data.gevallen.map((entry) => ({ ...entry, bestand: file.pad }))
        : [];
    });
}

/** Both sides' worked cases, each once (by file and name; the new one where both have it). */
function allCases(
  oud: readonly RuleSourceFile[],
  nieuw: readonly RuleSourceFile[],
): CaseWithFile[] {
  const byKey = new Map<string, CaseWithFile>();
  for (const entry of [...casesIn(oud), ...casesIn(nieuw)])
    byKey.set(`${entry.bestand} ${entry.naam}`, entry);
  return [...byKey.values()];
}

/** Share the tasks among `threads` by their budgets, largest first to the least loaded. */
function share(tasks: readonly ScenarioTask[], threads: number): ScenarioTask[][] {
  const shares = Array.from({ length: threads }, () => ({ load: 0, tasks: [] as ScenarioTask[] }));
  for (const task of [...tasks].sort((a, b) => b.budget - a.budget)) {
    const least = shares.reduce((a, b) => (b.load < a.load ? b : a));
    least.tasks.push(task);
    least.load += task.budget;
  }
  return shares.map((entry) => entry.tasks).filter((entry) => entry.length > 0);
}

// Built files end in .js: the worker next to this module has the same extension.
const workerUrl = new URL(
  import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js',
  import.meta.url,
);

function inWorker(
  oud: readonly RuleSourceFile[],
  nieuw: readonly RuleSourceFile[],
  tasks: readonly ScenarioTask[],
  vandaag: string,
): Promise<ScenarioResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: { oud, nieuw, tasks, vandaag } });
    worker.once('message', (result: ScenarioResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Compare the rules of two folders' files: `oud` (e.g. the last release) against `nieuw`. */
export async function diffRuleFiles(
  oud: readonly RuleSourceFile[],
  nieuw: readonly RuleSourceFile[],
  options: DiffOptions = {},
): Promise<DiffResult> {
  const vandaag = options.vandaag ?? today();
  const version = (files: readonly RuleSourceFile[]): string =>
    (files.find((file) => file.pad === 'package.json')?.inhoud as { version?: string } | undefined)
      ?.version ?? '0.0.0';
  const [before, after] = await Promise.all([
    loadRuleSet(oud, version(oud)),
    loadRuleSet(nieuw, version(nieuw)),
  ]);
  if (!before.ok) return { ok: false, kant: 'oud', issues: before.issues };
  if (!after.ok) return { ok: false, kant: 'nieuw', issues: after.issues };
  const oldSet: RuleSet = before.ruleSet;
  const newSet: RuleSet = after.ruleSet;

  const started = performance.now();
  const tasks = planScenarios(oldSet, newSet, options.scenarios ?? DEFAULT_SCENARIOS);
  const threads = Math.max(1, options.threads ?? Math.min(2, availableParallelism()));
  const running =
    threads === 1
      ? Promise.resolve(runScenarios(oldSet, newSet, tasks, vandaag))
      : Promise.all(share(tasks, threads).map((part) => inWorker(oud, nieuw, part, vandaag))).then(
          mergeChanges,
        );
  // The worked cases run here while the workers run the scenarios.
  const cases = allCases(oud, nieuw);
  const gevallen = await caseChanges(oldSet, newSet, cases, vandaag);
  const scenarios = mergeChanges([await running]);
  const ms = Math.round(performance.now() - started);

  const woorden = [...wordChanges(oldSet, newSet, vandaag), ...fileChanges(oud, nieuw)];
  const changedRules = new Set([
    ...scenarios.changes.map((change) => change.regel),
    ...gevallen.filter((change) => change.soort === 'regel').map((change) => change.id),
  ]);
  const vragen: Record<string, string[]> = {};
  for (const id of [...changedRules].sort())
    vragen[id] = [oldSet, newSet]
      .flatMap((ruleSet) => ruleSet.vragen.vragen)
      .filter(
        (vraag, index, all) =>
          vraag.regels.includes(id) && all.findIndex((other) => other.id === vraag.id) === index,
      )
      .map((vraag) => vraag.id);
  const niveau = [
    ...woorden.map((change) => change.niveau),
    levelOfChanges(scenarios.changes),
    ...gevallen.map((change) => change.niveau),
  ].reduce<Level>(laterLevel, 'geen');
  return {
    ok: true,
    diff: {
      oud: { versie: oldSet.versie, hash: oldSet.hash },
      nieuw: { versie: newSet.versie, hash: newSet.hash },
      woorden,
      gevallen: { aantal: cases.length, wijzigingen: gevallen },
      scenarios: {
        aantal: scenarios.scenarios,
        regels: tasks.length,
        volledig: scenarios.volledig.length,
        threads,
        ms,
        wijzigingen: scenarios.changes.map((change) => ({
          ...change,
          voorbeeld: { ...change.voorbeeld, ...examplePlan(change.voorbeeld.feiten) },
        })),
      },
      vragen,
      niveau,
    },
  };
}

/** Whether any outcome moves, on a worked case or a scenario. */
export const outcomesChange = (diff: RuleDiff): boolean =>
  diff.gevallen.wijzigingen.length > 0 || diff.scenarios.wijzigingen.length > 0;
