/** One worker thread of `diffRuleFiles`: loads both rule sets and runs its share of the scenarios. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRuleSet } from '../rules/load.ts';
import type { RuleSourceFile } from '../rules/ruleset.ts';
import { runScenarios, type ScenarioTask } from './scenarios.ts';

interface Job {
  readonly oud: readonly RuleSourceFile[];
  readonly nieuw: readonly RuleSourceFile[];
  readonly tasks: readonly ScenarioTask[];
  readonly vandaag: string;
}

const job = workerData as Job;
const [oud, nieuw] = await Promise.all([
  loadRuleSet(job.oud, 'oud'),
  loadRuleSet(job.nieuw, 'nieuw'),
]);
// The main thread loaded the same files before starting this worker; they cannot fail here.
if (!oud.ok || !nieuw.ok)
  throw new Error('Rule files that loaded in the main thread fail in a worker');
parentPort?.postMessage(runScenarios(oud.ruleSet, nieuw.ruleSet, job.tasks, job.vandaag));
