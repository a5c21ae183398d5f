/**
 * `iza-regels conformance [map]`: the conformance suite. Every worked case is evaluated once, by this
 * engine or by the function that `--evaluate MODULE` exports (the consumer's own integration, a call
 * to their service for instance), and compared with the outcomes the case expects and with its golden
 * summary receipt. The report goes to stdout; exit 0 when every case passes, 1 when one does not.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CaseConformance, ConformanceEvaluate, ConformanceReport } from '@iza-regels/engine';
import { conformanceOfDir, defaultRulesDir } from '@iza-regels/engine/node';
import { HELP_OPTION, formatOption, languageOption, parse, type Language } from '../args.ts';
import { EXIT, noInputError, usageError, type ExitCode } from '../exit-codes.ts';
import { json, out } from '../io.ts';
import { problemen, reportNote } from '../messages.ts';
import { reportIssues } from '../report.ts';
import { fromFolder } from '../rules.ts';
import { paintFor } from '../style.ts';

const OPTIONS = {
  ...HELP_OPTION,
  evaluate: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
} as const;

/** Differences shown per case in the text report; `--format json` has them all. */
const SHOWN = 5;

const paint = paintFor(process.stdout);

const WORDS = {
  nl: {
    verwacht: 'verwacht',
    gekregen: 'gekregen',
    meer: (n: number) => `… en nog ${n} ${n === 1 ? 'verschil' : 'verschillen'}`,
    samenvatting: (report: ConformanceReport) =>
      `${report.gevallen.length} gevallen: ${report.geslaagd} geslaagd, ${report.gefaald} niet geslaagd. Goldens van regelset ${report.regelset.hash ?? '(onbekend)'}.`,
  },
  en: {
    verwacht: 'expected',
    gekregen: 'got',
    meer: (n: number) => `… and ${n} more ${n === 1 ? 'difference' : 'differences'}`,
    samenvatting: (report: ConformanceReport) =>
      `${report.gevallen.length} cases: ${report.geslaagd} passed, ${report.gefaald} failed. Goldens of rule set ${report.regelset.hash ?? '(unknown)'}.`,
  },
} as const;

/** A value in a difference line, cut short: a missing array element can be a whole rule. */
function value(item: unknown): string {
  const text = JSON.stringify(item) ?? 'undefined';
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function caseText(entry: CaseConformance, lang: Language): string[] {
  const words = WORDS[lang];
  const head = `${entry.geslaagd ? paint('green', '✔') : paint('red', '✖')} ${entry.id}  ${entry.naam}`;
  if (entry.geslaagd) return [head];
  const lines = [
    ...(entry.fout === undefined ? [] : [entry.fout]),
    ...entry.verwacht.map((m) => ({ ...m, pad: `verwacht.${m.pad}` })),
    ...entry.golden,
  ].map((item) =>
    typeof item === 'string'
      ? item
      : `${item.pad}: ${words.verwacht} ${value(item.verwacht)}, ${words.gekregen} ${value(item.gekregen)}`,
  );
  const rest = lines.length - SHOWN;
  return [
    head,
    ...lines.slice(0, SHOWN).map((line) => `    ${line}`),
    ...(rest > 0 ? [`    ${words.meer(rest)}`] : []),
  ];
}

export function conformanceText(report: ConformanceReport, lang: Language): string {
  return [
    ...report.gevallen.flatMap((entry) => caseText(entry, lang)),
    '',
    WORDS[lang].samenvatting(report),
  ].join('\n');
}

/** The evaluation a module exports, as its default export or as `evaluate`. */
async function evaluationFrom(path: string): Promise<ConformanceEvaluate> {
  let module: { default?: unknown; evaluate?: unknown };
  try {
    module = (await import(pathToFileURL(resolve(path)).href)) as typeof module;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw noInputError(
      `Kan de module ${path} voor --evaluate niet vinden.`,
      `Cannot find the module ${path} for --evaluate.`,
    );
  }
  const evaluate = typeof module.default === 'function' ? module.default : module.evaluate;
  if (typeof evaluate !== 'function') {
    throw usageError(
      `De module ${path} exporteert geen functie (als default of als evaluate) die een plan toetst.`,
      `The module ${path} exports no function (as default or as evaluate) that evaluates a plan.`,
    );
  }
  return evaluate as ConformanceEvaluate;
}

export async function conformanceCommand(args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parse(args, OPTIONS, 1);
  const format = formatOption(values.format ?? 'text');
  const lang = languageOption(values.lang);
  const evaluate =
    values.evaluate === undefined ? undefined : await evaluationFrom(values.evaluate);
  const dir = positionals[0] ?? defaultRulesDir();
  const result = await fromFolder(dir, (folder) => conformanceOfDir(folder, evaluate));
  if (!result.ok) {
    reportIssues(result.issues);
    const n = problemen(result.issues.length);
    reportNote(
      `${n.nl} gevonden in ${dir}; de conformiteitstest kon niet draaien.`,
      `${n.en} found in ${dir}; the conformance suite could not run.`,
    );
    return EXIT.dataErr;
  }
  const { report } = result;
  out(format === 'json' ? json(report) : conformanceText(report, lang));
  return report.gefaald === 0 && report.gevallen.length > 0 ? EXIT.ok : EXIT.notConformant;
}
