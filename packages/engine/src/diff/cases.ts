/**
 * The worked cases as whole receipts on two rule sets: every question and rule whose outcome moves.
 * Unlike the scenarios, this covers exceptions lifting a base rule, deadlines and the questions.
 */
import { parseDate } from '../dates/calendar.ts';
import { inForce } from '../evaluate/parameters.ts';
import { evaluateWith } from '../evaluate/evaluate.ts';
import type { Outcome, SummaryEvaluation } from '../output/schema.ts';
import type { WorkedCase } from '../rules/cases.ts';
import type { RuleSet } from '../rules/ruleset.ts';
import { laterLevel, type Level } from './level.ts';
import { newStart } from './scenarios.ts';

export interface CaseChange {
  readonly geval: string;
  readonly bestand: string;
  readonly soort: 'vraag' | 'regel';
  readonly id: string;
  /** `ongeldig` when the rule set cannot evaluate the case at all; `ontbreekt` when it has no such entry. */
  readonly oud: Outcome | 'ongeldig' | 'ontbreekt';
  readonly nieuw: Outcome | 'ongeldig' | 'ontbreekt';
  readonly niveau: Extract<Level, 'minor' | 'major'>;
}

export type CaseWithFile = WorkedCase & { readonly bestand: string };

function outcomes(receipt: SummaryEvaluation): Map<string, Outcome> | undefined {
  if (!receipt.geldig) return undefined;
  return new Map([
    ...receipt.vragen.map((vraag): [string, Outcome] => [`vraag ${vraag.id}`, vraag.uitkomst]),
    ...receipt.regels.map((regel): [string, Outcome] => [`regel ${regel.id}`, regel.uitkomst]),
  ]);
}

export async function caseChanges(
  oud: RuleSet,
  nieuw: RuleSet,
  cases: readonly CaseWithFile[],
  vandaag: string,
): Promise<CaseChange[]> {
  const changes: CaseChange[] = [];
  for (const entry of cases) {
    const options = {
      peildatum: entry.peildatum,
      variant: entry.varianten,
      detail: 'samenvatting',
      andereLezingen: false,
    } as const;
    const before = outcomes(await evaluateWith(oud, entry.plan, options));
    const after = outcomes(await evaluateWith(nieuw, entry.plan, options));
    const keys = new Set([...(before?.keys() ?? []), ...(after?.keys() ?? [])]);
    const own: CaseChange[] = [];
    for (const key of keys) {
      const was = before ? (before.get(key) ?? 'ontbreekt') : 'ongeldig';
      const wordt = after ? (after.get(key) ?? 'ontbreekt') : 'ongeldig';
      if (was === wordt) continue;
      const [soort, id = ''] = key.split(' ') as ['vraag' | 'regel', string];
      const rule = nieuw.regels.get(id);
      const version = rule ? inForce(rule.versies, parseDate(entry.peildatum)) : undefined;
      const start =
        soort === 'regel'
          ? newStart(oud, nieuw, id, version, entry.peildatum, entry.varianten)
          : undefined;
      own.push({
        geval: entry.naam,
        bestand: entry.bestand,
        soort,
        id,
        oud: was,
        nieuw: wordt,
        niveau: start !== undefined && start >= vandaag ? 'minor' : 'major',
      });
    }
    // A question moves with its rules: it needs no more than the rules that moved it.
    const rules = own
      .filter((change) => change.soort === 'regel')
      .reduce<Level>((level, change) => laterLevel(level, change.niveau), 'geen');
    changes.push(
      ...own.map((change) =>
        change.soort === 'vraag' && rules !== 'geen'
          ? { ...change, niveau: rules as CaseChange['niveau'] }
          : change,
      ),
    );
  }
  return changes;
}
