import { deadlineStatusText } from '@iza-regels/engine';
import { describe, expect, it } from 'vitest';
import { durationWords, formatIsoDate, isIsoDate, quote, statusWords } from './words.ts';

describe('words', () => {
  it("deadline status in the engine's words", () => {
    for (const status of [
      { soort: 'op-tijd', dagen: 3 },
      { soort: 'te-laat', dagen: 1 },
      { soort: 'loopt', dagen: 0 },
      { soort: 'gemist', dagen: 5 },
    ] as const)
      for (const lang of ['nl', 'en'] as const)
        expect(statusWords(status, lang)).toBe(deadlineStatusText(status)[lang]);
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
