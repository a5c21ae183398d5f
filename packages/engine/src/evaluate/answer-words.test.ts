/**
 * The words after an answer's sentence: reasons as facts about the plan, other readings with what they
 * would take, and who decides. On a plan like a municipal officer's: a sociaal werker paid via the
 * SPUK from 2026 to 2028 (the example plan on the home page).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../node.ts';
import type { Receipt } from '../output/schema.ts';
import { answerWords } from './answer-words.ts';

/** The example plan: a sociaal werker via the SPUK 2026–2028 (rules/voorbeelden/ggz-wijk-spuk.json). */
const SOCIAAL_WERKER = JSON.parse(
  readFileSync(
    new URL('../../../../rules/voorbeelden/ggz-wijk-spuk.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown>;

async function receipt(plan: unknown): Promise<Receipt> {
  const result = await evaluate(plan, { peildatum: '2026-11-23' });
  if (!result.geldig) throw new Error(JSON.stringify(result.problemen));
  return result;
}

const MONEY = 'kosten-uit-transformatiemiddelen';

describe('answerWords', () => {
  it('ADD.B1.3: the reason is a fact about the plan, the last month of its costs beside the end date', async () => {
    const words = answerWords(await receipt(SOCIAAL_WERKER), MONEY);
    expect(words.redenen.map((reden) => reden.nl)).toEqual([
      'Uw kosten voor ‘Sociaal werker in de wijk’ lopen tot december 2028; de uitzondering geldt tot en met 31 december 2027.',
    ]);
    // The rule code follows the words, to link to: the end-date rule of the Addendum.
    expect(words.redenen.map((reden) => reden.regel)).toEqual(['ADD-03']);
    // The base rule (only one-off costs) is not a reason: the exception applies to this line.
    expect(words.redenen.some((reden) => reden.nl.includes('eenmalige'))).toBe(false);
  });

  it('ADD.V.fn3 (azwa-2028): another reading is "In een andere lezing …", with its answer, amounts and what it takes', async () => {
    const words = answerWords(await receipt(SOCIAAL_WERKER), MONEY);
    // Amounts are written with a no-break space after the euro sign.
    expect(words.andereLezingen.map((lezing) => lezing.nl.replace(/\u00a0/g, ' '))).toEqual([
      'In een andere lezing (‘AZWA: dekking tot en met 2028’) is het antwoord ja: dan mag € 300.000 uit transformatiemiddelen, in plaats van € 200.000. Daarvoor moet wie beslist die lezing volgen (een aanname die een besluit vraagt); vraag het na voordat u erop rekent.',
    ]);
    expect(words.andereLezingen[0]?.en.replace(/\u00a0/g, ' ')).toMatch(
      /^In another reading .* the answer is yes: then €300,000/,
    );
  });

  it('a condition that fails on the plan is said as the user’s answer beside what is needed', async () => {
    const words = answerWords(await receipt({ ...SOCIAAL_WERKER, domeinen: ['sociaal'] }), MONEY);
    expect(words.redenen.map((reden) => reden.nl)).toContain(
      'Is het een landelijk plan? Uw antwoord: nee. Nodig is: Het is een landelijk plan.',
    );
    for (const reden of words.redenen) expect(reden.nl).not.toMatch(/\{|\}|null/);
  });

  it('names who decides and whom to ask: the coördinerend zorgverzekeraar for the plan, DUS-I for the SPUK', async () => {
    const result = await receipt(SOCIAAL_WERKER);
    expect(answerWords(result, 'transformatieplan').wieBeslist.nl).toContain(
      'coördinerend zorgverzekeraar',
    );
    expect(answerWords(result, 'spuk').wieBeslist.nl).toContain('DUS-I');
    expect(answerWords(result, MONEY).wieVragen.nl).toContain('gemeente');
  });
});
