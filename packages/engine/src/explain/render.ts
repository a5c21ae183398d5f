/**
 * Fill explanation templates from the rule files. Templates are fixed text written by people; the
 * engine only fills in `{name}` placeholders with dates, amounts and numbers formatted per language.
 */
import { parseDate, type PlainDate } from '../dates/calendar.ts';
import type { Text } from '../rules/schema.ts';

export type Placeholder =
  string | number | { readonly datum: PlainDate } | { readonly bedrag: number } | Text;

export type Language = 'nl' | 'en';
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

// Formatters are costly to build; one per language, made once.
const numbers = { nl: new Intl.NumberFormat(LOCALES.nl), en: new Intl.NumberFormat(LOCALES.en) };
const lists = {
  nl: new Intl.ListFormat(LOCALES.nl, { style: 'long', type: 'conjunction' }),
  en: new Intl.ListFormat(LOCALES.en, { style: 'long', type: 'conjunction' }),
};

const money = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

export const MONTHS: Record<Language, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * "31 december 2026" / "31 December 2026". Written out from the civil date's own fields: no time zone
 * can shift it, and no `Intl.DateTimeFormat` is built per call (that dominated evaluation time).
 */
export function formatDate(date: PlainDate | string, language: Language): string {
  const civil = typeof date === 'string' ? parseDate(date) : date;
  return `${civil.day} ${MONTHS[language][civil.month - 1] ?? ''} ${civil.year}`;
}

export const formatMoney = (amount: number, language: Language): string =>
  money[language].format(amount);

function format(value: Placeholder, language: Language): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numbers[language].format(value);
  if ('datum' in value) return formatDate(value.datum, language);
  if ('bedrag' in value) return formatMoney(value.bedrag, language);
  return value[language];
}

const PLACEHOLDER = /\{([\w.-]+)\}/;

// A template split at its placeholders, once per distinct text: plain text at even indexes, names at
// odd ones. Templates come from the rule set, so they are few; bounded for a stream of rule sets.
const splitTemplates = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = splitTemplates.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER);
    if (splitTemplates.size >= 10_000) splitTemplates.clear();
    splitTemplates.set(template, parts);
  }
  return parts;
}

/** Whether a text has a placeholder to fill, in either language. */
export const hasPlaceholder = (template: Text): boolean =>
  partsOf(template.nl).length > 1 || partsOf(template.en).length > 1;

function fillOne(
  template: string,
  values: Readonly<Record<string, Placeholder>>,
  language: Language,
  extra: Readonly<Record<string, Placeholder>> | undefined,
): string {
  const parts = partsOf(template);
  if (parts.length === 1) return template;
  let text = parts[0] ?? '';
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] ?? '';
    const value = extra !== undefined && name in extra ? extra[name] : values[name];
    const filled = value === undefined ? '' : format(value, language);
    text += (filled === '' ? `{${name}}` : filled) + (parts[index + 1] ?? '');
  }
  return text;
}

/**
 * Replace `{name}` by its value, from `extra` before `values` (a cost line's description over the
 * receipt's values, without copying them). An unknown or empty value leaves the placeholder visible rather than
 * vanishing into a sentence with a hole ("Voor  weten we…"), so tests and readers can see it.
 */
export function fill(
  template: Text,
  values: Readonly<Record<string, Placeholder>>,
  extra?: Readonly<Record<string, Placeholder>>,
): Text {
  return {
    nl: fillOne(template.nl, values, 'nl', extra),
    en: fillOne(template.en, values, 'en', extra),
  };
}

/** "4 weken" / "4 weeks" for an ISO duration. */
export function durationText(iso: string): Text {
  const match = /^P(\d+)([WMD])$/.exec(iso);
  if (!match) return { nl: iso, en: iso };
  const amount = Number(match[1]);
  const units: Record<string, [string, string, string, string]> = {
    W: ['week', 'weken', 'week', 'weeks'],
    M: ['maand', 'maanden', 'month', 'months'],
    D: ['dag', 'dagen', 'day', 'days'],
  };
  const [nlOne, nlMany, enOne, enMany] = units[match[2] ?? 'D'] ?? ['', '', '', ''];
  return {
    nl: `${amount} ${amount === 1 ? nlOne : nlMany}`,
    en: `${amount} ${amount === 1 ? enOne : enMany}`,
  };
}

// The same few lists (the plan's cost lines, rule ids) are joined for many rules of a receipt, and
// Intl.ListFormat is slow; joined once per language, bounded for a stream of plans.
const joinedLists = { nl: new Map<string, string>(), en: new Map<string, string>() };

export function joinList(items: readonly string[], language: Language): string {
  if (items.length < 2) return items[0] ?? '';
  const key = items.join('\u0000');
  const joined = joinedLists[language];
  let text = joined.get(key);
  if (text === undefined) {
    text = lists[language].format(items);
    if (joined.size >= 10_000) joined.clear();
    joined.set(key, text);
  }
  return text;
}
