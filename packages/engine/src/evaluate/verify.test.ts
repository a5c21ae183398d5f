/**
 * Receipts that can be checked later (issue: production integration): a stored receipt, evaluated
 * again with the options it records, holds or says why not.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { shippedRuleSet } from '../node.ts';
import { evaluateWith } from './evaluate.ts';
import { verifyReceipt } from './verify.ts';

const ruleSet = await shippedRuleSet();
const plan = JSON.parse(
  await readFile(
    new URL('../../../../rules/voorbeelden/ggz-wijk-spuk.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown>;
/** A receipt as it is stored: JSON. */
const stored = async (options: Parameters<typeof evaluateWith>[2]) =>
  JSON.parse(JSON.stringify(await evaluateWith(ruleSet, plan, options))) as Record<string, unknown>;

describe('verifyReceipt', () => {
  it('a full receipt with other readings, evaluated again with its own peildatum and variants, holds', async () => {
    const receipt = await stored({ peildatum: '2026-11-23', variant: ['azwa-2028'] });
    expect((await verifyReceipt(ruleSet, receipt, plan)).status).toBe('gelijk');
  });

  it('a summary receipt without other readings holds as a summary', async () => {
    const receipt = await stored({
      peildatum: '2027-02-01',
      detail: 'samenvatting',
      andereLezingen: false,
    });
    expect((await verifyReceipt(ruleSet, receipt, plan)).status).toBe('gelijk');
  });

  it('an edited outcome is found, with where it is and what it was', async () => {
    const receipt = await stored({ peildatum: '2026-11-23' });
    const vragen = receipt['vragen'] as Array<{ uitkomst: string }>;
    const before = vragen[0]?.uitkomst;
    vragen[0] = { ...vragen[0], uitkomst: before === 'voldoet' ? 'voldoet-niet' : 'voldoet' };
    const result = await verifyReceipt(ruleSet, receipt, plan);
    expect(result.status).toBe('anders');
    if (result.status !== 'anders') return;
    expect(result.verschillen).toContainEqual({
      pad: 'uitslag.vragen[0].uitkomst',
      verwacht: vragen[0]?.uitkomst,
      gekregen: before,
    });
  });

  it('another plan than the one the receipt answered is named as such, not as another answer', async () => {
    const receipt = await stored({ peildatum: '2026-11-23' });
    const other = { ...plan, naam: `${String(plan['naam'])} (kopie)` };
    expect((await verifyReceipt(ruleSet, receipt, other)).status).toBe('ander-plan');
  });

  it('a receipt of other rules asks for those rules, naming their version and hash', async () => {
    const receipt = await stored({ peildatum: '2026-11-23' });
    receipt['regelset'] = { versie: '0.0.9', hash: 'sha256:0000' };
    const result = await verifyReceipt(ruleSet, receipt, plan);
    expect(result.status).toBe('andere-regelset');
    expect(result.uitleg.nl).toContain('@iza-regels/rules@0.0.9');
  });

  it('a receipt of unreleased rules names no package version that does not exist', async () => {
    const receipt = await stored({ peildatum: '2026-11-23' });
    receipt['regelset'] = { versie: '0.0.9+000000000000', hash: 'sha256:0000' };
    const result = await verifyReceipt(ruleSet, receipt, plan);
    expect(result.status).toBe('andere-regelset');
    expect(result.uitleg.nl).not.toContain('@iza-regels/rules@');
    expect(result.uitleg.nl).toContain('nog niet uitgebracht');
    expect(result.uitleg.en).toContain('not released');
  });

  it('anything that is not a receipt is refused with its problems, never thrown', async () => {
    for (const value of [null, 'uitslag', { geldig: true }, []]) {
      const result = await verifyReceipt(ruleSet, value, plan);
      expect(result.status).toBe('ongeldig');
    }
  });
});
