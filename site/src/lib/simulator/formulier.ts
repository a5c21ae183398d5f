/**
 * What the simulator and the deadline calculator need to draw their forms, without the engine: the
 * questions, the readings, the plan fields and which fields each question reads. vite/formulier.ts
 * takes it from the engine while the site is built, so the form is HTML in the page and the browser
 * fetches the engine (and the rules) only to calculate. In the browser the data comes from the page
 * itself (FormulierData.astro), not from JavaScript.
 */
import type { Certainty, PlanField, Text } from '@iza-regels/engine';
import data, { FORMULIER_ID } from 'virtual:iza-regels/formulier';

export interface Formulier {
  /** The questions of the rule set, in their order. */
  readonly vragen: ReadonlyArray<{ readonly id: string; readonly titel: Text }>;
  /** The other readings (variants) one can choose. */
  readonly varianten: ReadonlyArray<{
    readonly id: string;
    readonly titel: Text;
    readonly uitleg: Text;
    readonly zekerheid: Certainty;
  }>;
  /** Every plan field (`planFields`), in the order of the plan schema. */
  readonly velden: readonly PlanField[];
  /** Per question, the paths of the fields its rules read (`fieldsFor`). */
  readonly veldenPerVraag: Readonly<Record<string, readonly string[]>>;
  /** The event dates that start or end a reaction time, and the deadline rules they drive. */
  readonly gebeurtenissen: {
    readonly paden: readonly string[];
    readonly regels: readonly string[];
  };
}

export const FORMULIER: Formulier = data;

/** The id of the element in the page that holds the data as JSON (FormulierData.astro). */
export { FORMULIER_ID };

/** The field at a path (`kosten[].aard`; an index such as `kosten[2].aard` is read as `kosten[]`). */
export function planField(pad: string): PlanField | undefined {
  const plain = pad.replace(/\[\d+\]/g, '[]');
  return FORMULIER.velden.find((field) => field.pad === plain);
}
