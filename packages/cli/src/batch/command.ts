/**
 * `iza-regels evaluate` on a streamed batch (NDJSON or CSV): every row evaluated and written in input
 * order, problems of the first rows on stderr, a summary at the end, and an exit code scripts can use:
 * 0 every row evaluated, 65 at least one row invalid, 70 at least one row hit a bug in iza-regels.
 */
import type { RuleSet } from '@iza-regels/engine';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { reportNote } from '../messages.ts';
import { reportIssues } from '../report.ts';
import { adaptive, inThread, type Chunk, type EvaluatorConfig } from './evaluator.ts';
import type { LineWriter } from './lines.ts';
import { progressOn } from './progress.ts';
import { runBatch, type BatchSummary } from './stream.ts';

export interface StreamedBatch {
  readonly ruleSet: RuleSet;
  readonly config: EvaluatorConfig;
  readonly chunks: AsyncIterable<Chunk>;
  readonly bron: string;
  readonly workers: number;
  /** The input's size in bytes, if known. */
  readonly bytes?: number;
  /** For the progress bar: how far through the input we are, if known. */
  readonly fraction?: () => number | undefined;
  /** The text format's writer; text is written in this thread, where stdout's colours are known. */
  readonly textWriter?: LineWriter;
  readonly header?: string;
}

/**
 * How many rows to evaluate in this thread before starting the workers: a small input does not pay
 * for starting them (each loads the rule set). A large one starts them at once, because rows
 * evaluated here leave garbage in this thread's heap, which (unlike a worker's) has no small limit
 * and would stay some 150 MB larger for the rest of the batch.
 */
const firstInThread = (bytes: number | undefined): number =>
  bytes !== undefined && bytes > 1024 * 1024 ? 0 : 256;

const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const en = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

function reportSummary(summary: BatchSummary, seconds: number, bron: string): void {
  for (const fout of summary.fouten)
    reportIssues(fout.problemen, `${bron}, rij ${fout.rij} (regel ${fout.regel})`);
  const rate = seconds > 0 ? summary.rijen / seconds : 0;
  const rest = summary.ongeldig - summary.fouten.length;
  const more = rest > 0 ? { nl: ` (en ${rest} meer)`, en: ` (and ${rest} more)` } : undefined;
  const rows = summary.fouten.map((fout) => fout.rij).join(', ');
  reportNote(
    `Batch klaar: ${nl.format(summary.rijen)} rijen in ${nl.format(seconds)} s (${nl.format(rate)} per seconde); ${nl.format(summary.rijen - summary.ongeldig)} getoetst, ${nl.format(summary.ongeldig)} ongeldig${summary.ongeldig > 0 ? `: rij ${rows}${more?.nl ?? ''}` : ''}.`,
    `Batch done: ${en.format(summary.rijen)} rows in ${en.format(seconds)} s (${en.format(rate)} per second); ${en.format(summary.rijen - summary.ongeldig)} evaluated, ${en.format(summary.ongeldig)} invalid${summary.ongeldig > 0 ? `: row ${rows}${more?.en ?? ''}` : ''}.`,
  );
}

export async function streamBatch(batch: StreamedBatch): Promise<ExitCode> {
  const started = performance.now();
  // Text is written in this thread, where stdout's colours are known; JSON and CSV may use workers.
  const evaluator = batch.textWriter
    ? await inThread(batch.ruleSet, batch.config, batch.textWriter)
    : await adaptive(batch.ruleSet, batch.config, batch.workers, firstInThread(batch.bytes));
  let summary: BatchSummary;
  try {
    summary = await runBatch({
      chunks: batch.chunks,
      evaluator,
      output: process.stdout,
      progress: progressOn(process.stderr, batch.fraction ?? (() => undefined)),
      // Two chunks per worker: one being evaluated, one waiting, so no worker idles between them.
      inFlight: Math.max(2, batch.workers * 2),
      ...(batch.header === undefined ? {} : { header: batch.header }),
    });
  } finally {
    await evaluator.close();
  }
  reportSummary(summary, (performance.now() - started) / 1000, batch.bron);
  if (summary.intern > 0) return EXIT.software;
  return summary.ongeldig > 0 ? EXIT.dataErr : EXIT.ok;
}
