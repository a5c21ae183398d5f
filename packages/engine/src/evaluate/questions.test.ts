/**
 * What a rule result and a question say: BK-TM-02 after the Addendum's exception, and advice that
 * does not decide a question.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../input/schema.ts';
import { evaluate, shippedRuleSet } from '../node.ts';
import type { Receipt } from '../output/schema.ts';

async function receipt(plan: Plan, peildatum = '2026-11-23'): Promise<Receipt> {
  const result = await evaluate(plan, { peildatum, andereLezingen: false });
  if (!result.geldig) throw new Error(JSON.stringify(result.problemen));
  return result;
}

/** A plan that meets every Addendum condition, with one structural social-domain cost line via the SPUK. */
const socialWorker: Plan = {
  naam: 'GGZ in de wijk',
  domeinen: ['zorg', 'sociaal'],
  landelijk: false,
  aansluiting: { regiobeeld: true, regioplan: true, izaDoelen: true },
  businesscase: { duurzameImplementatie: true },
  gemeente: {
    intentieNa2027: true,
    totaleStructureleKostenSociaalDomein: 400000,
    eigenFinanciering: 100000,
  },
  overigeCriteria: { kader: true, spukRegeling: true },
  kosten: [
    {
      omschrijving: 'Sociaal werker in de wijk',
      domein: 'sociaal',
      aard: 'structureel',
      financiering: 'spuk',
      voortvloeiendUitPlan: true,
      uitvoeringskosten: true,
      bedragen: [{ periode: '2026', bedrag: 100000 }],
    },
  ],
  gebeurtenissen: { planGoedgekeurd: '2025-11-14' },
};

describe('BK.TM.2 with the exception of ADD.B1.2', () => {
  it('reports the outcome after the exception, and keeps the base outcome per cost line', async () => {
    const result = await receipt(socialWorker);
    const rule = result.regels.find((entry) => entry.id === 'BK-TM-02');
    const question = result.vragen.find((entry) => entry.id === 'kosten-uit-transformatiemiddelen');
    const line = rule?.kostenregels?.[0];
    // The kader alone allows only a one-off investment: the structural line fails it ...
    expect(line?.uitkomst).toBe('voldoet-niet');
    // ... and the Addendum lifts it, so the rule says what its question says.
    expect(line?.effectief).toBe('voldoet');
    expect(rule?.uitkomst).toBe('voldoet');
    expect(rule?.uitkomst).toBe(question?.uitkomst);
    expect(rule?.uitleg.nl).toContain('uitzondering van het Addendum');
    expect(rule?.uitleg.nl).not.toContain('eenmalige kosten');
    // The exception rests on the user's own statement about the other criteria (ADD-08).
    expect(rule?.zelfVerklaard).toBe(true);
  });

  it('cites the kader clause BK.TM.2 for "eenmalige investering", not the Addendum', async () => {
    const result = await receipt(socialWorker);
    const rule = result.regels.find((entry) => entry.id === 'BK-TM-02');
    const condition = rule?.kostenregels?.[0]?.voorwaarden.find(
      (entry) => entry.naam === 'eenmalig',
    );
    const citaat = condition ? result.citaten[condition.citaat] : undefined;
    expect(citaat?.clausule).toBe('BK.TM.2');
    expect(citaat?.tekst).toContain('éénmalige investering');
  });

  it('stays voldoet-niet when the exception does not hold (approval after the deadline, ADD.B1.3)', async () => {
    // The day after the approval deadline of the latest version, so the test follows a change.
    const deadline = (await shippedRuleSet()).parameters
      .get('addendum-goedkeuringsdeadline')
      ?.versies.at(-1)?.waarde;
    expect(typeof deadline).toBe('string');
    const approved = Temporal.PlainDate.from(String(deadline)).add({ days: 1 });
    const late = {
      ...socialWorker,
      gebeurtenissen: { planGoedgekeurd: approved.toString() },
    } satisfies Plan;
    const rule = (await receipt(late, approved.add({ days: 3 }).toString())).regels.find(
      (e) => e.id === 'BK-TM-02',
    );
    expect(rule?.kostenregels?.[0]?.effectief).toBe('voldoet-niet');
    expect(rule?.uitkomst).toBe('voldoet-niet');
    expect(rule?.uitleg.nl).toContain('structurele kosten');
  });
});

describe('WI.1f.1: advice (WI-K-01) does not decide a question', () => {
  const financing = (vrijvalAfgesproken?: boolean): Plan => ({
    kpis: { passendBijInhoud: true, passendBijFinanciering: true },
    financiering: {
      kostenMetTerugwerkendeKracht: false,
      eigenMiddelenVoorVoorbereiding: true,
      vrijvalPerKpi: true,
      ...(vrijvalAfgesproken === undefined ? {} : { vrijvalAfgesproken }),
      kpiNietBehaald: false,
      goNoGoMomenten: false,
    },
  });
  const question = async (plan: Plan) =>
    (await receipt(plan)).vragen.find((entry) => entry.id === 'financiering-en-kpis');

  it('is not self-declared because of a self-declared advice', async () => {
    const result = await receipt(financing(true));
    expect(result.regels.find((entry) => entry.id === 'WI-K-01')?.zelfVerklaard).toBe(true);
    const answer = result.vragen.find((entry) => entry.id === 'financiering-en-kpis');
    expect(answer?.uitkomst).toBe('voldoet');
    expect(answer?.zelfVerklaard).toBe(false);
  });

  it('asks only for the facts its binding rules miss', async () => {
    const answer = await question({
      ...financing(),
      kpis: {},
    });
    expect(answer?.uitkomst).toBe('onbekend');
    expect(answer?.ontbrekend.map((fact) => fact.feit)).toEqual([
      'financiering.vrijvalAfgesproken',
    ]);
  });
});

describe('WI.1e.1: a quick scan not yet received complete', () => {
  it('says that no reaction time has started, not that the question does not arise', async () => {
    const result = await receipt(
      {
        gebeurtenissen: {
          snelleToetsIngediend: '2025-05-07',
          snelleToetsCompleetOntvangen: null,
          snelleToetsGoedgekeurd: null,
          planIngediend: null,
          planCompleetOntvangen: null,
          planGoedgekeurd: null,
        },
      },
      '2025-06-01',
    );
    const answer = result.vragen.find((entry) => entry.id === 'reactietermijnen');
    expect(answer?.uitkomst).toBe('niet-van-toepassing');
    expect(answer?.uitleg.nl).toContain('nog geen reactietermijn');
    expect(answer?.uitleg.nl).not.toContain('speelt niet');
  });
});
