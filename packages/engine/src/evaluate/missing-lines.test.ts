/** A cost line without `aard` is asked for by its index and does not decide the Addendum question. */
import { describe, expect, it } from 'vitest';
import { evaluate, readWorkedCases } from '../node.ts';

const cases = await readWorkedCases();
const withoutAard = cases.find((entry) =>
  entry.naam.startsWith('ADD.B1.2: een kostenregel zonder aard'),
);

describe('a cost line without aard', () => {
  it('makes the Addendum question onbekend and asks kosten[1].aard, not kosten[].aard', async () => {
    if (!withoutAard) throw new Error('worked case ADD.B1.2 (kostenregel zonder aard) is missing');
    expect(withoutAard.plan.kosten?.[1]?.aard).toBeUndefined();
    const result = await evaluate(withoutAard.plan, {
      peildatum: withoutAard.peildatum,
      andereLezingen: false,
    });
    if (!result.geldig) throw new Error(JSON.stringify(result.problemen));
    const question = result.vragen.find((vraag) => vraag.id === 'kosten-uit-transformatiemiddelen');
    expect(question?.uitkomst).toBe('onbekend');
    expect(question?.ontbrekend.map((fact) => fact.invoer)).toEqual(['kosten[1].aard']);
    const add07 = result.regels.find((rule) => rule.id === 'ADD-07');
    expect(add07?.ontbrekend.map((fact) => fact.invoer)).toEqual(['kosten[1].aard']);
    expect(result.bedragen.totaal).toEqual({ gedekt: 0, nietGedekt: 0, onbekend: 200000 });
  });

  it('asks every line that leaves aard out, each by its index', async () => {
    const line = (omschrijving: string, aard?: 'incidenteel') => ({
      omschrijving,
      domein: 'zorg' as const,
      financiering: 'zorgverzekeraar' as const,
      ...(aard ? { aard } : {}),
      bedragen: [{ periode: '2026', bedrag: 1000 }],
    });
    const result = await evaluate(
      { kosten: [line('a'), line('b', 'incidenteel'), line('c')] },
      { peildatum: '2026-11-23', andereLezingen: false },
    );
    if (!result.geldig) throw new Error(JSON.stringify(result.problemen));
    const asked = result.ontbrekend.map((fact) => fact.invoer);
    expect(asked).toContain('kosten[0].aard');
    expect(asked).toContain('kosten[2].aard');
    expect(asked).not.toContain('kosten[1].aard');
    expect(asked).not.toContain('kosten[].aard');
  });
});
