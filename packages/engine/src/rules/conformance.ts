/**
 * The conformance suite: every worked case of `gevallen/` with the summary receipt it must give, kept
 * as a golden file in `conformance/`. An integration conforms when, for every case, it gives the
 * outcomes the case expects (`verwacht`) and the golden receipt. Insurers run it against the version
 * they use (`iza-regels conformance`, or `conformance` with their own evaluation, e.g. over HTTP);
 * `iza-regels check` uses the same comparison, so an edit that changes a receipt asks for `pnpm goldens`.
 *
 * A golden file holds the receipt without `regelset`: version and hash are the same for every case, so
 * the hash is kept once, in `conformance/regelset.json`. A rule edit then changes that one file and the
 * goldens whose receipts really change, and a release (a new version number) changes none.
 */
import type { SummaryOptions } from '../evaluate/evaluate.ts';
import { evaluateWith } from '../evaluate/evaluate.ts';
import { ReceiptSummarySchema, type ReceiptSummary } from '../output/schema.ts';
import { caseMismatches, type Mismatch } from './case-mismatches.ts';
import { CaseFileSchema, type WorkedCase } from './cases.ts';
import type { RuleSet, RuleSourceFile } from './ruleset.ts';
import { byText } from '../text-order.ts';

/** The folder of the golden files, in the rules folder. */
export const CONFORMANCE_FOLDER = 'conformance';
/** The hash of the rule set the goldens were made with. */
export const GOLDEN_RULE_SET_FILE = `${CONFORMANCE_FOLDER}/regelset.json`;

/** A worked case with its place in the suite. */
export interface ConformanceCase extends WorkedCase {
  /** The case file without `.json` and the case's place in it, from 1: `addendum-003`. */
  readonly id: string;
  /** The case file, e.g. `gevallen/addendum.json`. */
  readonly bestand: string;
  /** The case's place in its file, from 0 (`gevallen[index]`). */
  readonly index: number;
}

/** A golden file: the case's name, to see that it still belongs to the case, and its receipt. */
export interface Golden {
  readonly geval: string;
  readonly uitslag: Omit<ReceiptSummary, 'regelset'>;
}

/** The path of a case's golden file in the rules folder. */
export const goldenPath = (id: string): string => `${CONFORMANCE_FOLDER}/${id}.json`;

/**
 * The worked cases among a rules folder's files, in file and case order, each with its id. Case files
 * that do not parse are left out here; `iza-regels check` reports them.
 */
export function conformanceCases(files: readonly RuleSourceFile[]): ConformanceCase[] {
  return files
    .filter((file) => file.pad.startsWith('gevallen/') && file.pad.endsWith('.json'))
    .sort((a, b) => byText(a.pad, b.pad))
    .flatMap((file) => {
      const parsed = CaseFileSchema.safeParse(file.inhoud);
      if (!parsed.success) return [];
      const stem = file.pad.slice('gevallen/'.length, -'.json'.length).replaceAll('/', '-');
      return parsed.data.gevallen.map((entry, index) => ({
        ...entry,
        id: `${stem}-${String(index + 1).padStart(3, '0')}`,
        bestand: file.pad,
        index,
      }));
    });
}

/** The options every case is evaluated with: its peildatum and variants, as a summary. */
export const caseOptions = (entry: WorkedCase): SummaryOptions => ({
  peildatum: entry.peildatum,
  variant: entry.varianten,
  detail: 'samenvatting',
});

/** The golden file of a case, from its receipt. */
export function goldenOf(entry: ConformanceCase, receipt: ReceiptSummary): Golden {
  const { regelset: _sameForEveryCase, ...uitslag } = receipt;
  return { geval: entry.naam, uitslag };
}

/**
 * Where two JSON values differ, by path: object keys in any order, arrays place by place. A value
 * that is absent on one side is reported as `null`, as `caseMismatches` does.
 */
export function jsonDifferences(expected: unknown, actual: unknown, pad: string): Mismatch[] {
  if (Object.is(expected, actual)) return [];
  const bothArrays = Array.isArray(expected) && Array.isArray(actual);
  const bothObjects =
    isRecord(expected) && isRecord(actual) && !Array.isArray(expected) && !Array.isArray(actual);
  if (bothArrays) {
    const length = Math.max(expected.length, actual.length);
    return Array.from({ length }, (_, index) =>
      jsonDifferences(expected[index] ?? null, actual[index] ?? null, `${pad}[${index}]`),
    ).flat();
  }
  if (bothObjects) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    return keys.flatMap((key) =>
      jsonDifferences(expected[key] ?? null, actual[key] ?? null, `${pad}.${key}`),
    );
  }
  return [{ pad, verwacht: expected, gekregen: actual }];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * How a receipt differs from the case's golden file and from the rule-set hash the goldens were made
 * with. The version number is not compared: it names a release, the hash names the rules.
 */
export function goldenDifferences(
  golden: unknown,
  entry: ConformanceCase,
  receipt: ReceiptSummary,
  hash: string | undefined,
): Mismatch[] {
  const fresh = goldenOf(entry, receipt);
  return [
    ...(hash === receipt.regelset.hash
      ? []
      : [{ pad: 'regelset.hash', verwacht: hash ?? null, gekregen: receipt.regelset.hash }]),
    ...jsonDifferences(golden ?? null, fresh, ''),
  ].map((difference) => ({ ...difference, pad: difference.pad.replace(/^\./, '') }));
}

/** The rule-set hash in `conformance/regelset.json`, if the file has one. */
export function goldenHash(files: readonly RuleSourceFile[]): string | undefined {
  const inhoud = files.find((file) => file.pad === GOLDEN_RULE_SET_FILE)?.inhoud;
  return isRecord(inhoud) && typeof inhoud.hash === 'string' ? inhoud.hash : undefined;
}

/**
 * An evaluation to test: the engine of another build, or a service the consumer calls. It gets each
 * case's plan and options (peildatum, variants, `detail: 'samenvatting'`) and returns what `evaluate`
 * would: a summary receipt, as an object or as parsed JSON.
 */
export type ConformanceEvaluate = (plan: unknown, options: SummaryOptions) => unknown;

/** The result of one case. */
export interface CaseConformance {
  readonly id: string;
  readonly bestand: string;
  readonly naam: string;
  readonly geslaagd: boolean;
  /** The outcomes the worked case expects that the receipt does not give (paths into `verwacht`). */
  readonly verwacht: readonly Mismatch[];
  /** Where the receipt differs from the golden file (paths into the receipt). */
  readonly golden: readonly Mismatch[];
  /** Why the receipt could not be compared: the evaluation threw, found the plan invalid, or gave no summary receipt. */
  readonly fout?: string;
}

export interface ConformanceReport {
  /** The rule set the goldens were made with. */
  readonly regelset: { readonly hash: string | null };
  readonly gevallen: readonly CaseConformance[];
  readonly geslaagd: number;
  readonly gefaald: number;
}

/** What an evaluation gave, as a summary receipt, or why it is none. */
async function receiptOf(
  evaluate: ConformanceEvaluate,
  entry: ConformanceCase,
): Promise<{ receipt: ReceiptSummary } | { fout: string }> {
  let result: unknown;
  try {
    result = await evaluate(entry.plan, caseOptions(entry));
  } catch (error) {
    return { fout: `De evaluatie gaf een fout: ${(error as Error).message ?? String(error)}` };
  }
  if (isRecord(result) && result.geldig === false) {
    return { fout: `De evaluatie vond het plan ongeldig: ${JSON.stringify(result.problemen)}` };
  }
  const parsed = ReceiptSummarySchema.safeParse(result);
  if (parsed.success) return { receipt: parsed.data };
  const where = parsed.error.issues.slice(0, 3).map((issue) => issue.path.join('.') || '(uitslag)');
  return { fout: `Geen samenvatting volgens het schema van de uitslag (bij ${where.join(', ')}).` };
}

/**
 * Run the conformance suite: each case once, through `evaluate` (by default the engine with `ruleSet`),
 * compared with what the case expects and with its golden file. `files` are the rules folder's files
 * with `gevallen/` and `conformance/` (in Node: `conformanceOfDir` reads them).
 */
export async function conformance(
  ruleSet: RuleSet,
  files: readonly RuleSourceFile[],
  evaluate: ConformanceEvaluate = (plan, options) => evaluateWith(ruleSet, plan, options),
): Promise<ConformanceReport> {
  const hash = goldenHash(files);
  const goldens = new Map(files.map((file) => [file.pad, file.inhoud]));
  const gevallen: CaseConformance[] = [];
  for (const entry of conformanceCases(files)) {
    const { id, bestand, naam } = entry;
    const result = await receiptOf(evaluate, entry);
    if ('fout' in result) {
      gevallen.push({ id, bestand, naam, geslaagd: false, verwacht: [], golden: [], ...result });
      continue;
    }
    const verwacht = caseMismatches(result.receipt, entry.verwacht);
    if (!goldens.has(goldenPath(id))) {
      const fout = `Er is geen goldenbestand ${goldenPath(id)} (maak het met pnpm goldens).`;
      gevallen.push({ id, bestand, naam, geslaagd: false, verwacht, golden: [], fout });
      continue;
    }
    const golden = goldenDifferences(goldens.get(goldenPath(id)), entry, result.receipt, hash);
    const geslaagd = verwacht.length === 0 && golden.length === 0;
    gevallen.push({ id, bestand, naam, geslaagd, verwacht, golden });
  }
  const geslaagd = gevallen.filter((entry) => entry.geslaagd).length;
  return {
    regelset: { hash: hash ?? null },
    gevallen,
    geslaagd,
    gefaald: gevallen.length - geslaagd,
  };
}
