/**
 * Small texts of the site in Dutch (B1) and English, and the formatting of the receipt's values.
 * Outcome labels, explanations and money come from the engine; only the page's own words live here.
 */
import { formatMoney, type Certainty, type Deadline, type Outcome } from '@iza-regels/engine';

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

export function dagen(n: number, taal: Taal): string {
  const woord = taal === 'nl' ? (n === 1 ? 'dag' : 'dagen') : n === 1 ? 'day' : 'days';
  return `${getal(n, taal)} ${woord}`;
}

/** "4 weken" / "4 weeks" for an ISO 8601 duration such as P4W, P4M or P10D. */
export function duur(iso: string, taal: Taal): string {
  const match = /^P(\d+)([WMD])$/.exec(iso);
  if (!match) return iso;
  const n = Number(match[1]);
  const units: Record<string, Record<Taal, [string, string]>> = {
    W: { nl: ['week', 'weken'], en: ['week', 'weeks'] },
    M: { nl: ['maand', 'maanden'], en: ['month', 'months'] },
    D: { nl: ['dag', 'dagen'], en: ['day', 'days'] },
  };
  const [een, meer] = units[match[2] ?? 'D']?.[taal] ?? ['', ''];
  return `${n} ${n === 1 ? een : meer}`;
}

/** The icon beside an outcome; the outcome is always written out in words as well. */
export const UITKOMST_ICOON: Record<Outcome, string> = {
  voldoet: '✔',
  'voldoet-niet': '✖',
  onbekend: '?',
  'niet-van-toepassing': '–',
};

export type Status = 'waar' | 'onwaar' | 'onbekend';

export const STATUS: Record<Status, { icoon: string } & Woorden> = {
  waar: { icoon: '✔', nl: 'klopt', en: 'true' },
  onwaar: { icoon: '✖', nl: 'klopt niet', en: 'not true' },
  onbekend: { icoon: '?', nl: 'onbekend', en: 'unknown' },
};

export const ZEKERHEID: Record<Certainty, Woorden> = {
  C: { nl: 'letterlijk in de brontekst', en: 'literally in the source text' },
  H: { nl: 'uit een officiële andere bron', en: 'from an official secondary source' },
  M: { nl: 'uit de pers of een samenvatting', en: 'from the press or a summary' },
  A: { nl: 'een aanname die een besluit vraagt', en: 'an assumption that needs a decision' },
};

export function termijnStatus(status: Deadline['status'], taal: Taal): string {
  const n = dagen(status.dagen, taal);
  switch (status.soort) {
    case 'op-tijd':
      return taal === 'nl'
        ? status.dagen === 0
          ? 'op tijd (op de laatste dag)'
          : `op tijd (${n} voor de uiterste datum)`
        : status.dagen === 0
          ? 'on time (on the last day)'
          : `on time (${n} before the due date)`;
    case 'te-laat':
      return taal === 'nl'
        ? `te laat (${n} na de uiterste datum)`
        : `late (${n} after the due date)`;
    case 'loopt':
      return taal === 'nl' ? `loopt nog (nog ${n})` : `running (${n} left)`;
    case 'verlopen':
      return taal === 'nl'
        ? `verlopen (${n} geleden), nog geen datum ingevuld`
        : `passed (${n} ago), no date filled in yet`;
    case 'gemist':
      return taal === 'nl'
        ? `gemist: niet gebeurd, de uiterste datum is ${n} voorbij`
        : `missed: not done, the due date passed ${n} ago`;
  }
}

/** The outcome of a deadline's status, for its icon and colour. */
export function termijnUitkomst(status: Deadline['status']): Outcome {
  switch (status.soort) {
    case 'op-tijd':
      return 'voldoet';
    case 'te-laat':
    case 'gemist':
      return 'voldoet-niet';
    case 'loopt':
    case 'verlopen':
      return 'onbekend';
  }
}

export const DOMEIN: Record<string, Woorden> = {
  zorg: { nl: 'zorg', en: 'health care' },
  sociaal: { nl: 'sociaal domein', en: 'social domain' },
  wlz: { nl: 'Wet langdurige zorg', en: 'long-term care (Wlz)' },
};

export const AARD: Record<string, Woorden> = {
  incidenteel: { nl: 'incidenteel (eenmalig)', en: 'one-off' },
  structureel: { nl: 'structureel (blijvend)', en: 'structural (ongoing)' },
};

export const FINANCIERING: Record<string, Woorden> = {
  spuk: { nl: 'via de SPUK (gemeente)', en: 'through the SPUK (municipality)' },
  zorgverzekeraar: { nl: 'via de zorgverzekeraar', en: 'through the health insurer' },
  zorgkantoor: { nl: 'via het zorgkantoor', en: 'through the care office' },
  gemeente: { nl: 'eigen geld van de gemeente', en: "the municipality's own money" },
  overig: { nl: 'anders', en: 'other' },
};

export const GEBEURTENIS: Record<string, Woorden> = {
  snelleToetsCompleetOntvangen: {
    nl: 'Snelle toets compleet ontvangen',
    en: 'Complete quick scan received',
  },
  snelleToetsGoedgekeurd: { nl: 'Snelle toets goedgekeurd', en: 'Quick scan approved' },
  planIngediend: { nl: 'Transformatieplan ingediend', en: 'Transformation plan submitted' },
  planCompleetOntvangen: {
    nl: 'Transformatieplan compleet ontvangen',
    en: 'Complete transformation plan received',
  },
  planGoedgekeurd: { nl: 'Transformatieplan goedgekeurd', en: 'Transformation plan approved' },
};

/** Pick the word in a language, or the key itself when a table has no entry. */
export function woord(tabel: Readonly<Record<string, Woorden>>, sleutel: string, taal: Taal) {
  return tabel[sleutel]?.[taal] ?? sleutel;
}
