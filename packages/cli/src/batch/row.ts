/**
 * One row of a batch, from its text (an NDJSON line) or its converted plan (a CSV row) to the line that
 * is written out. Pure and synchronous apart from the engine call, so the same code runs in the main
 * thread and in the worker threads, and the output cannot depend on where a row was evaluated.
 *
 * A row is either a bare plan or an envelope `{"plan": {...}, "peildatum": "JJJJ-MM-DD",
 * "varianten": ["azwa-2028"]}`. The plan schema is strict and has no field `plan`, so the two cannot
 * be confused. A row's peildatum and varianten replace the command-line defaults for that row only.
 */
import {
  evaluateWith,
  type Detail,
  type EvaluateOptions,
  type Evaluation,
  type Issue,
  type RuleSet,
  type SummaryEvaluation,
} from '@iza-regels/engine';

/** The defaults for every row, from the command line or the request. */
export interface RowDefaults {
  readonly peildatum?: string;
  readonly variant?: readonly string[];
  readonly detail: Detail;
  readonly andereLezingen: boolean;
}

/** A row to evaluate: its place in the input, and its text, its plan or the problems found before. */
export interface RowTask {
  /** 1-based number of the row among the rows (empty lines are not rows). */
  readonly rij: number;
  /** 1-based line number in the input file where the row starts. */
  readonly regel: number;
  readonly text?: string;
  /** The row's JSON already parsed (the API's body), instead of `text`. */
  readonly json?: unknown;
  readonly plan?: unknown;
  readonly peildatum?: string;
  readonly varianten?: readonly string[];
  /** Problems found while reading the row (a CSV cell that is not a date): the row is not evaluated. */
  readonly problemen?: readonly Issue[];
  /** Echoed on the output record (a CSV `id` column); not part of the plan's hash. */
  readonly id?: string;
}

/** What a row gives: the evaluation, with its place in the input. */
export type RowRecord = {
  readonly rij: number;
  readonly regel: number;
} & (Evaluation | SummaryEvaluation);

/** The envelope's own fields; anything else beside `plan` is a mistake worth naming. */
const ENVELOPE_FIELDS = ['plan', 'peildatum', 'varianten'] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function syntaxIssue(message: string, regel: number): Issue {
  return {
    code: 'ongeldige-json',
    pad: '(hoofdniveau)',
    nl: `Dit is geen geldige JSON (invoerregel ${regel}): ${message}`,
    en: `This is not valid JSON (input line ${regel}): ${message}`,
  };
}

export function internalIssue(message: string): Issue {
  return {
    code: 'interne-fout',
    pad: '(hoofdniveau)',
    nl: `Interne fout bij het toetsen van deze rij: ${message}. Dit is een fout in iza-regels, niet in uw invoer; meld het alstublieft aan de beheerders.`,
    en: `Internal error while evaluating this row: ${message}. This is a bug in iza-regels, not in your input; please report it to the maintainers.`,
  };
}

interface Unpacked {
  readonly plan?: unknown;
  readonly peildatum?: unknown;
  readonly varianten?: unknown;
  readonly problemen: Issue[];
}

/** A parsed row: a bare plan, or an envelope whose unknown fields are problems of the row. */
function unpack(value: unknown): Unpacked {
  if (!isObject(value) || !('plan' in value)) return { plan: value, problemen: [] };
  const problemen: Issue[] = Object.keys(value)
    .filter((key) => !(ENVELOPE_FIELDS as readonly string[]).includes(key))
    .map((key) => ({
      code: 'onbekend-rijveld',
      pad: key,
      nl: `Onbekend veld "${key}" naast "plan" in deze rij. Toegestaan: ${ENVELOPE_FIELDS.join(', ')}.`,
      en: `Unknown field "${key}" beside "plan" in this row. Allowed: ${ENVELOPE_FIELDS.join(', ')}.`,
    }));
  return { plan: value.plan, peildatum: value.peildatum, varianten: value.varianten, problemen };
}

/** The engine names a row's options `opties.*`; in a row they are the envelope's own fields. */
const ROW_PATH: Readonly<Record<string, string>> = {
  'opties.peildatum': 'peildatum',
  'opties.variant': 'varianten',
};
function rowPath(issue: Issue): Issue {
  const pad = ROW_PATH[issue.pad];
  return pad === undefined ? issue : { ...issue, pad };
}

/** Evaluate one row. Never throws: an exception of the engine becomes a problem of this row. */
export async function evaluateRow(
  ruleSet: RuleSet,
  defaults: RowDefaults,
  task: RowTask,
): Promise<RowRecord> {
  const place = { rij: task.rij, regel: task.regel };
  const regelset = { versie: ruleSet.versie, hash: ruleSet.hash };
  const invalid = (problemen: readonly Issue[]): RowRecord => ({
    ...place,
    geldig: false,
    regelset,
    problemen: [...problemen],
  });
  if (task.problemen !== undefined && task.problemen.length > 0) return invalid(task.problemen);
  let row: Unpacked;
  if (task.json !== undefined) {
    row = unpack(task.json);
  } else if (task.text === undefined) {
    row = { plan: task.plan, peildatum: task.peildatum, varianten: task.varianten, problemen: [] };
  } else {
    try {
      row = unpack(JSON.parse(task.text));
    } catch (error) {
      return invalid([syntaxIssue((error as Error).message, task.regel)]);
    }
  }
  // A row's values are whatever its JSON held: the engine checks them and names the bad ones.
  const options = {
    peildatum: row.peildatum ?? defaults.peildatum,
    variant: row.varianten ?? defaults.variant,
    detail: defaults.detail,
    andereLezingen: defaults.andereLezingen,
  } as EvaluateOptions;
  try {
    const result = await evaluateWith(ruleSet, row.plan, options);
    if (result.geldig && row.problemen.length === 0) return { ...place, ...result };
    const problemen = [...row.problemen, ...(result.geldig ? [] : result.problemen.map(rowPath))];
    return invalid(problemen);
  } catch (error) {
    return invalid([internalIssue(error instanceof Error ? error.message : String(error))]);
  }
}
