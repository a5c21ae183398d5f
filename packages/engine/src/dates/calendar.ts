/**
 * Civil-date arithmetic for the rules. Everything is a `Temporal.PlainDate`: no time of day and no
 * time zone, so a deadline is the same date on every machine (domain.md §8, rules CAL-01 and CAL-02).
 */
import { Temporal } from 'temporal-polyfill';

export type PlainDate = Temporal.PlainDate;

// Plans, parameters and rules name the same few dates again and again; a civil date is immutable,
// so one parsed copy can serve every reading. Bounded so that a stream of plans cannot grow it.
const parsedDates = new Map<string, PlainDate>();

export function parseDate(iso: string): PlainDate {
  let date = parsedDates.get(iso);
  if (!date) {
    date = Temporal.PlainDate.from(iso, { overflow: 'reject' });
    if (parsedDates.size >= 10_000) parsedDates.clear();
    parsedDates.set(iso, date);
  }
  return date;
}

// Temporal's own `toString` builds the text anew each time, and a reading asks for the same few days
// (the peildatum, period ends, due dates) many times; dates are immutable, so the text can stay with them.
const isoTexts = new WeakMap<PlainDate, string>();

/** `YYYY-MM-DD`, as `toString()` gives it. */
export function isoDate(date: PlainDate): string {
  let text = isoTexts.get(date);
  if (text === undefined) {
    text = date.toString();
    isoTexts.set(date, text);
  }
  return text;
}

/**
 * The same day `years` later; 29 February becomes 28 February in a year without it, as Temporal's
 * `constrain` does. Written on the date's own fields: Temporal's `add` costs more than the whole
 * derivation of a plan's facts.
 */
export function addYears(date: PlainDate, years: number): PlainDate {
  const year = date.year + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = date.month === 2 && date.day === 29 && !leap ? 28 : date.day;
  return parseDate(
    `${String(year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
}

export const compareDates = (a: PlainDate, b: PlainDate): number =>
  Temporal.PlainDate.compare(a, b);

/**
 * The day number of a civil date in the proleptic Gregorian calendar (1970-01-01 is 0), by integer
 * arithmetic (Hinnant's days_from_civil): the same as Temporal's `until` in days, without building a
 * Duration for every deadline of every reading.
 */
function dayNumber({ year, month, day }: PlainDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Whole days from `a` to `b`; negative when `b` lies before `a`. */
export const daysBetween = (a: PlainDate, b: PlainDate): number => dayNumber(b) - dayNumber(a);

/** Today as a civil date in the Netherlands, whatever the machine's own time zone. */
export const todayInAmsterdam = (): PlainDate => Temporal.Now.plainDateISO('Europe/Amsterdam');

export interface Duration {
  readonly amount: number;
  readonly unit: 'W' | 'M' | 'D';
}

export function parseDuration(iso: string): Duration {
  const match = /^P(\d+)([WMD])$/.exec(iso);
  if (!match) throw new Error(`Not a supported ISO 8601 duration: ${iso}`);
  return { amount: Number(match[1]), unit: match[2] as Duration['unit'] };
}

/**
 * CAL-01 and CAL-02: the trigger day is day 0; N weeks is 7N calendar days later; N months is the same
 * day N months later, or the last day of that month when the day does not exist there
 * (Temporal's default `constrain` overflow does exactly that: 31 October + 4 months = 28 February).
 */
export function addDuration(start: PlainDate, duration: Duration): PlainDate {
  switch (duration.unit) {
    case 'W':
      return start.add({ days: 7 * duration.amount });
    case 'D':
      return start.add({ days: duration.amount });
    case 'M':
      return start.add({ months: duration.amount }, { overflow: 'constrain' });
  }
}

/** True when adding months had to fall back to the end of the month (CAL-02 applied). */
export function monthEndApplied(start: PlainDate, duration: Duration): boolean {
  return duration.unit === 'M' && addDuration(start, duration).day !== start.day;
}

export interface PeriodBounds {
  readonly first: PlainDate;
  readonly last: PlainDate;
  readonly year: number;
}

// A plan names few distinct periods, but every cost line and every reading asks for them again.
const periods = new Map<string, PeriodBounds>();

/** A cost period is a year (`2027`) or a month (`2027-12`); its first and last day. */
export function periodBounds(period: string): PeriodBounds {
  let bounds = periods.get(period);
  if (!bounds) {
    bounds = boundsOf(period);
    if (periods.size >= 10_000) periods.clear();
    periods.set(period, bounds);
  }
  return bounds;
}

function boundsOf(period: string): PeriodBounds {
  const [yearText, monthText] = period.split('-');
  const year = Number(yearText);
  if (monthText === undefined) {
    return {
      first: Temporal.PlainDate.from({ year, month: 1, day: 1 }),
      last: Temporal.PlainDate.from({ year, month: 12, day: 31 }),
      year,
    };
  }
  const month = Temporal.PlainYearMonth.from({ year, month: Number(monthText) });
  return {
    first: month.toPlainDate({ day: 1 }),
    last: month.toPlainDate({ day: month.daysInMonth }),
    year,
  };
}

export const isWeekend = (date: PlainDate): boolean => date.dayOfWeek >= 6;
