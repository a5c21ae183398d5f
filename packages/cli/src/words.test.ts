import { describe, expect, it } from 'vitest';
import { durationWords, formatIsoDate, isIsoDate, quote, statusWords } from './words.ts';

describe('words', () => {
  it('deadline status in Dutch words', () => {
    expect(statusWords({ soort: 'op-tijd', dagen: 3 }, 'nl')).toBe(
      'op tijd (3 dagen vóór de vervaldatum)',
    );
    expect(statusWords({ soort: 'te-laat', dagen: 1 }, 'nl')).toBe('te laat met 1 dag');
    expect(statusWords({ soort: 'loopt', dagen: 12 }, 'nl')).toBe('loopt nog, nog 12 dagen');
    expect(statusWords({ soort: 'verlopen', dagen: 5 }, 'nl')).toMatch(/^verlopen sinds 5 dagen/);
    expect(statusWords({ soort: 'gemist', dagen: 5 }, 'nl')).toBe(
      'gemist: niet gebeurd, de vervaldatum is 5 dagen voorbij',
    );
  });

  it('deadline status in English words', () => {
    expect(statusWords({ soort: 'te-laat', dagen: 2 }, 'en')).toBe('late by 2 days');
    expect(statusWords({ soort: 'loopt', dagen: 0 }, 'en')).toBe(
      'still running, today is the last day',
    );
  });

  it('dates as the engine writes them, whatever the time zone', () => {
    expect(formatIsoDate('2026-02-28', 'nl')).toBe('28 februari 2026');
    expect(formatIsoDate('2026-02-28', 'en')).toBe('28 February 2026');
  });

  it('only real calendar dates are dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-1')).toBe(false);
  });

  it('durations in words', () => {
    expect(durationWords('P4M', 'nl')).toBe('4 maanden');
    expect(durationWords('P1W', 'en')).toBe('1 week');
  });

  it('long quotes are cut at a word boundary with an ellipsis', () => {
    const text = 'woord '.repeat(60);
    const quoted = quote(text);
    expect(quoted.length).toBeLessThanOrEqual(163);
    expect(quoted).toMatch(/^“woord( woord)+…”$/);
    expect(quote('kort')).toBe('“kort”');
  });
});
