/**
 * The batch itself: rows in, lines out, in input order and in constant memory. Rows are grouped in
 * chunks (fewer messages to the workers); at most a few chunks per worker are in flight, and the
 * next row is only read when the oldest chunk has been written and stdout has drained, so neither a
 * fast reader nor a slow consumer of stdout makes the process grow.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ChunkResult, Evaluator, RowFault } from './evaluator.ts';
import type { Progress } from './progress.ts';
import type { RowTask } from './row.ts';

export interface BatchOptions {
  readonly rows: AsyncIterable<RowTask> | Iterable<RowTask>;
  readonly evaluator: Evaluator;
  readonly output: Writable;
  readonly progress?: Progress;
  /** Chunks evaluated at once: enough to keep every worker busy. */
  readonly inFlight: number;
  readonly chunkSize?: number;
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

async function write(output: Writable, text: string): Promise<void> {
  if (text !== '' && !output.write(text)) await once(output, 'drain');
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const { evaluator, output, progress, inFlight } = options;
  const chunkSize = options.chunkSize ?? 32;
  const keep = options.keepFaults ?? 20;
  const queue: Array<Promise<ChunkResult>> = [];
  const fouten: RowFault[] = [];
  let rijen = 0;
  let ongeldig = 0;
  let intern = 0;

  const writeOldest = async (): Promise<void> => {
    const result = await queue.shift();
    if (!result) return;
    rijen += result.lines.length;
    ongeldig += result.fouten.length;
    for (const fout of result.fouten) {
      if (fout.problemen.some((issue) => issue.code === 'interne-fout')) intern += 1;
      if (fouten.length < keep) fouten.push(fout);
    }
    await write(output, result.lines.join(''));
    progress?.update(rijen, ongeldig);
  };

  if (options.header) await write(output, options.header);
  let chunk: RowTask[] = [];
  for await (const row of options.rows) {
    chunk.push(row);
    if (chunk.length < chunkSize) continue;
    queue.push(evaluator.run(chunk));
    chunk = [];
    if (queue.length >= inFlight) await writeOldest();
  }
  if (chunk.length > 0) queue.push(evaluator.run(chunk));
  while (queue.length > 0) await writeOldest();
  progress?.done();
  return { rijen, ongeldig, intern, fouten };
}
