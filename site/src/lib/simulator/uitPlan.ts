/**
 * The other way round from `bouwPlan`: a plan as the engine reads it (an example plan, a worked case)
 * becomes the simulator's state, so that a link can open the simulator with that plan filled in. The
 * conversion is exact: `bouwPlan(uitPlan(plan).toestand).plan` is the plan again. What the state
 * cannot hold is not dropped silently but named in `weggelaten`.
 */
import { inTaal } from '../talen.ts';
import type { Taal } from '../tekst.ts';
import { isObject, naarFragment } from './fragment.ts';
import {
  compact,
  getal,
  type Bedrag,
  type Kostenregel,
  type Toestand,
  type Waarde,
} from './toestand.ts';
import { soortVan, type Soort } from './velden.ts';

export interface PlanOpties {
  readonly peildatum: string;
  readonly varianten?: readonly string[];
  /** The questions to choose; all of them, in the rule set's order, for a whole case. */
  readonly vragen: readonly string[];
}

export interface UitPlan {
  readonly toestand: Toestand;
  /** Plan paths whose value the state cannot hold, so that it would be missing from the plan again. */
  readonly weggelaten: readonly string[];
}

/**
 * A number as text that `getal` reads back as exactly that number. `String(1.234)` would be read as
 * 1234 (a Dutch thousands separator), so such a number gets a trailing zero: "1.2340".
 */
export function getalTekst(n: number): string | undefined {
  for (const tekst of [String(n), `${String(n)}0`]) if (getal(tekst) === n) return tekst;
  return undefined;
}

/** The answer for one field of this kind, or `undefined` when the value does not fit the field. */
function waardeVoor(soort: Soort, value: unknown): Waarde | undefined {
  switch (soort.soort) {
    case 'ja-nee':
      return typeof value === 'boolean' ? value : undefined;
    case 'getal':
      return typeof value === 'number' ? getalTekst(value) : undefined;
    case 'meerkeuze':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? [...value]
        : undefined;
    case 'tekst':
      // An empty text is "not answered" in the form; it would not come back.
      return value === null || (typeof value === 'string' && value.trim() !== '')
        ? value
        : undefined;
    case 'datum':
    case 'keuze':
      return value === null || typeof value === 'string' ? value : undefined;
  }
}

/** Walk a (nested) part of the plan: every leaf the form knows becomes an answer by its path. */
function antwoordenUit(
  deel: Record<string, unknown>,
  prefix: string,
  antwoorden: Record<string, Waarde>,
  weggelaten: string[],
): void {
  for (const [key, value] of Object.entries(deel)) {
    const pad = `${prefix}${key}`;
    if (pad === 'kosten') continue;
    const soort = soortVan(pad);
    const waarde = soort ? waardeVoor(soort, value) : undefined;
    if (waarde !== undefined) antwoorden[pad] = waarde;
    else if (!soort && isObject(value) && Object.keys(value).length > 0)
      antwoordenUit(value, `${pad}.`, antwoorden, weggelaten);
    else weggelaten.push(pad);
  }
}

function kostenregelUit(line: unknown, index: number, weggelaten: string[]): Kostenregel {
  const pad = `kosten[${index}]`;
  if (!isObject(line)) {
    weggelaten.push(pad);
    return { omschrijving: '', velden: {}, bedragen: [] };
  }
  const { omschrijving, bedragen, ...rest } = line;
  // bouwPlan trims the description and names an empty one after the line's position.
  if (typeof omschrijving !== 'string' || omschrijving.trim() !== omschrijving || !omschrijving)
    weggelaten.push(`${pad}.omschrijving`);
  const velden: Record<string, Waarde> = {};
  for (const [naam, value] of Object.entries(rest)) {
    const soort = soortVan(`kosten[].${naam}`);
    const waarde = soort ? waardeVoor(soort, value) : undefined;
    if (waarde === undefined) weggelaten.push(`${pad}.${naam}`);
    else velden[naam] = waarde;
  }
  const rijen: Bedrag[] = [];
  (Array.isArray(bedragen) ? bedragen : []).forEach((row: unknown, rij) => {
    const periode = isObject(row) ? row.periode : undefined;
    const bedrag = isObject(row) && typeof row.bedrag === 'number' ? getalTekst(row.bedrag) : '';
    if (typeof periode !== 'string' || periode.trim() !== periode || bedrag === undefined)
      weggelaten.push(`${pad}.bedragen[${rij}]`);
    rijen.push({ periode: typeof periode === 'string' ? periode : '', bedrag: bedrag ?? '' });
  });
  if (rijen.length === 0) weggelaten.push(`${pad}.bedragen`);
  return {
    omschrijving: typeof omschrijving === 'string' ? omschrijving : '',
    velden,
    bedragen: rijen,
  };
}

/** The simulator's state for a plan, with the chosen questions all shown at once. */
export function uitPlan(plan: Readonly<Record<string, unknown>>, opties: PlanOpties): UitPlan {
  const antwoorden: Record<string, Waarde> = {};
  const weggelaten: string[] = [];
  antwoordenUit(plan, '', antwoorden, weggelaten);
  const kosten = Array.isArray(plan.kosten)
    ? plan.kosten.map((line: unknown, index) => kostenregelUit(line, index, weggelaten))
    : [];
  // An empty list of cost lines is left out of the plan the form builds.
  if ('kosten' in plan && kosten.length === 0) weggelaten.push('kosten');
  return {
    toestand: {
      vragen: [...opties.vragen],
      antwoorden,
      kosten,
      peildatum: opties.peildatum,
      varianten: [...(opties.varianten ?? [])],
      stap: 0,
      alles: true,
    },
    weggelaten,
  };
}

/** The address of the simulator (Dutch or English) with this plan filled in: `/simulator/#s=…`. */
export const simulatorLink = (
  taal: Taal,
  plan: Readonly<Record<string, unknown>>,
  opties: PlanOpties,
): string =>
  `${inTaal('/simulator/', taal)}${naarFragment(compact(uitPlan(plan, opties).toestand))}`;
