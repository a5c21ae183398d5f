import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COST_LINE_NAME_LENGTH, costLineName } from './cost-line-name.ts';

const codePoints = (text: string): number => Array.from(text).length;

describe('the name of a cost line in a receipt', () => {
  it('is the description itself when that is short, as the plan asks ("een korte omschrijving")', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: COST_LINE_NAME_LENGTH }), (text) => {
        fc.pre(codePoints(text) <= COST_LINE_NAME_LENGTH);
        expect(costLineName(text)).toBe(text);
      }),
    );
  });

  it('is a start of a long description, cut at a space where it can, ending in "…", never longer than the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: COST_LINE_NAME_LENGTH + 1 }), (text) => {
        fc.pre(codePoints(text) > COST_LINE_NAME_LENGTH);
        const name = costLineName(text);
        expect(codePoints(name)).toBeLessThanOrEqual(COST_LINE_NAME_LENGTH);
        expect(name.endsWith('…')).toBe(true);
        expect(text.startsWith(name.slice(0, -1).trimEnd())).toBe(true);
      }),
    );
    const words =
      'Sociaal werker in de wijk voor mensen met psychische klachten, samen met de huisarts en de POH-ggz';
    expect(costLineName(words)).toBe(
      'Sociaal werker in de wijk voor mensen met psychische klachten, samen met de…',
    );
    expect(costLineName('😀'.repeat(200))).toBe(`${'😀'.repeat(COST_LINE_NAME_LENGTH - 1)}…`);
  });

  it('is short for a description of ten megabytes', () => {
    expect(costLineName('x'.repeat(10_000_000)).length).toBe(COST_LINE_NAME_LENGTH);
  });
});
