/**
 * The short answer per question (`samenvatting`) and what to do next (`volgendeStap`), on the example
 * plans: the words follow from the outcomes and the money of the same receipt, never from the example.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, joinList } from '../explain/render.ts';
import { LABELS } from '../explain/labels.ts';
import { evaluate } from '../node.ts';
import type { Receipt } from '../output/schema.ts';

const example = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../../rules/voorbeelden/${name}.json`, import.meta.url), 'utf8'),
  );

async function receipt(name: string, peildatum = '2026-11-23'): Promise<Receipt> {
  const result = await evaluate(example(name), { peildatum, andereLezingen: false });
  if (!result.geldig) throw new Error(JSON.stringify(result.problemen));
  return result;
}

/** "€ 200.000": whole euros as the summary writes them. */
const euros = (amount: number): string =>
  new Intl.NumberFormat('nl-NL', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);

const MONEY_QUESTION = 'kosten-uit-transformatiemiddelen';

describe('samenvatting per vraag', () => {
  it('ADD.B1.3 (einddatum van de uitzondering): een deels gedekt bedrag heet "deels", met jaren en bedragen aan beide kanten', async () => {
    const result = await receipt('ggz-wijk-spuk');
    const { bedragen } = result;
    const vraag = result.vragen.find((entry) => entry.id === MONEY_QUESTION);
    const covered = bedragen.perJaar.filter((year) => year.gedekt > 0).map((y) => String(y.jaar));
    const notCovered = bedragen.perJaar.filter((y) => y.nietGedekt > 0).map((y) => String(y.jaar));
    // The case itself: some years may be paid, others fall after the end date.
    expect(covered.length).toBeGreaterThan(0);
    expect(notCovered.length).toBeGreaterThan(0);
    expect(bedragen.naEinddatum).toBe(bedragen.totaal.nietGedekt);
    expect(bedragen.einddatum).not.toBeNull();

    expect(vraag?.samenvatting.nl).toBe(
      `Deels: ${joinList(covered, 'nl')} (${euros(bedragen.totaal.gedekt)}) wel, ` +
        `${joinList(notCovered, 'nl')} (${euros(bedragen.totaal.nietGedekt)}) niet, ` +
        `omdat de uitzondering tot en met ${formatDate(bedragen.einddatum ?? '', 'nl')} geldt.`,
    );
    expect(vraag?.samenvatting.en).toMatch(/^Partly: .* yes, .* no, because the exception applies/);
    // What to do: someone else pays the costs after the end date, for that amount.
    expect(vraag?.volgendeStap?.nl).toContain(formatDate(bedragen.einddatum ?? '', 'nl'));
    expect(vraag?.volgendeStap?.nl).toContain(euros(bedragen.naEinddatum));
  });

  it('an open answer names how much is missing, and the first question to answer', async () => {
    const result = await receipt('nog-onvolledig');
    const open = result.vragen.filter((vraag) => vraag.uitkomst === 'onbekend');
    expect(open.length).toBeGreaterThan(0);
    for (const vraag of open) {
      const [first, ...more] = vraag.ontbrekend;
      if (!first) continue;
      expect(vraag.samenvatting.nl).toMatch(/^(Nog niet te zeggen|Deels)/);
      // Without the hint for JSON users, "(Nog niet: null.)".
      const hint = /\s*\([^)]*\bnull\b[^)]*\)/g;
      expect(vraag.volgendeStap?.nl).toContain(first.vraag.nl.replace(hint, ''));
      expect(vraag.volgendeStap?.en).toContain(first.vraag.en.replace(hint, ''));
      if (more.length > 0) expect(vraag.volgendeStap?.nl).toContain(LABELS.kop.ontbrekend.nl);
    }
  });

  it('a no names the rules not met, and says to change the plan or ask', async () => {
    const result = await receipt('ziekenhuis-structureel-via-verzekeraar');
    const no = result.vragen.filter(
      (vraag) => vraag.uitkomst === 'voldoet-niet' && vraag.id !== MONEY_QUESTION,
    );
    expect(no.length).toBeGreaterThan(0);
    for (const vraag of no) {
      expect(vraag.samenvatting.nl).toMatch(/^Nee: /);
      const failing = vraag.regels.filter((rule) => rule.uitkomst === 'voldoet-niet');
      for (const rule of failing) {
        expect(vraag.samenvatting.nl).toContain(rule.id);
        expect(vraag.volgendeStap?.nl).toContain(rule.id);
      }
    }
  });

  it('a yes that rests on the user’s own judgement says to ask the coördinerend zorgverzekeraar', async () => {
    const result = await receipt('ggz-wijk-spuk');
    for (const vraag of result.vragen.filter((v) => v.uitkomst === 'voldoet')) {
      expect(vraag.samenvatting.nl).toMatch(/^Ja/);
      if (vraag.zelfVerklaard)
        expect(vraag.volgendeStap?.nl).toContain('coördinerend zorgverzekeraar');
      else expect(vraag.volgendeStap).toBeUndefined();
    }
  });

  it('the summary receipt carries the same words per question', async () => {
    const full = await receipt('ggz-wijk-spuk');
    const summary = await evaluate(example('ggz-wijk-spuk'), {
      peildatum: '2026-11-23',
      andereLezingen: false,
      detail: 'samenvatting',
    });
    if (!summary.geldig) throw new Error('invalid');
    expect(summary.vragen.map((v) => [v.samenvatting, v.volgendeStap])).toEqual(
      full.vragen.map((v) => [v.samenvatting, v.volgendeStap]),
    );
  });

  it('no placeholder is left in any summary or next step', async () => {
    for (const name of [
      'ggz-wijk-spuk',
      'nog-onvolledig',
      'ziekenhuis-structureel-via-verzekeraar',
    ])
      for (const vraag of (await receipt(name)).vragen)
        for (const text of [vraag.samenvatting, vraag.volgendeStap])
          for (const language of ['nl', 'en'] as const)
            expect(text?.[language] ?? '').not.toMatch(/\{[\w.-]+\}|\bnull\b/);
  });
});
