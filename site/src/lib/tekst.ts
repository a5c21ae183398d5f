/**
 * Small texts of the site in Dutch (B1) and English, and the formatting of the receipt's values.
 * The words for a receipt's values and parts (outcomes, condition states, certainty, deadline
 * status, headings) come from the engine's `LABELS`; only the page's own words live here.
 */
import {
  LABELS,
  formatMoney,
  type ConditionState,
  type Deadline,
  type Outcome,
  type PlanningJudgement,
} from '@iza-regels/engine';
import { planField } from './simulator/formulier.ts';

export type Taal = 'nl' | 'en';
export type Woorden = Readonly<Record<Taal, string>>;

const LOCALE: Record<Taal, string> = { nl: 'nl-NL', en: 'en-GB' };

const DATUM: Record<Taal, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat(LOCALE.nl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat(LOCALE.en, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/**
 * "23 november 2026" / "23 November 2026": the same text as the engine's `formatDate`. That function
 * takes a `Temporal.PlainDate`, which the site cannot build from the receipt's ISO strings (the engine
 * exports no parser, and the site has no Temporal of its own), so the calendar date is formatted here
 * with Intl at UTC, where a civil date cannot shift.
 */
export function datum(iso: string, taal: Taal): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return DATUM[taal].format(date);
}

export const geld = (bedrag: number, taal: Taal): string => formatMoney(bedrag, taal);

export function getal(n: number, taal: Taal): string {
  return new Intl.NumberFormat(LOCALE[taal]).format(n);
}

/** The icon beside an outcome; the outcome is always written out in words as well. */
export const UITKOMST_ICOON: Record<Outcome, string> = {
  voldoet: '✔',
  'voldoet-niet': '✖',
  onbekend: '?',
  'niet-van-toepassing': '–',
};

/**
 * The icon beside a deadline's status: a clock for one still running (not the question mark of
 * "cannot tell"), a tick or cross once it is known. The status is always written out as well.
 */
export const TERMIJN_ICOON: Record<Deadline['status']['soort'], string> = {
  'op-tijd': '✔',
  'te-laat': '✖',
  loopt: '◷',
  verlopen: '?',
  gemist: '✖',
};

/** The icon beside a step of the backward planning, judged by the user's own dates (`judgePlanning`). */
export const PLANNING_ICOON: Record<PlanningJudgement['soort'], string> = {
  gehaald: '✔',
  'te-laat': '✖',
  voorbij: '–',
  'kan-nog': '◷',
  verstreken: '!',
};

/** The CSS modifier of a deadline or planning step, so that colour follows the same meaning. */
export const TERMIJN_KLASSE: Record<
  Deadline['status']['soort'] | PlanningJudgement['soort'],
  string
> = {
  'op-tijd': 'voldoet',
  gehaald: 'voldoet',
  'te-laat': 'voldoet-niet',
  gemist: 'voldoet-niet',
  loopt: 'onbekend',
  'kan-nog': 'onbekend',
  verlopen: 'onbekend',
  verstreken: 'onbekend',
  voorbij: 'niet-van-toepassing',
};

/** The icon beside a condition's state; the state is always written out as well (`LABELS.voorwaarde`). */
export const VOORWAARDE_ICOON: Record<ConditionState, string> = {
  waar: '✔',
  onwaar: '✖',
  onbekend: '?',
};

/** The columns of a table of deadlines, in the engine's words. */
export const termijnKolommen = (taal: Taal): string[] =>
  (['termijn', 'start', 'duur', 'vervaldatum', 'afgerond', 'stand'] as const).map(
    (kolom) => LABELS.kop[kolom][taal],
  );

/**
 * The answer to a choice field of the plan in words, from the engine's plan fields: the label of the
 * choice, what `null` means for the field, or `onbekend` when the field is not filled in.
 */
export function keuzeWoord(
  pad: string,
  waarde: string | null | undefined,
  onbekend: Woorden,
  taal: Taal,
): string {
  const field = planField(pad);
  if (waarde === undefined) return onbekend[taal];
  if (waarde === null) return (field?.leeg ?? onbekend)[taal];
  return field?.keuzes?.find((keuze) => keuze.waarde === waarde)?.label[taal] ?? waarde;
}
