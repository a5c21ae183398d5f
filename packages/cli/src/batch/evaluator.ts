/**
 * Evaluate chunks of rows, in this thread or in worker threads, always answering each chunk with its
 * lines in the order of its rows. With workers the rows of a batch are spread over the cores; the
 * caller keeps the chunks in input order (see stream.ts), so the output order never depends on which
 * worker finished first.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Issue, RuleSet } from '@iza-regels/engine';
import { lineWriter, type LineFormat, type LineWriter } from './lines.ts';
import {
  evaluateRow,
  internalIssue,
  type RowDefaults,
  type RowRecord,
  type RowTask,
} from './row.ts';

export interface EvaluatorConfig {
  readonly defaults: RowDefaults;
  readonly format: LineFormat;
  /** The rules folder given with --regels; the shipped rules when absent. */
  readonly regels?: string;
}

/** A row that could not be evaluated, for the messages on stderr and the summary. */
export interface RowFault {
  readonly rij: number;
  readonly regel: number;
  readonly problemen: readonly Issue[];
}

/** The output lines of a chunk's rows in their order, and the rows among them that were invalid. */
export interface ChunkResult {
  readonly lines: string[];
  readonly fouten: RowFault[];
}

export interface Evaluator {
  /** Never rejects: a row that fails is an error record among the lines. */
  run(tasks: readonly RowTask[]): Promise<ChunkResult>;
  close(): Promise<void>;
}

/** Evaluate the rows of one chunk; shared by the main thread and the workers. */
export async function evaluateChunk(
  ruleSet: RuleSet,
  defaults: RowDefaults,
  write: (record: RowRecord) => string,
  tasks: readonly RowTask[],
): Promise<ChunkResult> {
  const lines: string[] = [];
  const fouten: RowFault[] = [];
  for (const task of tasks) {
    const record = await evaluateRow(ruleSet, defaults, task);
    if (!record.geldig)
      fouten.push({ rij: record.rij, regel: record.regel, problemen: record.problemen });
    lines.push(write(record));
  }
  return { lines, fouten };
}

/** Everything in this thread: for small inputs, one core, and the text format. */
export async function inThread(
  ruleSet: RuleSet,
  config: EvaluatorConfig,
  writer?: LineWriter,
): Promise<Evaluator> {
  const write = writer ?? (await lineWriter(config.format, ruleSet));
  return {
    run: (tasks) => evaluateChunk(ruleSet, config.defaults, write, tasks),
    close: () => Promise.resolve(),
  };
}

interface Pending {
  readonly tasks: readonly RowTask[];
  readonly resolve: (result: ChunkResult) => void;
}

interface Slot {
  worker: Worker;
  readonly pending: Map<number, Pending>;
}

/**
 * The number of worker threads when none is asked for: none. Each thread holds its own copy of the
 * engine and the rule set (some 90 MB), so on two cores workers double the memory for at most twice
 * the speed, and on a busy machine for none; --werkers asks for them where cores and memory allow.
 */
export const defaultWorkers = (): number => 0;

/** One worker per core, for callers that want throughput (the HTTP server, `--werkers auto`). */
export const workersPerCore = (): number => availableParallelism();

/**
 * A fixed set of worker threads, each loading the rule set once. A chunk goes to the worker with the
 * fewest chunks waiting. A worker that dies answers its waiting rows with an internal-error record
 * each (so no row goes missing from the output) and is replaced.
 */
export async function workerPool(
  ruleSet: RuleSet,
  config: EvaluatorConfig,
  count: number,
): Promise<Evaluator> {
  const write = await lineWriter(config.format, ruleSet);
  const regelset = { versie: ruleSet.versie, hash: ruleSet.hash };
  let nextId = 0;
  let closing = false;
  const slots: Slot[] = [];

  const fail = (slot: Slot, message: string): void => {
    for (const { tasks, resolve } of slot.pending.values()) {
      const fouten = tasks.map((task) => ({
        rij: task.rij,
        regel: task.regel,
        problemen: [internalIssue(message)],
      }));
      resolve({
        lines: fouten.map((fout) => write({ ...fout, geldig: false, regelset })),
        fouten,
      });
    }
    slot.pending.clear();
  };

  const start = (slot: Slot): Worker => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), {
      workerData: config,
      // V8 collects lazily and would let each worker's heap grow to hundreds of MB of garbage; a
      // worker needs some 30 MB live (the rule set and one chunk), so a small heap keeps the batch
      // within its memory budget at a small cost in time.
      resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 },
    });
    worker.on('message', ({ id, result }: { id: number; result: ChunkResult }) => {
      slot.pending.get(id)?.resolve(result);
      slot.pending.delete(id);
    });
    worker.on('error', (error: Error) => fail(slot, error.message));
    worker.on('exit', (code) => {
      if (closing) return;
      fail(slot, `worker thread stopped (exit ${code})`);
      slot.worker = start(slot);
    });
    return worker;
  };

  for (let index = 0; index < count; index += 1) {
    const slot: Slot = { worker: undefined as unknown as Worker, pending: new Map() };
    slot.worker = start(slot);
    slots.push(slot);
  }

  return {
    run(tasks) {
      const slot = slots.reduce((best, candidate) =>
        candidate.pending.size < best.pending.size ? candidate : best,
      );
      const id = nextId++;
      return new Promise<ChunkResult>((resolve) => {
        slot.pending.set(id, { tasks, resolve });
        slot.worker.postMessage({ id, tasks });
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * In this thread for the first rows, then in worker threads: a small batch does not pay for starting
 * workers (each loads the rule set), a large one gets every core. The caller keeps the order.
 */
export async function adaptive(
  ruleSet: RuleSet,
  config: EvaluatorConfig,
  workers: number,
  threshold = 256,
): Promise<Evaluator> {
  const local = await inThread(ruleSet, config);
  if (workers <= 0) return local;
  let seen = 0;
  let pool: Promise<Evaluator> | undefined;
  return {
    async run(tasks) {
      seen += tasks.length;
      if (seen <= threshold) return local.run(tasks);
      pool ??= workerPool(ruleSet, config, workers);
      return (await pool).run(tasks);
    },
    async close() {
      if (pool) await (await pool).close();
    },
  };
}
