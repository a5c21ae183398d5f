/** `checkOptions`: any value as options gives normalized options or problems naming the option. */
import { describe, expect, it } from 'vitest';
import { shippedRuleSet } from '../node.ts';
import { checkOptions } from './options.ts';

const ruleSet = await shippedRuleSet();
const paths = (options: unknown): string[] => {
  const checked = checkOptions(ruleSet, options);
  return checked.ok ? [] : checked.issues.map((issue) => issue.pad);
};

describe('checkOptions', () => {
  it('normalizes a date, distinct variants in the order given, and other readings on by default', () => {
    const checked = checkOptions(ruleSet, {
      peildatum: '2026-11-23',
      variant: ['doorrollen', 'azwa-2028', 'doorrollen'],
    });
    expect(checked.ok && checked.options.peildatum.toString()).toBe('2026-11-23');
    expect(checked.ok && checked.options.varianten).toEqual(['doorrollen', 'azwa-2028']);
    expect(checked.ok && checked.options.andereLezingen).toBe(true);
  });

  it('takes no options as no choices: one variant name is a list of one', () => {
    expect(checkOptions(ruleSet).ok).toBe(true);
    const one = checkOptions(ruleSet, { variant: 'azwa-2028', andereLezingen: false });
    expect(one.ok && one.options).toMatchObject({
      varianten: ['azwa-2028'],
      andereLezingen: false,
    });
  });

  it.each([null, 42, 'opties', [], true])('refuses %j as options, naming "opties"', (options) => {
    expect(paths(options)).toEqual(['opties']);
  });

  it.each([
    '20261123',
    '2026-11-23T10:00',
    '2026-11-23 ',
    '2026-02-30',
    '23-11-2026',
    20261123,
    null,
  ])('accepts only YYYY-MM-DD as peildatum, not %j', (peildatum) => {
    const checked = checkOptions(ruleSet, { peildatum });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((issue) => [issue.code, issue.pad])).toEqual([
      ['ongeldige-peildatum', 'opties.peildatum'],
    ]);
    expect(checked.issues[0]?.nl).toContain('JJJJ-MM-DD');
    expect(checked.issues[0]?.en).toContain('YYYY-MM-DD');
  });

  it('refuses a peildatum outside 1900-2200 and says which years are supported', () => {
    for (const peildatum of ['1899-12-31', '2201-01-01', '0000-01-01', '9999-12-31']) {
      const checked = checkOptions(ruleSet, { peildatum });
      expect(checked.ok).toBe(false);
      if (checked.ok) continue;
      expect(checked.issues[0]?.code).toBe('peildatum-buiten-bereik');
      expect(checked.issues[0]?.nl).toContain('1900-01-01 tot en met 2200-12-31');
      expect(checked.issues[0]?.en).toContain('1900-01-01 up to and including 2200-12-31');
    }
    expect(checkOptions(ruleSet, { peildatum: '1900-01-01' }).ok).toBe(true);
    expect(checkOptions(ruleSet, { peildatum: '2200-12-31' }).ok).toBe(true);
  });

  it.each([{}, 7, [1], [null], null])(
    'refuses %j as variant, listing the known variants',
    (variant) => {
      const checked = checkOptions(ruleSet, { variant });
      expect(checked.ok).toBe(false);
      if (checked.ok) return;
      expect(checked.issues.map((issue) => [issue.code, issue.pad])).toEqual([
        ['ongeldige-variant', 'opties.variant'],
      ]);
      expect(checked.issues[0]?.nl).toContain('azwa-2028');
    },
  );

  it('refuses an unknown variant, a non-boolean andereLezingen and an unknown option, each by name', () => {
    expect(paths({ variant: 'azwa-2029', andereLezingen: 'nee', peildatun: '2026-11-23' })).toEqual(
      ['opties.peildatun', 'opties.variant', 'opties.andereLezingen'],
    );
  });

  it('shows values JSON cannot write without throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(paths({ peildatum: 10n, andereLezingen: cyclic })).toEqual([
      'opties.peildatum',
      'opties.andereLezingen',
    ]);
  });
});
