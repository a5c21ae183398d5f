/**
 * Evaluate chunks of rows, in this thread or in worker threads, always answering each chunk with its
 * output in the order of its rows. With workers the chunks are spread over the cores; the caller
 * keeps them in input order (see stream.ts), so the output order never depends on which worker
 * finished first. A worker gets NDJSON as raw bytes and answers with the bytes to write (moved, not
 * copied, back to the main thread), so the main thread only reads, cuts and writes.
 */
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Issue, RuleSet } from '@iza-regels/engine';
import { lineWriter, type LineFormat, type LineWriter } from './lines.ts';
import { rowsOfChunk, type LineChunk } from './ndjson.ts';
import { evaluateRow, type RowDefaults, type RowRecord, type RowTask } from './row.ts';

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

/** Rows read already (CSV, a JSON document), or whole NDJSON lines still to split. */
export type Chunk = { readonly kind: 'rows'; readonly tasks: readonly RowTask[] } | LineChunk;

/** The output of a chunk's rows in their order, how many rows it had, and the invalid ones. */
export interface ChunkResult {
  readonly output: string | Uint8Array;
  readonly rijen: number;
  readonly fouten: RowFault[];
}

export interface Evaluator {
  /** Never rejects: a row that fails is an error record in the output. */
  run(chunk: Chunk): Promise<ChunkResult>;
  close(): Promise<void>;
}

const tasksOf = (chunk: Chunk): Iterable<RowTask> =>
  chunk.kind === 'rows' ? chunk.tasks : rowsOfChunk(chunk);

/** Where the lines of a chunk go: kept as text in this thread, as bytes in a worker. */
export interface LineSink {
  add(line: string): void;
  done(): string | Uint8Array;
}

/** The lines of a chunk as one string. */
export function textSink(): LineSink {
  const lines: string[] = [];
  return { add: (line) => lines.push(line), done: () => lines.join('') };
}

/** Evaluate the rows of one chunk; shared by the main thread and the workers. */
export async function evaluateChunk(
  ruleSet: RuleSet,
  defaults: RowDefaults,
  write: (record: RowRecord) => string,
  chunk: Chunk,
  sink: LineSink = textSink(),
): Promise<ChunkResult> {
  let rijen = 0;
  const fouten: RowFault[] = [];
  for (const task of tasksOf(chunk)) {
    const record = await evaluateRow(ruleSet, defaults, task);
    if (!record.geldig)
      fouten.push({ rij: record.rij, regel: record.regel, problemen: record.problemen });
    sink.add(write(record));
    rijen += 1;
  }
  return { output: sink.done(), rijen, fouten };
}

/** Everything in this thread: for small inputs, one core, and the text format. */
export async function inThread(
  ruleSet: RuleSet,
  config: EvaluatorConfig,
  writer?: LineWriter,
): Promise<Evaluator> {
  const write = writer ?? (await lineWriter(config.format, ruleSet));
  return {
    run: (chunk) => evaluateChunk(ruleSet, config.defaults, write, chunk),
    close: () => Promise.resolve(),
  };
}

interface Pending {
  readonly chunk: Chunk;
  readonly resolve: (result: ChunkResult | Promise<ChunkResult>) => void;
}

interface Slot {
  worker: Worker;
  readonly pending: Map<number, Pending>;
  /** Whether the worker has answered a chunk: one that dies before it ever did is not restarted. */
  answered: boolean;
  dead: boolean;
}

/**
 * The number of worker threads when none is asked for: one per core when there is more than one.
 * The main thread then only reads, cuts and writes bytes, and each worker evaluates within a small
 * heap (see workerPool). On one core a worker would only add the cost of its messages.
 */
export const defaultWorkers = (): number => {
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
};

/** The worker module next to this one: `.ts` from source, `.js` in the published package. */
const WORKER = new URL(`./worker${extname(new URL(import.meta.url).pathname)}`, import.meta.url);

/**
 * A fixed set of worker threads, each loading the rule set once. A chunk goes to the worker with the
 * fewest chunks waiting. When a worker dies (out of its small heap on a huge row, or a bug), its
 * waiting chunks are evaluated in this thread instead, so the output is the same as without workers;
 * the worker is replaced, unless it died before answering anything (then it would only die again).
 */
export async function workerPool(
  ruleSet: RuleSet,
  config: EvaluatorConfig,
  count: number,
): Promise<Evaluator> {
  const local = await inThread(ruleSet, config);
  let nextId = 0;
  let closing = false;
  const slots: Slot[] = [];

  const fallBack = (slot: Slot): void => {
    for (const { chunk, resolve } of slot.pending.values()) resolve(local.run(chunk));
    slot.pending.clear();
  };

  const start = (slot: Slot): Worker => {
    const worker = new Worker(WORKER, {
      workerData: config,
      // V8 collects lazily and would let each worker's heap grow to hundreds of MB of garbage; a
      // worker needs some 30 MB live (the rule set and one chunk), so a small heap keeps the batch
      // within its memory budget. A row too big for it is evaluated in this thread (fallBack).
      resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 },
    });
    worker.on('message', ({ id, result }: { id: number; result: ChunkResult }) => {
      slot.answered = true;
      slot.pending.get(id)?.resolve(result);
      slot.pending.delete(id);
    });
    // An 'error' is always followed by 'exit'.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (closing) return;
      if (slot.answered) slot.worker = start(slot);
      else slot.dead = true;
      slot.answered = false;
      fallBack(slot);
    });
    return worker;
  };

  for (let index = 0; index < count; index += 1) {
    const slot: Slot = {
      worker: undefined as unknown as Worker,
      pending: new Map(),
      answered: false,
      dead: false,
    };
    slot.worker = start(slot);
    slots.push(slot);
  }

  return {
    run(chunk) {
      const alive = slots.filter((slot) => !slot.dead);
      const slot = alive.reduce<Slot | undefined>(
        (best, candidate) =>
          best === undefined || candidate.pending.size < best.pending.size ? candidate : best,
        undefined,
      );
      if (slot === undefined) return local.run(chunk);
      const id = nextId++;
      return new Promise<ChunkResult>((resolve) => {
        slot.pending.set(id, { chunk, resolve });
        slot.worker.postMessage({ id, chunk });
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * In this thread for the first `threshold` rows, then in worker threads: a small batch does not pay
 * for starting workers, a large one gets every core. The caller keeps the order.
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
    async run(chunk) {
      if (seen < threshold) {
        const result = await local.run(chunk);
        seen += result.rijen;
        return result;
      }
      pool ??= workerPool(ruleSet, config, workers);
      return (await pool).run(chunk);
    },
    async close() {
      if (pool) await (await pool).close();
    },
  };
}
