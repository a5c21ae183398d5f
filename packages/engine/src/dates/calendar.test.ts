/** Civil-date arithmetic: day counts by integer arithmetic agree with Temporal's own. */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addYears, daysBetween, isoDate, parseDate } from './calendar.ts';

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

describe('addYears (BK Stap 3 voorwaarde 5: results within five years of the start)', () => {
  it('gives the same day as Temporal for every day of leap and common years, 29 February included', () => {
    const mismatches: string[] = [];
    for (let day = parseDate('1996-01-01'); day.year <= 2104; day = day.add({ days: 13 })) {
      for (const years of [1, 4, 5, 100]) {
        const expected = day.add({ years }).toString();
        if (isoDate(addYears(day, years)) !== expected)
          mismatches.push(`${day.toString()}+${years}`);
      }
    }
    for (const iso of ['2024-02-29', '2096-02-29', '2000-02-29'])
      for (const years of [1, 4, 5, 100])
        if (isoDate(addYears(parseDate(iso), years)) !== parseDate(iso).add({ years }).toString())
          mismatches.push(`${iso}+${years}`);
    expect(mismatches).toEqual([]);
  });

  it('moves 29 February 2024 to 28 February 2029, the last day that exists', () => {
    expect(isoDate(addYears(parseDate('2024-02-29'), 5))).toBe('2029-02-28');
  });
});
