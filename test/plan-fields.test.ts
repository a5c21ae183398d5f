/**
 * Each plan field is declared once, in the plan schema: its question, the labels of its choices and
 * what `null` means. A form reads them through `planFields`, and asks the fields the rules of the
 * chosen questions read (`fieldsFor`), dropping those that can no longer change an answer
 * (`openFields`).
 */
import { describe, expect, it } from 'vitest';
import {
  evaluateWith,
  fieldsFor,
  FACTS,
  openFields,
  openFieldsOf,
  planFields,
} from '@iza-regels/engine';
import { jsonSchema } from '../packages/engine/src/json-schemas.ts';
import { factsOf } from '../packages/engine/src/evaluate/three-valued.ts';
import { shippedRules, workedCases } from './support.ts';

const ruleSet = await shippedRules();
const vragen = ruleSet.vragen.vragen.map((vraag) => vraag.id);

interface JsonNode {
  readonly type?: string;
  readonly properties?: Record<string, JsonNode>;
  readonly items?: JsonNode;
  readonly anyOf?: readonly JsonNode[];
  readonly enum?: readonly string[];
}

/** The leaf paths of the published plan JSON Schema, as `planFields` writes them. */
function leaves(node: JsonNode, prefix: string): string[] {
  const value = node.anyOf?.find((option) => option.type !== 'null') ?? node;
  if (value.properties)
    return Object.entries(value.properties).flatMap(([key, child]) =>
      leaves(child, `${prefix}${key}.`),
    );
  if (value.type === 'array' && value.items?.properties)
    return leaves(value.items, `${prefix.slice(0, -1)}[].`);
  return [prefix.slice(0, -1)];
}

describe('planFields', () => {
  const fields = planFields();

  it('lists every field of the published plan schema', () => {
    const schema = jsonSchema('plan') as JsonNode;
    expect(fields.map((field) => field.pad).sort()).toEqual(leaves(schema, '').sort());
  });

  it.each(fields.map((field) => [field.pad, field] as const))(
    '%s has a question in Dutch and English, a label per choice and a meaning for null',
    (_pad, field) => {
      expect(field.vraag.nl.trim()).not.toBe('');
      expect(field.vraag.en.trim()).not.toBe('');
      if (field.type === 'keuze' || field.type === 'meerkeuze') {
        expect(field.keuzes?.length).toBeGreaterThan(0);
        for (const keuze of field.keuzes ?? []) {
          expect(keuze.label.nl.trim()).not.toBe('');
          expect(keuze.label.en.trim()).not.toBe('');
        }
      } else expect(field.keuzes).toBeUndefined();
      if (field.leeg) expect(field.leeg.nl && field.leeg.en).toBeTruthy();
    },
  );

  it('gives each copied fact the question and self-declared flag of its field', () => {
    const byPath = new Map(fields.map((field) => [field.pad, field]));
    for (const fact of FACTS.filter((definition) => !definition.afgeleid)) {
      const field = byPath.get(fact.invoer);
      expect(field?.feit).toBe(fact.id);
      expect(fact.vraag).toEqual(field?.vraag);
      expect(fact.zelfVerklaard).toBe(field?.zelfVerklaard);
    }
  });
});

describe('fieldsFor', () => {
  it('includes the cost lines’ nature for the question about costs from transformation funds', () => {
    const paden = fieldsFor(ruleSet, ['kosten-uit-transformatiemiddelen']).map((f) => f.pad);
    expect(paden).toContain('kosten[].aard');
  });

  it.each(vragen)('%s: includes every field that the rules of the question read', (vraag) => {
    const paden = new Set(fieldsFor(ruleSet, [vraag]).map((field) => field.pad));
    const regels = ruleSet.vragen.vragen.find((v) => v.id === vraag)?.regels ?? [];
    for (const id of regels)
      for (const versie of ruleSet.regels.get(id)?.versies ?? [])
        for (const conditie of [versie.vanToepassing, versie.voorwaarden])
          for (const feit of conditie ? factsOf(conditie) : [])
            for (const pad of FACTS.find((fact) => fact.id === feit)?.velden ?? [])
              expect(paden).toContain(pad);
  });
});

describe('openFields', async () => {
  const cases = await workedCases();

  // A guard against hanging, not a speed test: on a busy shared two-core machine this took 31–44 s.
  it(
    'keeps only fields that fieldsFor asks, and drops all of them for a question already answered',
    { timeout: 180_000 },
    async () => {
      let dropped = 0;
      for (const geval of cases.slice(0, 60)) {
        const opties = { peildatum: geval.peildatum, variant: [...geval.varianten] };
        const uitslag = await evaluateWith(ruleSet, geval.plan, {
          ...opties,
          detail: 'samenvatting',
        });
        if (!uitslag.geldig) continue;
        const uitkomst = new Map(uitslag.regels.map((regel) => [regel.id, regel.uitkomst]));
        for (const vraag of ruleSet.vragen.vragen) {
          const alle = fieldsFor(ruleSet, [vraag.id]).map((field) => field.pad);
          const open = (await openFields(ruleSet, geval.plan, opties, [vraag.id])).map(
            (f) => f.pad,
          );
          for (const pad of open) expect(alle).toContain(pad);
          const beslist = vraag.regels.every((id) => {
            const rule = ruleSet.regels.get(id);
            return [id, ...(rule?.uitzonderingen ?? [])].every(
              (regel) => uitkomst.get(regel) !== undefined && uitkomst.get(regel) !== 'onbekend',
            );
          });
          if (beslist && alle.length > 0) {
            expect(open, `${geval.naam}: ${vraag.id}`).toEqual([]);
            dropped++;
          }
        }
      }
      expect(dropped).toBeGreaterThan(0);
    },
  );

  // Addendum ADD.B1.2: a plan in line with the regional picture, the regional plan and the IZA goals,
  // or a (national) plan that contributes to the IZA goals with impact. Once the first holds, the
  // second cannot change the answer and is not asked.
  it('does not ask the national alternative once the regional one holds', async () => {
    const nationaal = 'aansluiting.landelijkImpactvol';
    const vragenNationaal = ruleSet.vragen.vragen
      .map((vraag) => vraag.id)
      .filter((id) => fieldsFor(ruleSet, [id]).some((field) => field.pad === nationaal));
    expect(vragenNationaal.length).toBeGreaterThan(0);
    let gezien = 0;
    for (const geval of cases) {
      const aansluiting = (geval.plan as { aansluiting?: Record<string, unknown> }).aansluiting;
      if (
        !aansluiting ||
        aansluiting.regiobeeld !== true ||
        aansluiting.regioplan !== true ||
        aansluiting.izaDoelen !== true ||
        'landelijkImpactvol' in aansluiting
      )
        continue;
      const opties = { peildatum: geval.peildatum, variant: [...geval.varianten] };
      const uitslag = await evaluateWith(ruleSet, geval.plan, opties);
      if (!uitslag.geldig) continue;
      for (const vraag of vragenNationaal) {
        const open = openFieldsOf(ruleSet, uitslag, [vraag]).map((field) => field.pad);
        expect(open, `${geval.naam}: ${vraag}`).not.toContain(nationaal);
      }
      // The same fields as from a summary made by openFields itself.
      expect(openFieldsOf(ruleSet, uitslag, vragenNationaal)).toEqual(
        await openFields(ruleSet, geval.plan, opties, vragenNationaal),
      );
      gezien++;
      if (gezien === 20) break;
    }
    expect(gezien).toBeGreaterThan(0);
  });
});
