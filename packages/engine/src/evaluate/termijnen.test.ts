/** `deadlines`: the reaction times for a set of events, with the fixed end date of the Addendum. */
import { describe, expect, it } from 'vitest';
import { shippedRuleSet } from '../node.ts';
import { deadlines } from './termijnen.ts';

describe('deadlines', () => {
  it('ADD.B1.3: gives the end date of the structural-cost exception, 31 December 2027', async () => {
    const result = await deadlines(await shippedRuleSet(), {
      gebeurtenissen: { planCompleetOntvangen: '2026-09-22' },
      peildatum: '2026-11-23',
    });
    expect(result.geldig && result.einddatum).toBe('2027-12-31');
  });

  it('ADD.V.fn3: the azwa-2028 reading moves that end date to 31 December 2028', async () => {
    const result = await deadlines(await shippedRuleSet(), {
      gebeurtenissen: {},
      peildatum: '2026-11-23',
      variant: 'azwa-2028',
    });
    expect(result.geldig && result.einddatum).toBe('2028-12-31');
  });
});
