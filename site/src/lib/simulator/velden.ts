/**
 * Which fields the simulator asks, from the engine rather than a table of our own: the plan fields
 * that the rules of the chosen questions read (`fieldsFor`: their conditions, exceptions and
 * deadlines), in the order of the plan schema, and for each field its question, the labels of its
 * choices and what `null` means (`planField`), both taken while the site was built (FORMULIER). Once
 * a plan is evaluated, the engine's `openFields` says which of them can still change an answer. The
 * site only groups them into steps.
 */
import type { PlanChoice, PlanField, Text } from '@iza-regels/engine';
import { FORMULIER, planField } from './formulier.ts';
import { STAPPEN, type StapId } from '../woorden/formulier.ts';

/** `leeg`: present when the plan allows `null`, and what `null` means for the field. */
export type Soort =
  | { readonly soort: 'ja-nee' }
  | { readonly soort: 'datum'; readonly leeg?: Text }
  | { readonly soort: 'keuze'; readonly opties: readonly PlanChoice[]; readonly leeg?: Text }
  | { readonly soort: 'meerkeuze'; readonly opties: readonly PlanChoice[] }
  | { readonly soort: 'getal'; readonly euro: boolean; readonly geheel: boolean }
  | { readonly soort: 'tekst'; readonly leeg?: Text };

export interface Veld {
  /** Path in the plan, as `planFields` writes it: `proces.startgesprek`, `kosten[].aard`. */
  readonly pad: string;
  readonly vraag: Text;
  readonly zelfVerklaard: boolean;
  readonly soort: Soort;
}

export interface Stap {
  readonly id: StapId;
  readonly titel: Text;
  /** Plan fields of this step; for the cost step, the fields of one cost line (`kosten[].…`). */
  readonly velden: readonly Veld[];
}

/** The kind of control a field needs, from the engine's description of the field. */
function soortVanVeld(field: PlanField): Soort {
  const leeg = field.leeg ? { leeg: field.leeg } : {};
  const opties = field.keuzes ?? [];
  switch (field.type) {
    case 'boolean':
      return { soort: 'ja-nee' };
    case 'keuze':
      return { soort: 'keuze', opties, ...leeg };
    case 'meerkeuze':
      return { soort: 'meerkeuze', opties };
    case 'getal':
    case 'bedrag':
      return { soort: 'getal', euro: field.type === 'bedrag', geheel: field.geheel };
    case 'datum':
      return { soort: 'datum', ...leeg };
    case 'tekst':
      return { soort: 'tekst', ...leeg };
  }
}

/** The kind of control a plan field needs (`kosten[2].aard` is read as `kosten[].aard`). */
export function soortVan(pad: string): Soort | undefined {
  const field = planField(pad);
  return field ? soortVanVeld(field) : undefined;
}

/** Plan-level paths like `kosten`, `kosten[2].aard` or `kosten[].aard` all belong to the cost step. */
export const isKosten = (pad: string): boolean => /^kosten(\[|$)/.test(pad);

/** "(Nog niet: null.)" is how the catalogue tells a programmer about null; a form has a checkbox. */
export const zonderNull = (text: Text): Text => ({
  nl: text.nl.replace(/\s*\([^)]*\bnull\b[^)]*\)/g, ''),
  en: text.en.replace(/\s*\([^)]*\bnull\b[^)]*\)/g, ''),
});

const veld = (field: PlanField): Veld => ({
  pad: field.pad,
  vraag: zonderNull(field.vraag),
  zelfVerklaard: field.zelfVerklaard,
  soort: soortVanVeld(field),
});

/** The events that start or end a reaction time, as date fields in the order of the plan schema. */
export const GEBEURTENIS_VELDEN: readonly Veld[] = FORMULIER.velden
  .filter((field) => FORMULIER.gebeurtenissen.paden.includes(field.pad))
  .map((field): Veld => ({ ...veld(field), soort: { soort: 'datum' } }));

/** The paths of the fields the rules of these questions read (`fieldsFor`). */
export const padenVoor = (vragen: readonly string[]): Set<string> =>
  new Set(vragen.flatMap((id) => FORMULIER.veldenPerVraag[id] ?? []));

/**
 * The fields to ask for these questions, in the order of the plan schema, grouped into steps: the
 * fields their rules read, or only `open` ones when given (those that can still change an answer, and
 * those already answered). The cost step holds the fields of one cost line; its description and
 * amounts are asked by the cost step itself.
 */
export function stappenVoor(vragen: readonly string[], open?: ReadonlySet<string>): Stap[] {
  const paden = padenVoor(vragen);
  const perStap = new Map<StapId, Veld[]>();
  const bij = (id: StapId, v?: Veld) =>
    perStap.set(id, [...(perStap.get(id) ?? []), ...(v ? [v] : [])]);
  for (const field of FORMULIER.velden) {
    if (!paden.has(field.pad) || (open && !open.has(field.pad))) continue;
    if (field.bereik === 'kostenregel') {
      const eigen = field.pad.replace(/^kosten\[\]\./, '');
      bij('kosten', eigen.includes('[') || eigen === 'omschrijving' ? undefined : veld(field));
      continue;
    }
    // Each field goes to the first step that names its path or group; anything new lands in the last.
    const stap = STAPPEN.find((s) => s.paden.some((p) => matches(p, field.pad))) ?? STAPPEN.at(-1);
    if (stap) bij(stap.id, veld(field));
  }
  return STAPPEN.flatMap((stap) => {
    const own = perStap.get(stap.id);
    return own ? [{ id: stap.id, titel: stap.titel, velden: own }] : [];
  });
}

/** `p` is a group prefix (`proces.`) or an exact top-level path (`domeinen`). */
const matches = (p: string, pad: string): boolean =>
  p.endsWith('.') ? pad.startsWith(p) : pad === p;

/** The step that holds a plan path (`kosten[1].aard`, `proces.startgesprek`), if any. */
export function stapVan(stappen: readonly Stap[], pad: string): number {
  if (isKosten(pad)) return stappen.findIndex((stap) => stap.id === 'kosten');
  return stappen.findIndex((stap) => stap.velden.some((v) => v.pad === pad));
}

/** The DOM id of a field, so that a missing fact can link to it. `kosten[1].aard` → `veld-kosten-1-aard`. */
export const veldId = (pad: string): string =>
  `veld-${pad.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
