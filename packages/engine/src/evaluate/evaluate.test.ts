/** `evaluate` is total: any input gets a receipt or a list of problems, never an exception or a wrong `voldoet`. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../node.ts';

describe('evaluate with bad input', () => {
  it.each([
    null,
    42,
    'plan',
    [],
    { kosten: 'veel' },
    { gebeurtenissen: { planGoedgekeurd: '2026-02-30' } },
    { onbekendVeld: true },
  ])('returns problems instead of throwing for %j', async (input) => {
    const result = await evaluate(input, { peildatum: '2026-11-23' });
    expect(result.geldig).toBe(false);
    if (!result.geldig) expect(result.problemen.length).toBeGreaterThan(0);
  });

  it('names the field and what was expected, in Dutch and English', async () => {
    const result = await evaluate(
      {
        kosten: [
          { omschrijving: 'x', aard: 'soms', bedragen: [{ periode: '2027-13', bedrag: 1 }] },
        ],
      },
      { peildatum: '2026-11-23' },
    );
    expect(result.geldig).toBe(false);
    if (result.geldig) return;
    expect(result.problemen.map((problem) => problem.pad)).toEqual([
      'kosten[0].aard',
      'kosten[0].bedragen[0].periode',
    ]);
    expect(result.problemen[0]?.nl).toContain('incidenteel');
    expect(result.problemen[0]?.en).toContain('Invalid option');
  });

  it('rejects an invalid peildatum and an unknown variant with their option names', async () => {
    const result = await evaluate({}, { peildatum: '23-11-2026', variant: 'azwa-2029' });
    expect(result.geldig).toBe(false);
    if (!result.geldig)
      expect(result.problemen.map((problem) => problem.pad)).toEqual([
        'opties.peildatum',
        'opties.variant',
      ]);
  });
});

describe('evaluate with missing facts', () => {
  it('never says voldoet for an empty plan and asks the questions in order', async () => {
    const result = await evaluate({}, { peildatum: '2026-11-23' });
    expect(result.geldig).toBe(true);
    if (!result.geldig) return;
    expect(result.regels.filter((rule) => rule.uitkomst === 'voldoet')).toEqual([]);
    expect(new Set(result.vragen.map((vraag) => vraag.uitkomst))).toEqual(new Set(['onbekend']));
    const asked = result.ontbrekend.map((fact) => fact.invoer);
    // The costs come first: they decide whether the Addendum matters at all; the dated events come last.
    expect(asked[0]).toBe('kosten');
    const firstEvent = asked.findIndex((field) => field.startsWith('gebeurtenissen.'));
    expect(firstEvent).toBeGreaterThan(0);
    expect(asked.slice(firstEvent).every((field) => field.startsWith('gebeurtenissen.'))).toBe(
      true,
    );
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('uses today in Europe/Amsterdam when no peildatum is given', async () => {
    const result = await evaluate({});
    expect(result.geldig && /^\d{4}-\d{2}-\d{2}$/.test(result.peildatum)).toBe(true);
  });
});
