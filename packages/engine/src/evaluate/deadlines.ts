/** Deadline rules (soort "termijn") and the backward planning built on them. */
import {
  compareDates,
  isoDate,
  parseDate,
  parseDuration,
  type PlainDate,
} from '../dates/calendar.ts';
import { dueDate, deadlineStatus, latestStart, type RollPolicy } from '../dates/deadlines.ts';
import type { FactTable } from '../facts/table.ts';
import type { Deadline, Outcome, Planning } from '../output/schema.ts';
import type { RuleFile, RuleVersion, Text } from '../rules/schema.ts';
import type { Placeholder } from '../explain/render.ts';
import { durationText, fill } from '../explain/render.ts';
import { TERM_PASSED, TERM_RUNNING } from '../explain/outcomes.ts';
import type { ResolvedParameter } from './parameters.ts';
import { missingFact } from './rules.ts';
import type { MissingFact } from '../output/schema.ts';

export interface DeadlineOutcome {
  readonly uitkomst: Outcome;
  readonly termijn?: Deadline;
  readonly ontbrekend: readonly MissingFact[];
  readonly waarden: Record<string, Placeholder>;
}

/** The outcome a deadline's status gives its rule; shown beside the status, as the engine judges. */
export const DEADLINE_OUTCOME: Readonly<Record<Deadline['status']['soort'], Outcome>> = {
  'op-tijd': 'voldoet',
  'te-laat': 'voldoet-niet',
  loopt: 'onbekend',
  verlopen: 'onbekend',
  // Known not to have happened and the date has passed: missed, and nothing is left to ask.
  gemist: 'voldoet-niet',
};

export function evaluateDeadline(
  rule: RuleFile,
  version: RuleVersion,
  facts: FactTable,
  parameters: ReadonlyMap<string, ResolvedParameter>,
  policy: RollPolicy,
  peildatum: PlainDate,
): DeadlineOutcome {
  const term = version.termijn;
  const duration = term ? parameters.get(term.duur)?.waarde : undefined;
  if (!term || typeof duration !== 'string') {
    return { uitkomst: 'niet-van-toepassing', ontbrekend: [], waarden: {} };
  }
  const start = facts.get(term.start);
  if (start === null) {
    // The event that starts the clock has not happened: there is no deadline yet.
    return {
      uitkomst: 'niet-van-toepassing',
      ontbrekend: [],
      waarden: { duur: durationText(duration) },
    };
  }
  if (typeof start !== 'string') {
    return {
      uitkomst: 'onbekend',
      ontbrekend: [missingFact(term.start)],
      waarden: { duur: durationText(duration) },
    };
  }
  const due = dueDate(parseDate(start), parseDuration(duration), policy);
  const done = facts.get(term.einde);
  const afgerond = typeof done === 'string' ? parseDate(done) : undefined;
  const status = deadlineStatus(due.vervaldatum, done === null ? null : afgerond, peildatum);
  const termijn: Deadline = {
    regel: rule.id,
    titel: rule.titel,
    start,
    duur: duration,
    kalenderVervaldatum: isoDate(due.kalenderVervaldatum),
    vervaldatum: isoDate(due.vervaldatum),
    verschuivingen: [...due.verschuivingen],
    ontbrekendeFeestdagjaren: [...due.ontbrekendeFeestdagjaren],
    ...(afgerond ? { afgerond: isoDate(afgerond) } : {}),
    status,
    rekenregels: [...due.rekenregels, 'CAL-03', 'CAL-05'].sort(),
  };
  // `null`: known not to have happened, so there is nothing left to ask.
  return {
    uitkomst: DEADLINE_OUTCOME[status.soort],
    termijn,
    ontbrekend: afgerond || done === null ? [] : [missingFact(term.einde)],
    waarden: {
      start: { datum: parseDate(start) },
      vervaldatum: { datum: due.vervaldatum },
      kalenderVervaldatum: { datum: due.kalenderVervaldatum },
      dagen: status.dagen,
      duur: durationText(duration),
      // Per status only what its text may use (DEADLINE_PLACEHOLDERS): {afgerond} only if it happened.
      ...(afgerond ? { afgerond: { datum: afgerond } } : {}),
      ...(status.soort === 'verlopen' ? { stand: fill(TERM_PASSED, { dagen: status.dagen }) } : {}),
      ...(status.soort === 'loopt' ? { stand: fill(TERM_RUNNING, { dagen: status.dagen }) } : {}),
    },
  };
}

interface PlanningStep {
  /** Deadline rule whose duration is used, walking back from the target. */
  readonly regel: string;
}

interface PlanningDefinition {
  readonly id: string;
  readonly doel: Text;
  /** Parameter holding the fixed date to plan back from. */
  readonly doelParameter: string;
  /** Steps walked backwards, last step first. */
  readonly stappen: readonly PlanningStep[];
  readonly regels: readonly string[];
  /**
   * The event (`gebeurtenissen.…`) that meets this step, then the later events that can only happen
   * after it: a plan approved shows that its complete plan came in, even without that date.
   */
  readonly gebeurtenissen: readonly string[];
}

/**
 * Backward planning from the Addendum's approval deadline (ADD-04): when must the complete plan, and
 * before it the complete snelle toets, be in so that the coördinerend zorgverzekeraar can still decide
 * in time when it uses its full reaction time?
 */
const PLANNING: readonly PlanningDefinition[] = [
  {
    id: 'plan-compleet-uiterlijk',
    doel: {
      nl: 'Complete transformatieplan binnen, zodat het besluit (binnen 8 weken) uiterlijk op {doeldatum} valt',
      en: 'Complete transformation plan received, so that the decision (within 8 weeks) falls on or before {doeldatum}',
    },
    doelParameter: 'addendum-goedkeuringsdeadline',
    stappen: [{ regel: 'WI-T-03' }],
    regels: ['ADD-04', 'WI-T-03', 'CAL-01', 'CAL-06'],
    gebeurtenissen: ['planCompleetOntvangen', 'voorgenomenBesluit', 'planGoedgekeurd'],
  },
  {
    id: 'snelle-toets-compleet-uiterlijk',
    doel: {
      nl: 'Complete snelle toets binnen, zodat na het besluit (4 weken) en een direct ingediend compleet plan (8 weken) het besluit uiterlijk op {doeldatum} valt',
      en: 'Complete quick scan received, so that after its decision (4 weeks) and a complete plan submitted at once (8 weeks) the decision falls on or before {doeldatum}',
    },
    doelParameter: 'addendum-goedkeuringsdeadline',
    stappen: [{ regel: 'WI-T-03' }, { regel: 'WI-T-01' }],
    regels: ['ADD-04', 'WI-T-01', 'WI-T-03', 'CAL-01', 'CAL-06'],
    gebeurtenissen: [
      'snelleToetsCompleetOntvangen',
      'snelleToetsGoedgekeurd',
      'planIngediend',
      'planCompleetOntvangen',
      'voorgenomenBesluit',
      'planGoedgekeurd',
    ],
  },
];

/**
 * The events of a planning step: first the one that meets it, then later ones that show it was met
 * (see `PlanningDefinition.gebeurtenissen`); empty for an unknown step.
 */
export const planningEvents = (id: string): readonly string[] =>
  PLANNING.find((definition) => definition.id === id)?.gebeurtenissen ?? [];

export function backwardPlanning(
  rules: ReadonlyMap<string, RuleFile>,
  versionOf: (rule: RuleFile) => RuleVersion | undefined,
  parameters: ReadonlyMap<string, ResolvedParameter>,
  policy: RollPolicy,
  peildatum: PlainDate,
): Planning[] {
  const plans: Planning[] = [];
  for (const definition of PLANNING) {
    const target = parameters.get(definition.doelParameter)?.waarde;
    if (typeof target !== 'string') continue;
    let latest: PlainDate | undefined = parseDate(target);
    for (const step of definition.stappen) {
      const rule = rules.get(step.regel);
      const term = rule ? versionOf(rule)?.termijn : undefined;
      const duration = term ? parameters.get(term.duur)?.waarde : undefined;
      if (typeof duration !== 'string' || latest === undefined) {
        latest = undefined;
        break;
      }
      latest = latestStart(latest, parseDuration(duration), policy);
    }
    if (latest === undefined) continue;
    plans.push({
      id: definition.id,
      doel: definition.doel,
      doeldatum: target,
      uiterlijk: isoDate(latest),
      regels: [...definition.regels],
      status: compareDates(latest, peildatum) >= 0 ? 'mogelijk' : 'verstreken',
    });
  }
  return plans;
}
