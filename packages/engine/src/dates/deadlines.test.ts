/** The calendar rules CAL-01 … CAL-04 and backward planning, on civil dates. */
import { describe, expect, it } from 'vitest';
import type { HolidayTable } from '../rules/schema.ts';
import { parseDate, parseDuration } from './calendar.ts';
import { deadlineStatus, dueDate, latestStart } from './deadlines.ts';

const holidays: HolidayTable = {
  id: 'feestdagen',
  titel: { nl: 't', en: 't' },
  jaren: { van: 2026, tot: 2026 },
  citaten: [],
  dagen: [
    { datum: '2026-05-14', naam: 'Hemelvaartsdag', grondslag: 'atw-art-3-lid-1', zekerheid: 'C' },
    {
      datum: '2026-05-15',
      naam: 'Gelijkgestelde dag',
      grondslag: 'gelijkgesteld-kb',
      zekerheid: 'M',
    },
    { datum: '2026-12-25', naam: 'Eerste Kerstdag', grondslag: 'atw-art-3-lid-1', zekerheid: 'C' },
  ],
};
const calendarOnly = { doorrollen: false, feestdagen: holidays };
const rolling = { doorrollen: true, feestdagen: holidays };
const due = (start: string, duration: string, policy = calendarOnly) =>
  dueDate(parseDate(start), parseDuration(duration), policy);

describe('CAL-01: calendar days, the day of receipt is day 0', () => {
  it('puts 4 weeks after 2 March 2026 on 30 March 2026', () => {
    expect(due('2026-03-02', 'P4W').vervaldatum.toString()).toBe('2026-03-30');
  });
  it('puts 8 weeks after 10 July 2026 on 4 September 2026', () => {
    expect(due('2026-07-10', 'P8W').vervaldatum.toString()).toBe('2026-09-04');
  });
});

describe('CAL-02: months end on the same day or the last day of the month', () => {
  it('puts 4 months after 31 October 2025 on 28 February 2026 and says CAL-02 applied', () => {
    const result = due('2025-10-31', 'P4M');
    expect(result.vervaldatum.toString()).toBe('2026-02-28');
    expect(result.rekenregels).toContain('CAL-02');
  });
  it('puts 4 months after 31 October 2027 on 29 February 2028 (leap year)', () => {
    expect(due('2027-10-31', 'P4M').vervaldatum.toString()).toBe('2028-02-29');
  });
  it('keeps the day when it exists, without CAL-02', () => {
    const result = due('2026-03-20', 'P4M');
    expect(result.vervaldatum.toString()).toBe('2026-07-20');
    expect(result.rekenregels).not.toContain('CAL-02');
  });
});

describe('CAL-04: rolling past weekends and holidays is opt-in and explained', () => {
  it('does not roll by default', () => {
    expect(due('2026-10-30', 'P8W').vervaldatum.toString()).toBe('2026-12-25');
  });
  it('rolls Hemelvaartsdag, the equated Friday and the weekend to Monday, naming each day', () => {
    const result = due('2026-04-16', 'P4W', rolling);
    expect(result.vervaldatum.toString()).toBe('2026-05-18');
    expect(result.verschuivingen.map((shift) => shift.reden)).toEqual([
      'feestdag',
      'feestdag',
      'zaterdag',
      'zondag',
    ]);
  });
  it('reports years the holiday table does not cover', () => {
    expect(due('2027-11-01', 'P8W', rolling).ontbrekendeFeestdagjaren).toEqual([2027]);
  });
});

describe('CAL-04 follows Atw article 4 (a): no roll for terms over 3 months, 12 weeks or 90 days', () => {
  // 4 July 2026 is a Saturday.
  it('keeps 4 months after 4 March 2026 on Saturday 4 July 2026 and says CAL-04 was applied', () => {
    const result = due('2026-03-04', 'P4M', rolling);
    expect(result.vervaldatum.toString()).toBe('2026-07-04');
    expect(result.verschuivingen).toEqual([]);
    expect(result.rekenregels).toContain('CAL-04');
  });
  it('still rolls 3 months, 12 weeks and 90 days, which the Act does extend', () => {
    expect(due('2026-04-04', 'P3M', rolling).vervaldatum.toString()).toBe('2026-07-06');
    expect(due('2026-04-11', 'P12W', rolling).vervaldatum.toString()).toBe('2026-07-06');
    expect(due('2026-04-05', 'P90D', rolling).vervaldatum.toString()).toBe('2026-07-06');
  });
  it('does not roll 13 weeks or 91 days (the SPUK decision term is 13 weeks)', () => {
    expect(due('2026-04-04', 'P13W', rolling).vervaldatum.toString()).toBe('2026-07-04');
    expect(due('2026-04-04', 'P91D', rolling).vervaldatum.toString()).toBe('2026-07-04');
  });
});

describe('status on the peildatum', () => {
  const deadline = parseDate('2026-03-30');
  it('is on time when done on the due date', () => {
    expect(deadlineStatus(deadline, parseDate('2026-03-30'), parseDate('2026-05-01'))).toEqual({
      soort: 'op-tijd',
      dagen: 0,
    });
  });
  it('counts the days late', () => {
    expect(deadlineStatus(deadline, parseDate('2026-04-02'), parseDate('2026-05-01'))).toEqual({
      soort: 'te-laat',
      dagen: 3,
    });
  });
  it('counts the days left while running, and the days overdue after', () => {
    expect(deadlineStatus(deadline, undefined, parseDate('2026-03-25'))).toEqual({
      soort: 'loopt',
      dagen: 5,
    });
    expect(deadlineStatus(deadline, undefined, parseDate('2026-04-04'))).toEqual({
      soort: 'verlopen',
      dagen: 5,
    });
  });
  it('is missed, not late, when the act is known not to have happened and the due date has passed', () => {
    expect(deadlineStatus(deadline, null, parseDate('2026-04-04'))).toEqual({
      soort: 'gemist',
      dagen: 5,
    });
    expect(deadlineStatus(deadline, null, parseDate('2026-03-30'))).toEqual({
      soort: 'loopt',
      dagen: 0,
    });
  });
});

describe('backward planning (CAL-06: the target day itself counts)', () => {
  it('needs a complete plan by 5 November 2026 for a decision within 8 weeks by 31 December 2026', () => {
    expect(
      latestStart(parseDate('2026-12-31'), parseDuration('P8W'), calendarOnly).toString(),
    ).toBe('2026-11-05');
  });
  it('finds the latest start whose rolled due date still meets the target', () => {
    const start = latestStart(parseDate('2026-12-28'), parseDuration('P8W'), rolling);
    expect(due(start.toString(), 'P8W', rolling).vervaldatum.toString() <= '2026-12-28').toBe(true);
    expect(
      due(start.add({ days: 1 }).toString(), 'P8W', rolling).vervaldatum.toString() > '2026-12-28',
    ).toBe(true);
  });
  it('inverts month arithmetic: the latest start for 28 February 2026 with 4 months is 31 October 2025', () => {
    expect(
      latestStart(parseDate('2026-02-28'), parseDuration('P4M'), calendarOnly).toString(),
    ).toBe('2025-10-31');
  });
});
