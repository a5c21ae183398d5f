/** Amounts in whole cents: refused with three decimals, summed exactly, whatever the order. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../node.ts';
import { parseWithIssues } from '../rules/issues.ts';
import { EuroSchema, fromCents, hasWholeCents, MAX_EURO, toCents } from './cents.ts';

describe('amounts in euro', () => {
  it.each([0, 0.07, 0.1, 1234.56, 200000, MAX_EURO])('accepts %d as whole cents', (euro) => {
    expect(parseWithIssues(EuroSchema, euro).ok).toBe(true);
    expect(fromCents(toCents(euro))).toBe(euro);
  });

  it.each([0.075, 0.1 + 0.2, 1.005, MAX_EURO + 1, 1e300])(
    'refuses %d, saying whole cents and the range in Dutch and English',
    (euro) => {
      const parsed = parseWithIssues(EuroSchema, euro);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.issues.map((issue) => issue.code)).toEqual(['invoer-geen-bedrag']);
      expect(parsed.issues[0]?.nl).toContain('hoogstens twee decimalen');
      expect(parsed.issues[0]?.en).toContain('at most two decimals');
    },
  );

  it('tells whole cents from more decimals', () => {
    expect([0.29, 0.3, 0.1 + 0.2, 2.675, 19.99].map(hasWholeCents)).toEqual([
      true,
      true,
      false,
      false,
      true,
    ]);
  });
});

describe('structural money in cents', () => {
  const line = (bedrag: number) => ({
    omschrijving: `Regel van ${bedrag}`,
    domein: 'sociaal',
    aard: 'structureel',
    financiering: 'spuk',
    bedragen: [{ periode: '2026', bedrag }],
  });
  const totals = async (amounts: number[]) => {
    const result = await evaluate(
      { kosten: amounts.map(line) },
      { peildatum: '2026-11-23', andereLezingen: false },
    );
    if (!result.geldig) throw new Error(JSON.stringify(result.problemen));
    return result.bedragen;
  };

  it('adds 0.10 + 0.20 + 0.30 to exactly 0.60, in either order', async () => {
    const amounts = [0.1, 0.2, 0.3];
    const forward = await totals(amounts);
    const backward = await totals(amounts.toReversed());
    expect(forward.totaal.onbekend).toBe(0.6);
    expect(backward.totaal).toEqual(forward.totaal);
    expect(backward.perJaar).toEqual(forward.perJaar);
  });

  it('is exact to the cent for large totals', async () => {
    const forward = await totals([999999999999.99, 0.01, 123456.78]);
    expect(forward.totaal.onbekend).toBe(1000000123456.78);
  });

  it('refuses a cost amount with three decimals, naming the field', async () => {
    const result = await evaluate({ kosten: [line(100.005)] }, { peildatum: '2026-11-23' });
    expect(result.geldig).toBe(false);
    if (!result.geldig)
      expect(result.problemen.map((problem) => problem.pad)).toEqual([
        'kosten[0].bedragen[0].bedrag',
      ]);
  });
});
