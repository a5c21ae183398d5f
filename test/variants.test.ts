/**
 * Variants are named, cited readings shown beside the literal default (ADD.V.fn3: the Addendum period
 * follows the term of the transformation funds, which the AZWA extended to 2028).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { evaluateWith } from '@iza-regels/engine';
import { rulesDir, shippedRules } from './support.ts';

const ruleSet = await shippedRules();

/**
 * The addendum's end date on a peildatum, in the literal reading or a variant, from the parameter
 * itself: the test follows the data when policy staff move the date.
 */
function einddatum(peildatum: string, variant?: string): string {
  const parameter = ruleSet.parameters.get('addendum-einddatum');
  const versies = (variant && parameter?.varianten[variant]) || parameter?.versies || [];
  const versie = versies.find(
    (entry) =>
      entry.geldigVan <= peildatum && (entry.geldigTot === null || peildatum <= entry.geldigTot),
  );
  return String(versie?.waarde);
}
const plan = JSON.parse(
  await readFile(`${rulesDir}/voorbeelden/ggz-wijk-spuk.json`, 'utf8'),
) as unknown;

describe('ADD.V.fn3: the azwa-2028 reading beside the literal text', () => {
  it('keeps the literal 31 December 2027 by default and shows what azwa-2028 would change', async () => {
    const receipt = await evaluateWith(ruleSet, plan, { peildatum: '2026-11-23' });
    if (!receipt.geldig) throw new Error('example plan is invalid');
    expect(receipt.bedragen.einddatum).toBe(einddatum('2026-11-23'));
    const azwa = receipt.andereLezingen.find((reading) => reading.variant === 'azwa-2028');
    expect(azwa?.verschillen).toContainEqual({
      regel: 'ADD-03',
      uitkomst: 'voldoet-niet',
      metVariant: 'voldoet',
    });
    expect(azwa?.bedragen).toEqual({
      gedekt: receipt.bedragen.totaal.gedekt,
      metVariant: receipt.bedragen.totaal.gedekt + receipt.bedragen.naEinddatum,
    });
    expect(azwa?.zekerheid).toBe('A');
    expect(azwa?.vragen).toContainEqual({
      vraag: 'kosten-uit-transformatiemiddelen',
      uitkomst: 'voldoet-niet',
      metVariant: 'voldoet',
    });
  });

  it('applies the 2028 end date when azwa-2028 is chosen, and then lists the literal reading as not chosen', async () => {
    const receipt = await evaluateWith(ruleSet, plan, {
      peildatum: '2026-11-23',
      variant: 'azwa-2028',
    });
    if (!receipt.geldig) throw new Error('example plan is invalid');
    expect(receipt.bedragen.einddatum).toBe(einddatum('2026-11-23', 'azwa-2028'));
    expect(einddatum('2026-11-23', 'azwa-2028')).not.toBe(einddatum('2026-11-23'));
    expect(receipt.varianten.map((variant) => variant.id)).toEqual(['azwa-2028']);
    const others = receipt.andereLezingen.map((reading) => reading.variant);
    expect(others).toContain('doorrollen');
    expect(others).not.toContain('azwa-2028');
  });

  it('does not apply azwa-2028 before the AZWA was signed (8 September 2025)', async () => {
    const receipt = await evaluateWith(ruleSet, plan, {
      peildatum: '2025-06-01',
      variant: 'azwa-2028',
    });
    expect(receipt.geldig && receipt.bedragen.einddatum).toBe(einddatum('2025-06-01'));
  });
});
