/**
 * Deadlines in words: weekday and holiday, the Addendum's fixed dates, and the backward planning judged
 * by the user's own dates (no "te laat" for a plan that came in before its latest date).
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../explain/render.ts';
import { shippedRuleSet } from '../node.ts';
import type { Planning } from '../output/schema.ts';
import { deadlines } from './termijnen.ts';
import {
  FIXED_DATE_LABEL,
  compareWithFixedDates,
  dayText,
  judgePlanning,
} from './deadline-words.ts';

const ruleSet = await shippedRuleSet();

async function planning(gebeurtenissen: Record<string, string>, peildatum: string) {
  const result = await deadlines(ruleSet, { gebeurtenissen, peildatum });
  if (!result.geldig) throw new Error(JSON.stringify(result.problemen));
  return result;
}

const step = (steps: readonly Planning[], id: string): Planning => {
  const found = steps.find((s) => s.id === id);
  if (!found) throw new Error(`no planning step ${id}`);
  return found;
};

describe('deadline words', () => {
  it('ATW.3.1: a due date names its weekday and the holiday it falls on', () => {
    expect(dayText('2026-12-25', ruleSet.feestdagen).nl).toBe(
      'vrijdag 25 december 2026 (Eerste Kerstdag)',
    );
    expect(dayText('2026-12-25', ruleSet.feestdagen).en).toBe(
      'Friday 25 December 2026 (Eerste Kerstdag)',
    );
    expect(dayText('2026-11-27', ruleSet.feestdagen).nl).toBe('vrijdag 27 november 2026');
  });

  it('ADD.B1.3: a due date is compared in words with 31 December 2026 and 2027, when within three months', () => {
    const fixed = [
      { datum: '2026-12-31', label: FIXED_DATE_LABEL.goedkeuring },
      { datum: '2027-12-31', label: FIXED_DATE_LABEL.einde },
    ];
    expect(compareWithFixedDates('2026-12-25', fixed).map((t) => t.nl)).toEqual([
      '6 dagen vóór 31 december 2026, de uiterste datum voor goedkeuring van het plan',
    ]);
    expect(compareWithFixedDates('2027-11-30', fixed).map((t) => t.nl)).toEqual([
      '31 dagen vóór 31 december 2027, het einde van de uitzondering voor structurele kosten',
    ]);
    expect(compareWithFixedDates('2027-01-01', fixed.slice(0, 1))[0]?.nl).toBe(
      '1 dag na 31 december 2026, de uiterste datum voor goedkeuring van het plan',
    );
    expect(compareWithFixedDates('2026-12-31', fixed.slice(0, 1))[0]?.nl).toMatch(/^precies op/);
  });

  // The backward planning counts back from the Addendum's approval deadline, a parameter: the dates
  // below are taken from the planning itself, so they follow when policy staff move that deadline.
  const shift = (iso: string, days: number): string =>
    Temporal.PlainDate.from(iso).add({ days }).toString();
  const latestOn = async (peildatum: string): Promise<string> =>
    step((await planning({}, peildatum)).planning, 'plan-compleet-uiterlijk').uiterlijk;
  /** The step's latest date and a peildatum `offset` days from it on which the rules give that date. */
  async function around(offset: number): Promise<{ uiterlijk: string; peildatum: string }> {
    let uiterlijk = await latestOn('2026-06-01');
    // A new version of the deadline may be in force on the peildatum: settle on a date it gives.
    for (let round = 0; round < 5; round += 1) {
      const next = await latestOn(shift(uiterlijk, offset));
      if (next === uiterlijk) break;
      uiterlijk = next;
    }
    return { uiterlijk, peildatum: shift(uiterlijk, offset) };
  }

  it('WI.1e.3 planning: a complete plan received before its latest date is "gehaald op", not "te laat"', async () => {
    const { uiterlijk, peildatum } = await around(18);
    const received = shift(uiterlijk, -6);
    const gebeurtenissen = { planCompleetOntvangen: received };
    const result = await planning(gebeurtenissen, peildatum);
    const plan = step(result.planning, 'plan-compleet-uiterlijk');
    expect(plan.status).toBe('verstreken');
    const judged = judgePlanning(plan, gebeurtenissen);
    expect(judged).toMatchObject({ soort: 'gehaald', datum: received });
    expect(judged.tekst.nl).toBe(`gehaald op ${formatDate(received, 'nl')}`);
    // The quick scan before it is no longer needed: a later step happened.
    const toets = judgePlanning(
      step(result.planning, 'snelle-toets-compleet-uiterlijk'),
      gebeurtenissen,
    );
    expect(toets.soort).toBe('voorbij');
    expect(toets.tekst.nl).not.toContain('te laat');
  });

  it('WI.1e.3 planning: a complete plan received after its latest date is "te laat, op" that date', async () => {
    const { uiterlijk, peildatum } = await around(18);
    const received = shift(uiterlijk, 7);
    const result = await planning({ planCompleetOntvangen: received }, peildatum);
    const judged = judgePlanning(step(result.planning, 'plan-compleet-uiterlijk'), {
      planCompleetOntvangen: received,
    });
    expect(judged.soort).toBe('te-laat');
    expect(judged.tekst.nl).toBe(
      `te laat, op ${formatDate(received, 'nl')} (7 dagen na ${formatDate(uiterlijk, 'nl')})`,
    );
  });

  it('without dates, the planning says whether the date can still be met on the peildatum', async () => {
    const before = await around(-65);
    const early = await planning({}, before.peildatum);
    expect(judgePlanning(step(early.planning, 'plan-compleet-uiterlijk'), {}).tekst.nl).toBe(
      `kan nog, tot en met ${formatDate(before.uiterlijk, 'nl')}`,
    );
    const late = await planning({}, (await around(18)).peildatum);
    expect(judgePlanning(step(late.planning, 'plan-compleet-uiterlijk'), {}).soort).toBe(
      'verstreken',
    );
  });
});
