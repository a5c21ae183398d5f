/**
 * The simulator's state (the answers as the user typed them, the chosen questions, peildatum and
 * variants, the step), how it is kept in the URL fragment, and how it becomes a plan for the engine.
 */
import type { Text } from '@iza-regels/engine';
import { isGeldigeDatum } from './datum.ts';
import { isObject, strings } from './fragment.ts';
import { isKosten, soortVan } from './velden.ts';
import { INVOER } from '../woorden/formulier.ts';

/** An answer: yes/no, a date or text, null ("not yet", "none"), choices; numbers stay text as typed. */
export type Waarde = boolean | string | null | readonly string[];

export interface Bedrag {
  readonly periode: string;
  readonly bedrag: string;
}

export interface Kostenregel {
  readonly omschrijving: string;
  /** Answers for the fields of this line, by their own name (`aard`, `domein`, …). */
  readonly velden: Readonly<Record<string, Waarde>>;
  readonly bedragen: readonly Bedrag[];
}

export interface Toestand {
  readonly vragen: readonly string[];
  /** Answers by plan path, e.g. `proces.startgesprek`. A missing key is "weet ik niet". */
  readonly antwoorden: Readonly<Record<string, Waarde>>;
  readonly kosten: readonly Kostenregel[];
  readonly peildatum: string;
  readonly varianten: readonly string[];
  readonly stap: number;
  readonly alles: boolean;
}

/** Nothing chosen: the user starts from their own question, nothing is ticked for them. */
export const BEGIN: Omit<Toestand, 'peildatum'> = {
  vragen: [],
  antwoorden: {},
  kosten: [],
  varianten: [],
  stap: 0,
  alles: false,
};

export const nieuweKostenregel = (): Kostenregel => ({
  omschrijving: '',
  velden: {},
  bedragen: [{ periode: '', bedrag: '' }],
});

/** The compact form in the URL: short keys, defaults left out. */
export function compact(t: Toestand): Record<string, unknown> {
  return {
    v: 1,
    q: t.vragen,
    ...(Object.keys(t.antwoorden).length > 0 ? { a: t.antwoorden } : {}),
    ...(t.kosten.length > 0
      ? {
          k: t.kosten.map((line) => [
            line.omschrijving,
            line.velden,
            line.bedragen.map((b) => [b.periode, b.bedrag]),
          ]),
        }
      : {}),
    p: t.peildatum,
    ...(t.varianten.length > 0 ? { r: t.varianten } : {}),
    ...(t.stap > 0 ? { s: t.stap } : {}),
    ...(t.alles ? { t: 1 } : {}),
  };
}

function waarde(value: unknown): Waarde | undefined {
  if (typeof value === 'boolean' || typeof value === 'string' || value === null) return value;
  if (Array.isArray(value)) return strings(value);
  return undefined;
}

/**
 * Answers from a link, by field: only keys that are fields of the plan (`naam`, `proces.startgesprek`;
 * `kosten[].aard` for a cost line, by `pad`) are taken. Anything else, such as `toString` or
 * `__proto__.x`, is dropped and named in `genegeerd`: it would otherwise reach the plan as a path.
 */
function waarden(
  value: unknown,
  pad: (key: string) => string,
  genegeerd: string[],
  waar: string,
): Record<string, Waarde> {
  const out: Record<string, Waarde> = {};
  if (!isObject(value)) return out;
  for (const [key, raw] of Object.entries(value)) {
    const read = waarde(raw);
    const path = pad(key);
    if (read === undefined || soortVan(path) === undefined || (waar === 'a' && isKosten(path)))
      genegeerd.push(`${waar}.${key}`);
    else out[key] = read;
  }
  return out;
}

/** The keys of the compact form (`compact`); any other key in a link is reported and ignored. */
const SLEUTELS = new Set(['v', 'q', 'a', 'k', 'p', 'r', 's', 't']);

/**
 * Read the compact form back; anything unexpected is dropped, never trusted. Keys that are not part
 * of the form are added to `genegeerd`, so that the page can say what it left out.
 */
export function uitCompact(
  data: unknown,
  fallbackPeildatum: string,
  genegeerd: string[] = [],
): Toestand | undefined {
  if (!isObject(data) || data.v !== 1) return undefined;
  for (const key of Object.keys(data)) if (!SLEUTELS.has(key)) genegeerd.push(key);
  const kosten = Array.isArray(data.k)
    ? data.k.flatMap((line): Kostenregel[] => {
        if (!Array.isArray(line)) return [];
        const [omschrijving, velden, bedragen] = line as unknown[];
        return [
          {
            omschrijving: typeof omschrijving === 'string' ? omschrijving : '',
            velden: waarden(velden, (key) => `kosten[].${key}`, genegeerd, 'k'),
            bedragen: Array.isArray(bedragen)
              ? bedragen.map((row) => {
                  const [periode, bedrag] = Array.isArray(row) ? (row as unknown[]) : [];
                  return {
                    periode: typeof periode === 'string' ? periode : '',
                    bedrag: typeof bedrag === 'string' ? bedrag : '',
                  };
                })
              : [],
          },
        ];
      })
    : [];
  return {
    vragen: strings(data.q),
    antwoorden: waarden(data.a, (key) => key, genegeerd, 'a'),
    kosten,
    peildatum: typeof data.p === 'string' && isGeldigeDatum(data.p) ? data.p : fallbackPeildatum,
    varianten: strings(data.r),
    stap: typeof data.s === 'number' && Number.isInteger(data.s) && data.s >= 0 ? data.s : 0,
    alles: data.t === 1,
  };
}

/** A problem in what the user typed, found before the engine sees it, with the field it is about. */
export interface Probleem {
  readonly pad: string;
  readonly tekst: Text;
}

export interface Bouw {
  readonly plan: Record<string, unknown>;
  readonly problemen: readonly Probleem[];
  /** For every cost line in the plan, its position in the form (lines that are not complete are left out). */
  readonly kostenIndex: readonly number[];
}

const PERIODE = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/**
 * A number as people type it: "12500", "12.500" or "12.500,50" (Dutch), "12,500.50" (English),
 * "12,5" or "12.5". `undefined` when it is not a number. The form shows how it was read.
 */
export function getal(text: string): number | undefined {
  const cleaned = text.trim().replace(/[\s€]/g, '');
  if (cleaned === '') return undefined;
  let normal = cleaned;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(cleaned))
    normal = cleaned.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) normal = cleaned.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(cleaned)) normal = cleaned.replace(',', '.');
  const n = Number(normal);
  return /^-?\d+(\.\d+)?$/.test(normal) && Number.isFinite(n) ? n : undefined;
}

function setAt(target: Record<string, unknown>, pad: string, value: unknown): void {
  const keys = pad.split('.');
  // Only plan fields get here (see `waarden`); a prototype key must never become a path all the same.
  if (keys.some((key) => key === '__proto__' || key === 'constructor' || key === 'prototype'))
    return;
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = isObject(next) ? next : (node[key] = {});
  }
  node[keys.at(-1) ?? pad] = value;
}

/** Convert one answer to what the plan schema expects, or report why it cannot be used. */
function convert(pad: string, value: Waarde): { value?: unknown; probleem?: Text } {
  const soort = soortVan(pad);
  if (!soort) return {};
  if (soort.soort === 'getal') {
    if (typeof value !== 'string') return {};
    if (value.trim() === '') return {};
    const n = getal(value);
    if (n === undefined || n < 0)
      return {
        probleem: INVOER.getal,
      };
    if (soort.geheel && !Number.isInteger(n)) return { probleem: INVOER.heelGetal };
    return { value: n };
  }
  if (soort.soort === 'datum' && typeof value === 'string' && !isGeldigeDatum(value))
    return value === '' ? {} : { probleem: INVOER.datum };
  if (soort.soort === 'tekst' && typeof value === 'string' && value.trim() === '') return {};
  return { value };
}

/** The plan for the engine, from the answers; incomplete cost lines are left out and reported. */
export function bouwPlan(t: Pick<Toestand, 'antwoorden' | 'kosten'>): Bouw {
  const plan: Record<string, unknown> = {};
  const problemen: Probleem[] = [];
  for (const [pad, value] of Object.entries(t.antwoorden)) {
    const converted = convert(pad, value);
    if (converted.probleem) problemen.push({ pad, tekst: converted.probleem });
    else if (converted.value !== undefined) setAt(plan, pad, converted.value);
  }
  const kosten: unknown[] = [];
  const kostenIndex: number[] = [];
  t.kosten.forEach((line, index) => {
    const fields: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(line.velden)) {
      const converted = convert(`kosten[].${name}`, value);
      if (converted.probleem)
        problemen.push({ pad: `kosten[${index}].${name}`, tekst: converted.probleem });
      else if (converted.value !== undefined) fields[name] = converted.value;
    }
    const bedragen: Array<{ periode: string; bedrag: number }> = [];
    line.bedragen.forEach((row, rij) => {
      if (row.periode.trim() === '' && row.bedrag.trim() === '') return;
      const periode = row.periode.trim();
      const bedrag = getal(row.bedrag);
      if (!PERIODE.test(periode))
        problemen.push({
          pad: `kosten[${index}].bedragen[${rij}].periode`,
          tekst: INVOER.periode,
        });
      else if (bedrag === undefined || bedrag < 0)
        problemen.push({
          pad: `kosten[${index}].bedragen[${rij}].bedrag`,
          tekst: INVOER.bedrag,
        });
      else bedragen.push({ periode, bedrag });
    });
    if (bedragen.length === 0) {
      problemen.push({
        pad: `kosten[${index}].bedragen[0].periode`,
        tekst: INVOER.geenBedragen(index + 1),
      });
      return;
    }
    kosten.push({
      omschrijving: line.omschrijving.trim() || `Kostenregel ${index + 1}`,
      ...fields,
      bedragen,
    });
    kostenIndex.push(index);
  });
  if (kosten.length > 0) plan.kosten = kosten;
  return { plan, problemen, kostenIndex };
}
