/**
 * The simulator link of an example plan or worked case (site/src/lib/simulator/uitPlan.ts): the plan
 * goes into the simulator's state, through the `#s=` fragment of the link and back out of the form
 * as the plan the engine gets. That must be the same plan, for every example and every case.
 */
import { describe, expect, it } from 'vitest';
import { evaluateWith, fieldsFor } from '@iza-regels/engine';
import { naarFragment, uitFragment } from '../site/src/lib/simulator/fragment.ts';
import { bouwPlan, compact, getal, uitCompact } from '../site/src/lib/simulator/toestand.ts';
import { getalTekst, simulatorLink, uitPlan } from '../site/src/lib/simulator/uitPlan.ts';
import { stappenVoor } from '../site/src/lib/simulator/velden.ts';
import { shippedRules } from './support.ts';
import {
  NIET_GEVRAAGD,
  NIET_UIT_TE_DRUKKEN,
  simulatorPlannen,
  zonder,
  type SimulatorPlan,
} from './support/simulator-plannen.ts';

const ruleSet = await shippedRules();
const plannen = await simulatorPlannen();
const vragen = ruleSet.vragen.vragen.map((vraag) => vraag.id);

/** The plan as the form builds it after the link is opened: state → `#s=` → state → plan. */
function doorDeLink(entry: SimulatorPlan) {
  const { toestand, weggelaten } = uitPlan(entry.plan, {
    peildatum: entry.peildatum,
    varianten: entry.varianten,
    vragen,
  });
  const fragment = naarFragment(compact(toestand));
  const gelezen = uitCompact(uitFragment(fragment), '1999-01-01');
  if (!gelezen) throw new Error(`the fragment of ${entry.naam} cannot be read back`);
  return { toestand, gelezen, weggelaten, bouw: bouwPlan(gelezen) };
}

describe('a plan opened in the simulator through its #s= link', () => {
  it('covers the three example plans and all worked cases', () => {
    expect(plannen.filter((entry) => entry.bestand.startsWith('voorbeelden/'))).toHaveLength(3);
    expect(plannen.length).toBeGreaterThan(200);
    expect(new Set(plannen.map((entry) => entry.naam)).size).toBe(plannen.length);
  });

  it.each(plannen.map((entry) => [entry.naam, entry] as const))(
    '%s: the form builds the same plan again',
    (naam, entry) => {
      const { bouw, weggelaten } = doorDeLink(entry);
      expect(bouw.problemen).toEqual([]);
      const bekend = NIET_UIT_TE_DRUKKEN[naam] ?? [];
      expect(weggelaten).toEqual(bekend);
      expect(bouw.plan).toStrictEqual(zonder(entry.plan, bekend));
    },
  );

  it.each(Object.entries(NIET_UIT_TE_DRUKKEN))(
    '%s: the engine answers the plan without %j exactly as the plan itself',
    async (naam, paden) => {
      const entry = plannen.find((p) => p.naam === naam);
      if (!entry) throw new Error(`no example or worked case is named ${naam}`);
      for (const pad of paden) expect(entry.plan[pad]).toEqual({});
      const opties = { peildatum: entry.peildatum, variant: [...entry.varianten] };
      const origineel = await evaluateWith(ruleSet, entry.plan, opties);
      const gebouwd = await evaluateWith(ruleSet, doorDeLink(entry).bouw.plan, opties);
      expect(origineel.geldig && gebouwd.geldig).toBe(true);
      expect({ ...gebouwd, invoerHash: '' }).toStrictEqual({ ...origineel, invoerHash: '' });
    },
  );

  it('chooses every question, shows them all at once and keeps the peildatum and variants', () => {
    const entry = plannen.find((p) => p.varianten.length > 0);
    if (!entry) throw new Error('no worked case with a variant');
    const { toestand, gelezen } = doorDeLink(entry);
    expect(gelezen).toStrictEqual(toestand);
    expect(gelezen.vragen).toEqual(vragen);
    expect(gelezen.vragen).toHaveLength(10);
    expect(gelezen.alles).toBe(true);
    expect(gelezen.peildatum).toBe(entry.peildatum);
    expect(gelezen.varianten).toEqual(entry.varianten);
  });

  it('asks every answer on the form (all questions), except fields that no rule reads', () => {
    const stappen = stappenVoor(vragen);
    const opHetFormulier = new Set(stappen.flatMap((stap) => stap.velden.map((v) => v.pad)));
    const nietGevraagd = new Set<string>();
    for (const entry of plannen) {
      const { toestand } = doorDeLink(entry);
      for (const pad of Object.keys(toestand.antwoorden))
        if (!opHetFormulier.has(pad)) nietGevraagd.add(pad);
      for (const line of toestand.kosten)
        for (const naam of Object.keys(line.velden))
          if (!opHetFormulier.has(`kosten[].${naam}`)) nietGevraagd.add(`kosten[].${naam}`);
    }
    expect([...nietGevraagd].sort()).toEqual(NIET_GEVRAAGD);
    const gelezen = new Set(fieldsFor(ruleSet, vragen).map((field) => field.pad));
    const gelezenDoorRegels = NIET_GEVRAAGD.filter((pad) => gelezen.has(pad));
    expect(gelezenDoorRegels).toEqual([]);
  });

  it('links to /simulator/ in Dutch and /en/simulator/ in English with the state in #s=', () => {
    const [entry] = plannen;
    if (!entry) throw new Error('no plans');
    const opties = { peildatum: entry.peildatum, vragen };
    const nl = simulatorLink('nl', entry.plan, opties);
    const en = simulatorLink('en', entry.plan, opties);
    expect(nl).toMatch(/^\/simulator\/#s=[A-Za-z0-9_-]+$/);
    expect(en).toBe(`/en${nl}`);
    expect(uitCompact(uitFragment(nl.slice(nl.indexOf('#'))), '1999-01-01')).toStrictEqual(
      uitPlan(entry.plan, opties).toestand,
    );
  });
});

describe('getalTekst: a number as text that the form reads back as the same number', () => {
  it.each([0, 7, 12.5, 100000, 1.234, 12.345, 999.999, 1234.5, 2027])('%d', (n) => {
    const tekst = getalTekst(n);
    expect(tekst).toBeDefined();
    expect(getal(tekst ?? '')).toBe(n);
  });

  it('writes 1.234 with a trailing zero, since "1.234" reads as one thousand two hundred and thirty-four', () => {
    expect(getal('1.234')).toBe(1234);
    expect(getalTekst(1.234)).toBe('1.2340');
  });
});
