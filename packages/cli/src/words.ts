/**
 * Small pieces of readable text in Dutch and English: dates, durations, day counts, deadline status
 * and the outcome labels, shared by the text renderings of `evaluate` and `termijnen`.
 */
import {
  OUTCOME_LABEL,
  durationText,
  formatDate,
  formatMoney,
  type Certainty,
  type Deadline,
  type Outcome,
} from '@iza-regels/engine';
import type { Language } from './args.ts';
import type { Paint } from './style.ts';

export type Words = Readonly<Record<Language, string>>;

/** Pick the text in the chosen language. */
export const say = (lang: Language, words: Words): string => words[lang];

const WEEKDAY_FORMAT: Record<Language, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { weekday: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }),
};

function utcDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date;
}

/** "28 februari 2026" / "28 February 2026", by the engine; anything that is not a date stays as is. */
export function formatIsoDate(iso: string, lang: Language): string {
  try {
    return formatDate(iso, lang);
  } catch {
    return iso;
  }
}

export function weekday(iso: string, lang: Language): string {
  const date = utcDate(iso);
  return date ? WEEKDAY_FORMAT[lang].format(date) : '';
}

/** True for a real calendar date written as JJJJ-MM-DD (no 2025-02-30). */
export function isIsoDate(text: string): boolean {
  const date = utcDate(text);
  return date !== undefined && date.toISOString().slice(0, 10) === text;
}

export const money = (amount: number, lang: Language): string => formatMoney(amount, lang);

export function dagen(count: number, lang: Language): string {
  if (lang === 'nl') return `${count} ${count === 1 ? 'dag' : 'dagen'}`;
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

/** "4 weken" / "4 weeks" for an ISO 8601 duration such as P4W, P4M, P10D. */
export const durationWords = (iso: string, lang: Language): string => durationText(iso)[lang];

/** The status of a deadline on the peildatum, in words. */
export function statusWords(status: Deadline['status'], lang: Language): string {
  const n = status.dagen;
  switch (status.soort) {
    case 'op-tijd':
      if (n === 0)
        return say(lang, {
          nl: 'op tijd (op de vervaldatum zelf)',
          en: 'on time (on the due date itself)',
        });
      return say(lang, {
        nl: `op tijd (${dagen(n, 'nl')} vóór de vervaldatum)`,
        en: `on time (${dagen(n, 'en')} before the due date)`,
      });
    case 'te-laat':
      return say(lang, { nl: `te laat met ${dagen(n, 'nl')}`, en: `late by ${dagen(n, 'en')}` });
    case 'loopt':
      if (n === 0)
        return say(lang, {
          nl: 'loopt nog, vandaag is de laatste dag',
          en: 'still running, today is the last day',
        });
      return say(lang, {
        nl: `loopt nog, nog ${dagen(n, 'nl')}`,
        en: `still running, ${dagen(n, 'en')} left`,
      });
    case 'verlopen':
      return say(lang, {
        nl: `verlopen sinds ${dagen(n, 'nl')} (geen datum van afronding bekend)`,
        en: `expired ${dagen(n, 'en')} ago (no completion date known)`,
      });
    case 'gemist':
      return say(lang, {
        nl: `gemist: niet gebeurd, de vervaldatum is ${dagen(n, 'nl')} voorbij`,
        en: `missed: not done, the due date passed ${dagen(n, 'en')} ago`,
      });
  }
}

export const statusColour = (status: Deadline['status']['soort']): Parameters<Paint>[0] =>
  status === 'op-tijd'
    ? 'green'
    : status === 'te-laat' || status === 'verlopen' || status === 'gemist'
      ? 'red'
      : 'yellow';

export function outcomeLabel(outcome: Outcome, lang: Language, paint: Paint): string {
  const colour: Record<Outcome, Parameters<Paint>[0]> = {
    voldoet: 'green',
    'voldoet-niet': 'red',
    onbekend: 'yellow',
    'niet-van-toepassing': 'dim',
  };
  return paint(colour[outcome], OUTCOME_LABEL[outcome][lang]);
}

export const SELF_DECLARED: Words = { nl: '(zelf verklaard)', en: '(self-declared)' };

export const CERTAINTY: Readonly<Record<Certainty, Words>> = {
  C: { nl: 'C, letterlijk in de brontekst', en: 'C, verbatim in the source text' },
  H: { nl: 'H, officiële secundaire bron', en: 'H, official secondary source' },
  M: { nl: 'M, pers of samenvatting', en: 'M, press or summary' },
  A: { nl: 'A, aanname die een besluit vraagt', en: 'A, assumption that needs a decision' },
};

/** A quoted source text on one line, cut at a word boundary after about `max` characters. */
export function quote(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `“${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…”`;
}

/** Indent every line of a block by `depth` spaces. */
export const indent = (lines: readonly string[], depth: number): string[] =>
  lines.map((line) => (line === '' ? line : ' '.repeat(depth) + line));
