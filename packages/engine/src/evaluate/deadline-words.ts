/**
 * Deadlines in words a reader can check against a calendar: the weekday and any public holiday of a
 * due date, how it compares with the fixed dates of the Addendum (31 December 2026 for approval, the
 * end of the exception), and for each step of the backward planning whether the user's own dates met
 * it. A step whose event has happened is judged by that date, never by the peildatum: a plan received
 * on 30 October is "gehaald op 30 oktober 2026", not "te laat" because 5 November has passed.
 */
import { compareDates, daysBetween, parseDate } from '../dates/calendar.ts';
import { formatDate, fill, type Language } from '../explain/render.ts';
import type { Planning } from '../output/schema.ts';
import type { HolidayTable, Text } from '../rules/schema.ts';
import { planningEvents } from './deadlines.ts';

const WEEKDAYS: Record<Language, readonly string[]> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const both = (make: (language: Language) => string): Text => ({ nl: make('nl'), en: make('en') });

/** The holiday on a date, by its name in the rule set's table (Dutch names: they are proper nouns). */
export const holidayOn = (date: string, feestdagen: HolidayTable): string | undefined =>
  feestdagen.dagen.find((dag) => dag.datum === date)?.naam;

/** "vrijdag 25 december 2026 (Eerste Kerstdag)": the weekday, and the holiday if it is one. */
export function dayText(date: string, feestdagen: HolidayTable): Text {
  const weekday = parseDate(date).dayOfWeek - 1;
  const holiday = holidayOn(date, feestdagen);
  return both(
    (language) =>
      `${WEEKDAYS[language][weekday] ?? ''} ${formatDate(date, language)}${holiday ? ` (${holiday})` : ''}`,
  );
}

/** A fixed date of the rules to compare a due date with, and what it stands for. */
export interface FixedDate {
  readonly datum: string;
  readonly label: Text;
}

/** The fixed dates the Addendum sets, in the words used beside a due date. */
export const FIXED_DATE_LABEL = {
  goedkeuring: {
    nl: 'de uiterste datum voor goedkeuring van het plan',
    en: 'the last day for approval of the plan',
  },
  einde: {
    nl: 'het einde van de uitzondering voor structurele kosten',
    en: 'the end of the exception for structural costs',
  },
} satisfies Record<string, Text>;

/**
 * The Addendum's fixed dates for a result: the approval deadline the backward planning aims at
 * (31 December 2026) and the last day of the exception (31 December 2027, or another under a reading).
 */
export const fixedDates = (
  planning: readonly Planning[],
  einddatum: string | null | undefined,
): FixedDate[] => [
  ...(planning[0] ? [{ datum: planning[0].doeldatum, label: FIXED_DATE_LABEL.goedkeuring }] : []),
  ...(einddatum ? [{ datum: einddatum, label: FIXED_DATE_LABEL.einde }] : []),
];

const COMPARE = {
  voor: { nl: '{dagen} vóór {datum}, {label}', en: '{dagen} before {datum}, {label}' },
  na: { nl: '{dagen} na {datum}, {label}', en: '{dagen} after {datum}, {label}' },
  op: { nl: 'precies op {datum}, {label}', en: 'exactly on {datum}, {label}' },
  dag: { nl: '1 dag', en: '1 day' },
  dagen: { nl: '{n} dagen', en: '{n} days' },
} satisfies Record<string, Text>;

/** A fixed date further from a due date than this says nothing about it ("423 dagen vóór …"). */
const NEAR_DAYS = 92;

/**
 * "6 dagen vóór 31 december 2026, de uiterste datum voor goedkeuring van het plan": a due date
 * compared with each fixed date within about three months of it, in words, in the order given.
 */
export function compareWithFixedDates(date: string, fixed: readonly FixedDate[]): Text[] {
  const due = parseDate(date);
  return fixed.flatMap(({ datum, label }) => {
    const days = daysBetween(due, parseDate(datum));
    if (Math.abs(days) > NEAR_DAYS) return [];
    const count = Math.abs(days);
    const dagen = count === 1 ? COMPARE.dag : fill(COMPARE.dagen, { n: count });
    const template = days === 0 ? COMPARE.op : days > 0 ? COMPARE.voor : COMPARE.na;
    return [fill(template, { dagen, datum: { datum: parseDate(datum) }, label })];
  });
}

/**
 * How a step of the backward planning stands: met or late by the user's own date (`gehaald`,
 * `te-laat`), passed because a later step already happened (`voorbij`), or, without any date, still
 * possible or past on the peildatum (`kan-nog`, `verstreken`).
 */
export type PlanningJudgement =
  | { readonly soort: 'gehaald' | 'te-laat'; readonly datum: string; readonly tekst: Text }
  | { readonly soort: 'voorbij'; readonly datum: string; readonly tekst: Text }
  | { readonly soort: 'kan-nog' | 'verstreken'; readonly tekst: Text };

const JUDGEMENT = {
  gehaald: { nl: 'gehaald op {datum}', en: 'met on {datum}' },
  teLaat: {
    nl: 'te laat, op {datum} ({dagen} na {uiterlijk})',
    en: 'too late, on {datum} ({dagen} after {uiterlijk})',
  },
  voorbij: {
    nl: 'niet meer nodig: een latere stap is al gezet, op {datum}',
    en: 'no longer needed: a later step was already taken, on {datum}',
  },
  kanNog: { nl: 'kan nog, tot en met {uiterlijk}', en: 'still possible, up to {uiterlijk}' },
  verstreken: {
    nl: 'deze datum is voorbij; al gebeurd? Vul dan de datum in',
    en: 'this date has passed; already done? Then fill in the date',
  },
} satisfies Record<string, Text>;

/** Judge a step of the backward planning by the dates the user entered (`gebeurtenissen`). */
export function judgePlanning(
  step: Planning,
  gebeurtenissen: Readonly<Record<string, unknown>>,
): PlanningJudgement {
  const uiterlijk = { datum: parseDate(step.uiterlijk) };
  const dateOf = (key: string): string | undefined => {
    const value = gebeurtenissen[key];
    return typeof value === 'string' ? value : undefined;
  };
  const [own, ...later] = planningEvents(step.id);
  const happened = own === undefined ? undefined : dateOf(own);
  if (happened !== undefined) {
    const date = parseDate(happened);
    if (compareDates(date, uiterlijk.datum) <= 0)
      return {
        soort: 'gehaald',
        datum: happened,
        tekst: fill(JUDGEMENT.gehaald, { datum: { datum: date } }),
      };
    const days = daysBetween(uiterlijk.datum, date);
    return {
      soort: 'te-laat',
      datum: happened,
      tekst: fill(JUDGEMENT.teLaat, {
        datum: { datum: date },
        uiterlijk,
        dagen: days === 1 ? COMPARE.dag : fill(COMPARE.dagen, { n: days }),
      }),
    };
  }
  const next = later.map(dateOf).find((date) => date !== undefined);
  if (next !== undefined)
    return {
      soort: 'voorbij',
      datum: next,
      tekst: fill(JUDGEMENT.voorbij, { datum: { datum: parseDate(next) } }),
    };
  return step.status === 'mogelijk'
    ? { soort: 'kan-nog', tekst: fill(JUDGEMENT.kanNog, { uiterlijk }) }
    : { soort: 'verstreken', tekst: JUDGEMENT.verstreken };
}
