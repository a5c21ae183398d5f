/**
 * Small pieces of readable text in Dutch and English: dates, durations, deadline status and the
 * outcome labels, shared by the text renderings of `evaluate` and `termijnen`. The words for a
 * receipt's values come from the engine (`LABELS`); only their layout and colour are made here.
 */
import {
  LABELS,
  deadlineStatusText,
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

/** True for a real calendar date written as JJJJ-MM-DD (no 2025-02-30). */
export function isIsoDate(text: string): boolean {
  const date = utcDate(text);
  return date !== undefined && date.toISOString().slice(0, 10) === text;
}

export const money = (amount: number, lang: Language): string => formatMoney(amount, lang);

/** "4 weken" / "4 weeks" for an ISO 8601 duration such as P4W, P4M, P10D. */
export const durationWords = (iso: string, lang: Language): string => durationText(iso)[lang];

/** The status of a deadline on the peildatum, in the engine's words. */
export const statusWords = (status: Deadline['status'], lang: Language): string =>
  deadlineStatusText(status)[lang];

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
  return paint(colour[outcome], LABELS.uitkomst[outcome][lang]);
}

export const SELF_DECLARED: Words = {
  nl: `(${LABELS.kop.zelfVerklaard.nl})`,
  en: `(${LABELS.kop.zelfVerklaard.en})`,
};

/** "C, letterlijk in de brontekst": the letter and the engine's words for it. */
export const certaintyWords = (certainty: Certainty, lang: Language): string =>
  `${certainty}, ${LABELS.zekerheid[certainty][lang]}`;

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
