/**
 * Reaction-time deadlines (WI-T-01 … WI-T-03) computed by the calendar rules CAL-01 … CAL-04, their
 * status on the peildatum, and backward planning from a fixed date.
 */
import type { HolidayTable } from '../rules/schema.ts';
import {
  addDuration,
  compareDates,
  daysBetween,
  isoDate,
  monthEndApplied,
  type Duration,
  type PlainDate,
} from './calendar.ts';

export interface Shift {
  readonly datum: string;
  readonly reden: 'zaterdag' | 'zondag' | 'feestdag';
  readonly naam?: string;
}

export interface DueDate {
  readonly kalenderVervaldatum: PlainDate;
  readonly vervaldatum: PlainDate;
  readonly verschuivingen: readonly Shift[];
  /** The calendar rules that shaped this date, for the receipt. */
  readonly rekenregels: readonly string[];
  /** Years the roll needed but the holiday table does not cover. */
  readonly ontbrekendeFeestdagjaren: readonly number[];
}

export interface RollPolicy {
  readonly doorrollen: boolean;
  readonly feestdagen: HolidayTable;
}

function shiftReason(date: PlainDate, holidays: Map<string, string>): Shift | undefined {
  const iso = isoDate(date);
  const holiday = holidays.get(iso);
  if (holiday !== undefined) return { datum: iso, reden: 'feestdag', naam: holiday };
  if (date.dayOfWeek === 6) return { datum: iso, reden: 'zaterdag' };
  if (date.dayOfWeek === 7) return { datum: iso, reden: 'zondag' };
  return undefined;
}

const holidayIndex = new WeakMap<HolidayTable, Map<string, string>>();
function holidaysOf(table: HolidayTable): Map<string, string> {
  let index = holidayIndex.get(table);
  if (!index) {
    index = new Map(table.dagen.map((day) => [day.datum, day.naam]));
    holidayIndex.set(table, index);
  }
  return index;
}

/** CAL-04: move forward past weekends and holidays, saying why for every day skipped. */
function rollForward(
  date: PlainDate,
  table: HolidayTable,
): { date: PlainDate; shifts: Shift[]; missingYears: number[] } {
  const holidays = holidaysOf(table);
  const shifts: Shift[] = [];
  const missingYears = new Set<number>();
  let current = date;
  for (;;) {
    if (current.year < table.jaren.van || current.year > table.jaren.tot)
      missingYears.add(current.year);
    const reason = shiftReason(current, holidays);
    if (!reason) break;
    shifts.push(reason);
    current = current.add({ days: 1 });
  }
  return { date: current, shifts, missingYears: [...missingYears] };
}

/**
 * Algemene termijnenwet, artikel 4, onder a: the Act does not extend terms "in meer dan 90 dagen, in
 * meer dan twaalf weken, in meer dan drie maanden". The variant `doorrollen` follows the Act, so it
 * leaves those terms alone (the 4-month WI-T-02, the SPUK's 13 and 37 weeks and 12 months).
 */
const ATW_LONGEST: Readonly<Record<Duration['unit'], number>> = { D: 90, W: 12, M: 3 };
export const rollsUnderAtw = (duration: Duration): boolean =>
  duration.amount <= ATW_LONGEST[duration.unit];

/**
 * A calculation on a day, a term and a policy, remembered per holiday table: the same term from the
 * same day comes back in every reading and every plan of a batch. Bounded for a stream of plans.
 */
function remembered<T>(
  compute: (day: PlainDate, duration: Duration, policy: RollPolicy) => T,
): (day: PlainDate, duration: Duration, policy: RollPolicy) => T {
  const known = new WeakMap<HolidayTable, Map<string, T>>();
  return (day, duration, policy) => {
    let own = known.get(policy.feestdagen);
    if (!own) {
      own = new Map();
      known.set(policy.feestdagen, own);
    }
    const key = `${isoDate(day)} ${duration.amount}${duration.unit} ${String(policy.doorrollen)}`;
    let result = own.get(key);
    if (result === undefined) {
      result = compute(day, duration, policy);
      if (own.size >= 10_000) own.clear();
      own.set(key, result);
    }
    return result;
  };
}

/** The due date of a term (CAL-01, CAL-02) and, under `doorrollen`, its roll (CAL-04). */
export const dueDate = remembered(computeDueDate);

function computeDueDate(start: PlainDate, duration: Duration, policy: RollPolicy): DueDate {
  const calendar = addDuration(start, duration);
  const rules = ['CAL-01', ...(monthEndApplied(start, duration) ? ['CAL-02'] : [])];
  if (!policy.doorrollen || !rollsUnderAtw(duration)) {
    return {
      kalenderVervaldatum: calendar,
      vervaldatum: calendar,
      verschuivingen: [],
      rekenregels: policy.doorrollen ? [...rules, 'CAL-04'] : rules,
      ontbrekendeFeestdagjaren: [],
    };
  }
  const rolled = rollForward(calendar, policy.feestdagen);
  return {
    kalenderVervaldatum: calendar,
    vervaldatum: rolled.date,
    verschuivingen: rolled.shifts,
    rekenregels: [...rules, 'CAL-04'],
    ontbrekendeFeestdagjaren: rolled.missingYears,
  };
}

export type DeadlineStatus =
  | { readonly soort: 'op-tijd'; readonly dagen: number }
  | { readonly soort: 'te-laat'; readonly dagen: number }
  | { readonly soort: 'loopt'; readonly dagen: number }
  | { readonly soort: 'verlopen'; readonly dagen: number }
  | { readonly soort: 'gemist'; readonly dagen: number };

/**
 * The status on the peildatum. `op-tijd`/`te-laat`: the act happened, `dagen` before/after the due date.
 * `loopt`: not done yet, `dagen` left (0 = due today). `verlopen`: not known to be done, `dagen` overdue.
 * `gemist`: known not to have happened (`done` is `null`) while the due date has passed, `dagen` overdue.
 */
export function deadlineStatus(
  due: PlainDate,
  done: PlainDate | null | undefined,
  peildatum: PlainDate,
): DeadlineStatus {
  if (done !== undefined && done !== null) {
    const late = daysBetween(due, done);
    return late > 0
      ? { soort: 'te-laat', dagen: late }
      : { soort: 'op-tijd', dagen: Math.abs(late) };
  }
  const left = daysBetween(peildatum, due);
  if (left >= 0) return { soort: 'loopt', dagen: left };
  return { soort: done === null ? 'gemist' : 'verlopen', dagen: -left };
}

/**
 * Backward planning: the latest start date whose (possibly rolled) due date still falls on or before
 * `target` (CAL-06: "uiterlijk" includes the day itself). Starting from the plain subtraction, step back
 * only while rolling pushes the due date past the target.
 */
export const latestStart = remembered(computeLatestStart);

function computeLatestStart(target: PlainDate, duration: Duration, policy: RollPolicy): PlainDate {
  let candidate = addDuration(target, { ...duration, amount: -duration.amount });
  while (compareDates(dueDate(candidate, duration, policy).vervaldatum, target) > 0) {
    candidate = candidate.subtract({ days: 1 });
  }
  // Month arithmetic is not invertible: step forward while a later start still meets the target.
  for (;;) {
    const next = candidate.add({ days: 1 });
    if (compareDates(dueDate(next, duration, policy).vervaldatum, target) > 0) return candidate;
    candidate = next;
  }
}
