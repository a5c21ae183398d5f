/** The plan schema refuses dates, years and periods outside the supported years, naming the field. */
import { describe, expect, it } from 'vitest';
import { parseWithIssues } from '../rules/issues.ts';
import { PlanSchema } from './schema.ts';

const problems = (plan: unknown) => {
  const parsed = parseWithIssues(PlanSchema, plan);
  return parsed.ok ? [] : parsed.issues;
};
const line = (periode: string) => ({
  omschrijving: 'Sociaal werker',
  bedragen: [{ periode, bedrag: 1 }],
});

describe('supported years in a plan (1900 to 2200)', () => {
  it.each([
    [{ spuk: { verantwoordingsjaar: 0 } }, 'spuk.verantwoordingsjaar'],
    [{ spuk: { vroegsteKostenjaar: 2201 } }, 'spuk.vroegsteKostenjaar'],
    [{ gebeurtenissen: { planIngediend: '9999-12-01' } }, 'gebeurtenissen.planIngediend'],
    [{ startdatum: '1899-12-31' }, 'startdatum'],
    [{ kosten: [line('0000')] }, 'kosten[0].bedragen[0].periode'],
    [{ kosten: [line('2201-01')] }, 'kosten[0].bedragen[0].periode'],
  ])('refuses %j at %s, stating the range in Dutch and English', (plan, pad) => {
    const found = problems(plan);
    expect(found.map((issue) => [issue.code, issue.pad])).toEqual([['invoer-buiten-bereik', pad]]);
    expect(found[0]?.nl).toMatch(/van 1900(-01-01)? tot en met 2200(-12-31)?/);
    expect(found[0]?.en).toMatch(/from 1900(-01-01)? up to and including 2200(-12-31)?/);
  });

  it('accepts the first and the last supported day, year and period', () => {
    expect(
      problems({
        startdatum: '1900-01-01',
        resultatenUiterlijk: '2200-12-31',
        spuk: { verantwoordingsjaar: 2200, vroegsteKostenjaar: 1900 },
        kosten: [line('2200-12'), line('1900')],
      }),
    ).toEqual([]);
  });

  it('reports a badly written date once, as a format problem, not also as out of range', () => {
    expect(problems({ startdatum: '20261123' }).map((issue) => issue.code)).toEqual([
      'invoer-invalid_format',
    ]);
    expect(problems({ kosten: [line('27')] }).map((issue) => issue.code)).toEqual([
      'invoer-invalid_format',
    ]);
  });
});
