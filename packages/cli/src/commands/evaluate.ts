/**
 * `iza-regels evaluate [bestand|-]`: evaluate one plan or a batch and print the receipt(s). One plan
 * or a JSON array is read whole and answered with one JSON document, as it always was; NDJSON and CSV
 * are streamed row by row (batch/), with one output line per row. Every row is reported in input
 * order; invalid rows are reported on stderr too, and make the exit code 65 without hiding the
 * results of the valid rows.
 */
import {
  evaluateWith,
  type Evaluation,
  type InvalidInput,
  type Issue,
  type RuleSet,
  type SummaryEvaluation,
} from '@iza-regels/engine';
import { choice, detailOption, EVALUATE_OPTIONS, parse, workersOption } from '../args.ts';
import { streamBatch } from '../batch/command.ts';
import { defaultWorkers, type EvaluatorConfig } from '../batch/evaluator.ts';
import type { LineFormat } from '../batch/lines.ts';
import type { RowRecord } from '../batch/row.ts';
import { openSource, sniff, type Source } from '../batch/source.ts';
import { rowChunks } from '../batch/stream.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { parseInput, type Row } from '../input.ts';
import type { RowTask } from '../batch/row.ts';
import { json, out } from '../io.ts';
import { evaluationFlags, optionsAreValid, type EvaluationFlags } from '../options.ts';
import { reportNote } from '../messages.ts';
import { reportIssues } from '../report.ts';
import { loadRules } from '../rules.ts';
import { paintFor } from '../style.ts';
import { renderReceipt } from '../text.ts';
import { say } from '../words.ts';

type Result = Evaluation | SummaryEvaluation;

async function evaluateRow(
  ruleSet: RuleSet,
  row: Row,
  flags: EvaluationFlags,
  detail: 'volledig' | 'samenvatting',
): Promise<Result> {
  if (row.ok) return evaluateWith(ruleSet, row.plan, { ...flags.engine, detail });
  const invalid: InvalidInput = {
    geldig: false,
    regelset: { versie: ruleSet.versie, hash: ruleSet.hash },
    problemen: [...row.issues],
  };
  return invalid;
}

function invalidText(
  rij: number | undefined,
  problemen: readonly Issue[],
  flags: EvaluationFlags,
): string {
  const where =
    rij === undefined ? '' : say(flags.lang, { nl: ` in rij ${rij}`, en: ` in row ${rij}` });
  const count = problemen.length;
  return say(flags.lang, {
    nl: `Ongeldige invoer${where}: ${count} ${count === 1 ? 'probleem' : 'problemen'} (zie de meldingen op stderr).\n`,
    en: `Invalid input${where}: ${count} ${count === 1 ? 'problem' : 'problems'} (see the messages on stderr).\n`,
  });
}

/** One row as text: its receipt (or why it is invalid), under a title with its number in a batch. */
function rowText(rij: number, result: Result, batch: boolean, flags: EvaluationFlags): string {
  const paint = paintFor(process.stdout);
  const body = result.geldig
    ? result.detail === 'volledig'
      ? renderReceipt(result, flags.lang, paint)
      : ''
    : invalidText(batch ? rij : undefined, result.problemen, flags);
  if (!batch) return body;
  const title = paint('inverse', ` ${say(flags.lang, { nl: 'Rij', en: 'Row' })} ${rij} `);
  return `${title}\n${body}`;
}

function renderText(
  results: ReadonlyArray<{ rij: number; result: Result }>,
  batch: boolean,
  flags: EvaluationFlags,
): string {
  return results.map(({ rij, result }) => rowText(rij, result, batch, flags)).join('\n');
}

type InputKind = 'json' | 'ndjson' | 'csv';

/** --invoer, else the file's extension; undefined: look at the first lines. */
function inputKind(value: string | undefined, path: string | undefined): InputKind | undefined {
  if (value !== undefined) return choice(value, ['json', 'ndjson', 'csv'], 'json', '--invoer');
  if (path === undefined) return undefined;
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(ndjson|jsonl)$/i.test(path)) return 'ndjson';
  return undefined;
}

/** Evaluate one document (a plan or a JSON array), read whole: the behaviour of before batches. */
async function evaluateDocument(
  ruleSet: RuleSet,
  text: string,
  bron: string,
  flags: EvaluationFlags,
  detail: 'volledig' | 'samenvatting',
): Promise<ExitCode> {
  const { batch, rows } = parseInput(text);
  const results: Array<{ rij: number; result: Result }> = [];
  for (const [index, row] of rows.entries())
    results.push({
      rij: index + 1,
      result: await evaluateRow(ruleSet, row, flags, detail),
    });

  if (flags.format === 'json') {
    out(json(batch ? results.map(({ rij, result }) => ({ rij, ...result })) : results[0]?.result));
  } else {
    out(renderText(results, batch, flags));
  }

  const invalid = results.filter(({ result }) => !result.geldig);
  for (const { rij, result } of invalid) {
    if (!result.geldig) reportIssues(result.problemen, batch ? `${bron}, rij ${rij}` : bron);
  }
  if (invalid.length === 0) return EXIT.ok;
  if (batch) {
    reportNote(
      `Ongeldige invoer in ${invalid.length} van ${results.length} rijen (${invalid.map(({ rij }) => rij).join(', ')}); de andere rijen zijn getoetst.`,
      `Invalid input in ${invalid.length} of ${results.length} rows (${invalid.map(({ rij }) => rij).join(', ')}); the other rows were evaluated.`,
    );
  }
  return EXIT.dataErr;
}

/** The rows of a document, for CSV output: a plan or an array becomes rows like any batch. */
function* documentRows(text: string): Generator<RowTask> {
  const { rows } = parseInput(text);
  for (const [index, row] of rows.entries()) {
    yield row.ok
      ? { rij: index + 1, regel: 1, plan: row.plan }
      : { rij: index + 1, regel: 1, problemen: row.issues };
  }
}

async function csvRowsOf(source: Source): Promise<AsyncIterable<RowTask>> {
  return (await import('../csv/input.ts')).csvRows(source.stream);
}

export async function evaluateCommand(args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parse(args, EVALUATE_OPTIONS, 1);
  // CSV output is for batches only; --format json|text is checked as for every command.
  const csvOut = values.format === 'csv';
  const flags = evaluationFlags({
    ...values,
    format: csvOut ? undefined : values.format,
  });
  const kind = inputKind(values.invoer, positionals[0]);
  const workers = workersOption(values.werkers, defaultWorkers());
  const source = await openSource(positionals[0]);
  const ruleSet = await loadRules(flags.regels);
  if (!optionsAreValid(ruleSet, flags.engine)) return EXIT.dataErr;

  // Text is read by a person, who gets the whole receipt; the summary is a JSON format for storage.
  const batchDetail = values.detail === undefined ? 'samenvatting' : detailOption(values.detail);
  const format: LineFormat = csvOut ? 'csv' : 'ndjson';
  const config: EvaluatorConfig = {
    defaults: {
      ...(flags.engine.peildatum === undefined ? {} : { peildatum: flags.engine.peildatum }),
      ...(flags.engine.variant === undefined ? {} : { variant: [flags.engine.variant].flat() }),
      detail: flags.format === 'text' ? 'volledig' : batchDetail,
      andereLezingen: true,
    },
    format,
    ...(flags.regels === undefined ? {} : { regels: flags.regels }),
  };
  const size = source.bytes;
  const batch = {
    ruleSet,
    config,
    bron: source.bron,
    workers,
    ...(source.bytes === undefined ? {} : { bytes: source.bytes }),
    fraction: () => (size ? Math.min(1, source.gelezen() / size) : undefined),
    ...(flags.format === 'text'
      ? {
          textWriter: (record: RowRecord) => `${rowText(record.rij, record, true, flags)}\n`,
        }
      : {}),
    ...(csvOut ? { header: (await import('../csv/output.ts')).csvHeader(ruleSet) } : {}),
  };
  if (kind === 'csv') return streamBatch({ ...batch, chunks: rowChunks(await csvRowsOf(source)) });

  const sniffed = await sniff(source.stream, kind === 'json' ? 'document' : kind);
  if (sniffed.kind === 'ndjson') return streamBatch({ ...batch, chunks: sniffed.chunks });
  const text = await sniffed.text();
  if (csvOut) return streamBatch({ ...batch, chunks: rowChunks(documentRows(text)) });
  const detail = flags.format === 'text' ? 'volledig' : detailOption(values.detail);
  return evaluateDocument(ruleSet, text, source.bron, flags, detail);
}
