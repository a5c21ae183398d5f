/**
 * The simulator's form keeps no field table of its own: for each chosen question it asks the plan
 * fields that the rules of that question read (the engine's `fieldsFor`), grouped into steps, with
 * the question, choices and meaning of `null` that the engine gives each field (`planField`).
 */
import { describe, expect, it } from 'vitest';
import { fieldsFor, planField } from '@iza-regels/engine';
import { stappenVoor } from '../site/src/lib/simulator/velden.ts';
import { shippedRules } from './support.ts';

const ruleSet = await shippedRules();
const vragen = ruleSet.vragen.vragen.map((vraag) => vraag.id);

/** Fields the cost step asks for every line by itself: the description and the amounts. */
const eigenVanKostenstap = (pad: string) =>
  pad === 'kosten[].omschrijving' || pad.startsWith('kosten[].bedragen[]');

describe('the fields of the simulator form', () => {
  it.each([...vragen.map((vraag) => [vraag, [vraag]] as const), ['alle vragen', vragen] as const])(
    '%s: asks every field the rules read, no other, in the order of the plan schema per step',
    (_naam, gekozen) => {
      const gelezen = fieldsFor(ruleSet, gekozen)
        .map((field) => field.pad)
        .filter((pad) => !eigenVanKostenstap(pad));
      const stappen = stappenVoor(gekozen);
      const gevraagd = stappen.flatMap((stap) => stap.velden.map((veld) => veld.pad));
      expect([...gevraagd].sort()).toEqual([...gelezen].sort());
      for (const stap of stappen) {
        const paden = stap.velden.map((veld) => veld.pad);
        expect(paden).toEqual(gelezen.filter((pad) => paden.includes(pad)));
      }
      const kosten = fieldsFor(ruleSet, gekozen).some((field) => field.bereik === 'kostenregel');
      expect(stappen.some((stap) => stap.id === 'kosten')).toBe(kosten);
    },
  );

  it('takes each question, choice label and meaning of null from the engine', () => {
    for (const stap of stappenVoor(vragen))
      for (const veld of stap.velden) {
        const field = planField(veld.pad);
        expect(field, veld.pad).toBeDefined();
        expect(veld.zelfVerklaard).toBe(field?.zelfVerklaard);
        expect(field?.vraag.nl).toContain(veld.vraag.nl);
        const { soort } = veld;
        if ('opties' in soort) expect(soort.opties).toEqual(field?.keuzes);
        expect('leeg' in soort ? soort.leeg : undefined).toEqual(field?.leeg);
      }
  });
});
