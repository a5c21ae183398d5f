/**
 * The rules as the site shows them: the loaded rule set, the worked cases, the clause coverage and
 * the status of the scheme today. Each is computed once per build and shared by every page; anything
 * that does not load fails the build instead of producing a page with holes.
 */
import {
  evaluateWith,
  formatIssue,
  type Coverage,
  type Issue,
  type Receipt,
  type RuleSet,
  type WorkedCase,
} from '@iza-regels/engine';
import { coverageOfDir, loadRuleSetFromDir, readWorkedCases } from '@iza-regels/engine/node';
import { getal, type Taal } from './tekst.ts';

export interface Regels {
  readonly ruleSet: RuleSet;
  readonly gevallen: readonly WorkedCase[];
  readonly dekking: Coverage;
  /**
   * An empty plan evaluated without a peildatum, so on the engine's default: today in
   * Europe/Amsterdam, the day the site is built. Its rules say which rules are in force today.
   */
  readonly stand: Receipt;
}

const fout = (wat: string, issues: readonly Issue[]): Error =>
  new Error(`${wat}\n${issues.map((issue) => formatIssue(issue)).join('\n')}`);

async function laad(): Promise<Regels> {
  const loaded = await loadRuleSetFromDir();
  if (!loaded.ok)
    throw fout('De IZA-regels laden niet; de site kan niet worden gebouwd.', loaded.issues);
  const dekking = await coverageOfDir();
  if (!dekking.ok)
    throw fout('De dekking van de bronnen kan niet worden berekend.', dekking.issues);
  const stand = await evaluateWith(loaded.ruleSet, {}, { andereLezingen: false });
  if (!stand.geldig) throw fout('Een leeg plan kan niet worden getoetst.', stand.problemen);
  return {
    ruleSet: loaded.ruleSet,
    gevallen: await readWorkedCases(),
    dekking: dekking.coverage,
    stand,
  };
}

let cached: Promise<Regels> | undefined;

/** The rules, the worked cases, the coverage and today's status, loaded once per build. */
export function regels(): Promise<Regels> {
  cached ??= laad();
  return cached;
}

/** How many rules, worked cases and source clauses there are, as numbers in a language. */
export async function aantallen(
  taal: Taal,
): Promise<{ regels: string; gevallen: string; clausules: string }> {
  const { ruleSet, gevallen, dekking } = await regels();
  return {
    regels: getal(ruleSet.regels.size, taal),
    gevallen: getal(gevallen.length, taal),
    clausules: getal(dekking.totalen.clausules, taal),
  };
}
