/**
 * `iza-regels diff <git-ref | map>`: the rules at a git reference (or in a folder) against the working
 * tree, in words and in outcomes (worked cases and boundary scenarios), with the version the change
 * needs. `--guard` compares with the last release tag and fails when the pending changesets declare
 * less than that. Exit 0: no outcome changes (or, with --guard, declared enough); 1: outcomes change
 * (or, with --guard, declared too little).
 */
import { join, resolve } from 'node:path';
import {
  defaultRulesDir,
  diffRuleFiles,
  levelRank,
  outcomesChange,
  readRuleFiles,
  type RuleDiff,
} from '@iza-regels/engine/node';
import { choice, HELP_OPTION, languageOption, parse, type Language } from '../args.ts';
import { declaredLevel, pendingChangesets } from '../changesets.ts';
import { CliError, EXIT, usageError, type ExitCode } from '../exit-codes.ts';
import { gitTop, isFolder, lastReleaseTag, rulesAtRef, type Checkout } from '../git.ts';
import { json, out } from '../io.ts';
import { reportNote } from '../messages.ts';
import { reportIssues } from '../report.ts';
import { fromFolder } from '../rules.ts';
import { diffText, levelWords } from '../text-diff.ts';

export const DIFF_OPTIONS = {
  ...HELP_OPTION,
  regels: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  scenarios: { type: 'string' },
  threads: { type: 'string' },
  vandaag: { type: 'string' },
  guard: { type: 'boolean' },
} as const;

/** The working tree's rules: --regels, else `rules/` at the top of the git working tree here, else the shipped rules. */
export async function workingRules(given: string | undefined): Promise<string> {
  if (given !== undefined) return resolve(given);
  const top = await gitTop(process.cwd());
  if (top && (await isFolder(join(top, 'rules', 'regels')))) return join(top, 'rules');
  return defaultRulesDir();
}

export function positiveInteger(
  value: string | undefined,
  option: string,
  fallback?: number,
): number | undefined {
  if (value === undefined) return fallback;
  const parsed = Number(value.replaceAll('_', ''));
  if (Number.isInteger(parsed) && parsed > 0) return parsed;
  throw usageError(
    `${option} verwacht een positief geheel getal, niet "${value}".`,
    `${option} expects a positive whole number, not "${value}".`,
  );
}

export interface DiffRun {
  readonly diff: RuleDiff;
  readonly basis: string;
}

/** Diff the rules at `basis` (a folder or git reference) against the folder `working`. */
export async function runDiff(
  basis: string,
  working: string,
  options: { scenarios?: number; threads?: number; vandaag?: string },
): Promise<DiffRun> {
  let checkout: Checkout | undefined;
  try {
    const oldDir = (await isFolder(basis))
      ? basis
      : (checkout = await rulesAtRef(working, basis)).dir;
    const [oud, nieuw] = await Promise.all([
      fromFolder(oldDir, readRuleFiles),
      fromFolder(working, readRuleFiles),
    ]);
    const unreadable = [...oud.issues, ...nieuw.issues];
    if (unreadable.length > 0) {
      reportIssues(unreadable);
      throw new CliError(
        EXIT.dataErr,
        'Een regelbestand is geen geldige JSON.',
        'A rule file is not valid JSON.',
      );
    }
    const result = await diffRuleFiles(oud.files, nieuw.files, options);
    if (!result.ok) {
      reportIssues(result.issues);
      const where = result.kant === 'oud' ? basis : working;
      throw new CliError(
        EXIT.dataErr,
        `De regels in ${where} zijn niet in orde; zie iza-regels check.`,
        `The rules in ${where} do not pass their checks; see iza-regels check.`,
      );
    }
    return { diff: result.diff, basis };
  } finally {
    await checkout?.remove();
  }
}

function print(diff: RuleDiff, format: 'text' | 'json', lang: Language): void {
  out(format === 'json' ? json(diff) : diffText(diff, lang));
}

export async function diffCommand(args: readonly string[]): Promise<ExitCode> {
  const { values, positionals } = parse(args, DIFF_OPTIONS, 1);
  const format = choice(values.format, ['text', 'json'], 'text', '--format');
  const lang = languageOption(values.lang);
  const working = await workingRules(values.regels);
  const options = {
    scenarios: positiveInteger(values.scenarios, '--scenarios'),
    threads: positiveInteger(values.threads, '--threads'),
    ...(values.vandaag ? { vandaag: values.vandaag } : {}),
  };
  if (values.guard) return guard(positionals[0], working, options, format, lang);
  const basis = positionals[0];
  if (basis === undefined)
    throw usageError(
      'Geef een git-referentie of een map om mee te vergelijken: iza-regels diff main.',
      'Give a git reference or a folder to compare with: iza-regels diff main.',
    );
  const { diff } = await runDiff(basis, working, options);
  print(diff, format, lang);
  return outcomesChange(diff) ? EXIT.changed : EXIT.ok;
}

/**
 * The release guard: the rules since the last release tag need a version; the pending changesets
 * must declare at least that.
 */
async function guard(
  given: string | undefined,
  working: string,
  options: { scenarios?: number; threads?: number; vandaag?: string },
  format: 'text' | 'json',
  lang: Language,
): Promise<ExitCode> {
  const top = (await gitTop(working)) ?? (await gitTop(process.cwd()));
  const basis = given ?? (top ? await lastReleaseTag(top) : undefined);
  if (basis === undefined) {
    reportNote(
      '✔ Nog geen release-tag (@iza-regels/rules@<versie>) in deze repository: er is geen uitgebrachte versie om mee te vergelijken, dus de bewaker slaat over. Na de eerste release (zie CONTRIBUTING.md, "Een versie uitbrengen") vergelijkt hij met de laatste tag.',
      'No release tag (@iza-regels/rules@<version>) in this repository: there is no released version to compare with, so the guard skips. After the first release (see CONTRIBUTING.md) it compares with the latest tag.',
    );
    return EXIT.ok;
  }
  const { diff } = await runDiff(basis, working, options);
  const changesets = top ? await pendingChangesets(top) : [];
  const declared = declaredLevel(changesets);
  const needed = diff.niveau;
  if (levelRank(declared) >= levelRank(needed)) {
    reportNote(
      `✔ Sinds ${basis} is ${levelWords(needed, 'nl')} nodig; de changesets vragen ${declared}.`,
      `Since ${basis} the rules need ${levelWords(needed, 'en')}; the changesets declare ${declared}.`,
    );
    return EXIT.ok;
  }
  print(diff, format, lang);
  reportNote(
    `✖ Sinds ${basis} is ${levelWords(needed, 'nl')} nodig, maar de changesets in .changeset/ vragen ${declared === 'geen' ? 'niets' : declared}. Voeg een changeset toe met iza-regels wijziging, of verhoog het niveau (zie CONTRIBUTING.md, "Versies volgen uitkomsten").`,
    `Since ${basis} the rules need ${levelWords(needed, 'en')}, but the changesets in .changeset/ declare ${declared === 'geen' ? 'nothing' : declared}. Add one with iza-regels wijziging, or raise its level (see CONTRIBUTING.md).`,
  );
  return EXIT.changed;
}
