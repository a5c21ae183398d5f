/** Civil-date arithmetic: day counts by integer arithmetic agree with Temporal's own. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { daysBetween, parseDate } from './calendar.ts';

describe('daysBetween', () => {
  it('counts the days between two dates as Temporal does, across leap years and centuries (1900–2200)', () => {
    const origin = parseDate('2026-11-23');
    const mismatches: string[] = [];
    for (let day = parseDate('1900-01-01'); day.year <= 2200; day = day.add({ days: 97 })) {
      const expected = origin.until(day, { largestUnit: 'days' }).days;
      if (daysBetween(origin, day) !== expected) mismatches.push(day.toString());
      if (daysBetween(day, day.add({ days: 1 })) !== 1) mismatches.push(`${day.toString()}+1`);
    }
    expect(mismatches).toEqual([]);
  });

  it('counts 29 February: 2024-02-28 to 2024-03-01 is two days, 2100-02-28 to 2100-03-01 one', () => {
    const between = (a: string, b: string) =>
      daysBetween(Temporal.PlainDate.from(a), Temporal.PlainDate.from(b));
    expect(between('2024-02-28', '2024-03-01')).toBe(2);
    expect(between('2100-02-28', '2100-03-01')).toBe(1);
  });
});
