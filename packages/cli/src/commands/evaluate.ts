/**
 * `iza-regels evaluate [bestand|-]`: evaluate one plan or a batch (JSON array or NDJSON) and print the
 * receipt(s). Every row is reported in input order; invalid rows are reported on stderr too, and make
 * the exit code 65 without hiding the results of the valid rows.
 */
import {
  evaluateWith,
  type Evaluation,
  type InvalidInput,
  type Issue,
  type RuleSet,
  type SummaryEvaluation,
} from '@iza-regels/engine';
import { detailOption, EVALUATE_OPTIONS, parse } from '../args.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { parseInput, type Row } from '../input.ts';
import { json, out, readInput } from '../io.ts';
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

function renderText(
  results: ReadonlyArray<{ rij: number; result: Result }>,
  batch: boolean,
  flags: EvaluationFlags,
): string {
  const paint = paintFor(process.stdout);
  return results
    .map(({ rij, result }) => {
      const body = result.geldig
        ? result.detail === 'volledig'
          ? renderReceipt(result, flags.lang, paint)
          : ''
        : invalidText(batch ? rij : undefined, result.problemen, flags);
      if (!batch) return body;
      const title = paint('inverse', ` ${say(flags.lang, { nl: 'Rij', en: 'Row' })} ${rij} `);
      return `${title}\n${body}`;
    })
    .join('\n');
}

export async function evaluateCommand(args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parse(args, EVALUATE_OPTIONS, 1);
  const flags = evaluationFlags(values);
  // Text is read by a person, who gets the whole receipt; the summary is a JSON format for storage.
  const detail = flags.format === 'text' ? 'volledig' : detailOption(values.detail);
  const input = await readInput(positionals[0]);
  const ruleSet = await loadRules(flags.regels);
  if (!optionsAreValid(ruleSet, flags.engine)) return EXIT.dataErr;

  const { batch, rows } = parseInput(input.text);
  const results: Array<{ rij: number; result: Result }> = [];
  for (const [index, row] of rows.entries())
    results.push({ rij: index + 1, result: await evaluateRow(ruleSet, row, flags, detail) });

  if (flags.format === 'json') {
    out(json(batch ? results.map(({ rij, result }) => ({ rij, ...result })) : results[0]?.result));
  } else {
    out(renderText(results, batch, flags));
  }

  const invalid = results.filter(({ result }) => !result.geldig);
  for (const { rij, result } of invalid) {
    if (!result.geldig)
      reportIssues(result.problemen, batch ? `${input.bron}, rij ${rij}` : input.bron);
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
