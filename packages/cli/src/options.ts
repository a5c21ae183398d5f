/**
 * The options `evaluate` and `termijnen` share: --peildatum, --variant, --format, --lang, --regels.
 * A bad --format or --lang is a usage error (64); a bad date or an unknown variant is invalid input
 * (65), reported with the engine's own messages and naming the option.
 */
import { checkOptions, type EvaluateOptions, type Issue, type RuleSet } from '@iza-regels/engine';
import { formatOption, languageOption, type Format, type Language } from './args.ts';
import { reportIssues } from './report.ts';

export interface EvaluationFlags {
  readonly engine: EvaluateOptions;
  readonly format: Format;
  readonly lang: Language;
  readonly regels: string | undefined;
}

interface RawFlags {
  readonly peildatum?: string | undefined;
  readonly variant?: string[] | undefined;
  readonly format?: string | undefined;
  readonly lang?: string | undefined;
  readonly regels?: string | undefined;
}

export function evaluationFlags(values: RawFlags): EvaluationFlags {
  return {
    engine: {
      ...(values.peildatum === undefined ? {} : { peildatum: values.peildatum }),
      // A variant given twice is one reading; the engine would list it twice on the receipt.
      ...(values.variant === undefined ? {} : { variant: [...new Set(values.variant)] }),
    },
    format: formatOption(values.format),
    lang: languageOption(values.lang),
    regels: values.regels,
  };
}

/** An issue about a date given on the command line, naming the option. */
export function dateIssue(option: string, value: string): Issue {
  return {
    code: 'ongeldige-datum',
    pad: option,
    nl: `"${value}" is geen geldige datum. Verwacht: JJJJ-MM-DD, bijvoorbeeld 2026-11-23.`,
    en: `"${value}" is not a valid date. Expected: YYYY-MM-DD, for example 2026-11-23.`,
  };
}

const OPTION_BY_PATH: Readonly<Record<string, string>> = {
  'opties.peildatum': '--peildatum',
  'opties.variant': '--variant',
};

/**
 * Check --peildatum and --variant once, before any input is read row by row: the engine reports
 * option problems for every row otherwise. Returns false after reporting the problems.
 */
export function optionsAreValid(ruleSet: RuleSet, options: EvaluateOptions): boolean {
  const checked = checkOptions(ruleSet, options);
  if (checked.ok) return true;
  for (const issue of checked.issues) reportIssues([issue], OPTION_BY_PATH[issue.pad]);
  return false;
}
