/**
 * A worker thread of the batch: loads the rule set once, then answers each chunk of rows with its
 * output lines. The main thread has already checked the rules; a failure to load them here is a bug
 * and surfaces as the worker's error (each waiting row gets an internal-error record).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultRulesDir, loadRuleSetFromDir } from '@iza-regels/engine/node';
import { evaluateChunk, type EvaluatorConfig } from './evaluator.ts';
import { lineWriter } from './lines.ts';
import type { RowTask } from './row.ts';

const config = workerData as EvaluatorConfig;
const loaded = await loadRuleSetFromDir(config.regels ?? defaultRulesDir());
if (!loaded.ok) throw new Error(`the rules in ${config.regels ?? defaultRulesDir()} do not load`);
const { ruleSet } = loaded;
const write = await lineWriter(config.format, ruleSet);

parentPort?.on('message', ({ id, tasks }: { id: number; tasks: RowTask[] }) => {
  void evaluateChunk(ruleSet, config.defaults, write, tasks).then((result) =>
    parentPort?.postMessage({ id, result }),
  );
});
