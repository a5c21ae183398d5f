/**
 * The batch itself: chunks of rows in, bytes out, in input order and in constant memory. At most
 * `inFlight` chunks are being evaluated; the next chunk is only read when the oldest has been written
 * and stdout has drained, so neither a fast reader nor a slow consumer of stdout makes the process
 * grow.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Chunk, ChunkResult, Evaluator, RowFault } from './evaluator.ts';
import type { Progress } from './progress.ts';
import type { RowTask } from './row.ts';

export interface BatchOptions {
  readonly chunks: AsyncIterable<Chunk> | Iterable<Chunk>;
  readonly evaluator: Evaluator;
  readonly output: Writable;
  readonly progress?: Progress;
  /** Chunks evaluated at once: enough to keep every worker busy. */
  readonly inFlight: number;
  /** Written before the first row (the CSV header). */
  readonly header?: string;
  /** How many faults to keep for the messages; the others are only counted. */
  readonly keepFaults?: number;
}

export interface BatchSummary {
  readonly rijen: number;
  readonly ongeldig: number;
  /** Rows the engine could not evaluate because of a bug (code interne-fout). */
  readonly intern: number;
  /** The first `keepFaults` invalid rows. */
  readonly fouten: readonly RowFault[];
}

/** Rows read one by one (CSV, a JSON document) in chunks of `size`: fewer messages to the workers. */
export async function* rowChunks(
  rows: AsyncIterable<RowTask> | Iterable<RowTask>,
  size = 32,
): AsyncGenerator<Chunk> {
  let tasks: RowTask[] = [];
  for await (const row of rows) {
    tasks.push(row);
    if (tasks.length < size) continue;
    yield { kind: 'rows', tasks };
    tasks = [];
  }
  if (tasks.length > 0) yield { kind: 'rows', tasks };
}

/** `ArrayBuffer.prototype.transfer` (ES2024): Node 22 and later; absent on Node 20. */
type Detachable = ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };

/**
 * Write a chunk's text or bytes. A worker's bytes come in a buffer outside the heap, which V8 only
 * frees when this thread collects its garbage, and this thread makes little: the buffers of many
 * chunks would wait for it. Detached once written, each buffer is freed at once (where the runtime
 * can detach one; elsewhere the collector frees it later).
 */
async function write(output: Writable, data: string | Uint8Array): Promise<void> {
  if (data.length === 0) return;
  const buffer = typeof data === 'string' ? undefined : (data.buffer as Detachable);
  const release = buffer?.transfer ? () => void buffer.transfer?.(0) : undefined;
  if (!output.write(data, release)) await once(output, 'drain');
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const { evaluator, output, progress, inFlight } = options;
  const keep = options.keepFaults ?? 20;
  const queue: Array<Promise<ChunkResult>> = [];
  const fouten: RowFault[] = [];
  let rijen = 0;
  let ongeldig = 0;
  let intern = 0;

  const writeOldest = async (): Promise<void> => {
    const result = await queue.shift();
    if (!result) return;
    rijen += result.rijen;
    ongeldig += result.fouten.length;
    for (const fout of result.fouten) {
      if (fout.problemen.some((issue) => issue.code === 'interne-fout')) intern += 1;
      if (fouten.length < keep) fouten.push(fout);
    }
    await write(output, result.output);
    progress?.update(rijen, ongeldig);
  };

  if (options.header) await write(output, options.header);
  for await (const chunk of options.chunks) {
    queue.push(evaluator.run(chunk));
    if (queue.length >= inFlight) await writeOldest();
  }
  while (queue.length > 0) await writeOldest();
  progress?.done();
  return { rijen, ongeldig, intern, fouten };
}
