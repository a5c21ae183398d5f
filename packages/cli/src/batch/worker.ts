/**
 * A worker thread of the batch: loads the rule set once, then answers each chunk with the bytes to
 * write, moved (not copied) to the main thread. The main thread has already checked the rules; a
 * failure to load them here is a bug and surfaces as the worker's error (each waiting row gets an
 * internal-error record).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultRulesDir, loadRuleSetFromDir } from '@iza-regels/engine/node';
import { byteSink } from './bytes.ts';
import { evaluateChunk, type Chunk, type EvaluatorConfig } from './evaluator.ts';
import { lineWriter } from './lines.ts';

const config = workerData as EvaluatorConfig;
const loaded = await loadRuleSetFromDir(config.regels ?? defaultRulesDir());
if (!loaded.ok) throw new Error(`the rules in ${config.regels ?? defaultRulesDir()} do not load`);
const { ruleSet } = loaded;
const write = await lineWriter(config.format, ruleSet);
const sink = byteSink();
// One chunk after the other, so that the chunks never share the sink.
let previous: Promise<unknown> = Promise.resolve();

parentPort?.on('message', ({ id, chunk }: { id: number; chunk: Chunk }) => {
  previous = previous.then(async () => {
    const result = await evaluateChunk(ruleSet, config.defaults, write, chunk, sink);
    const output = result.output as Uint8Array<ArrayBuffer>;
    parentPort?.postMessage({ id, result }, [output.buffer]);
  });
});
