/**
 * Fill explanation templates from the rule files. Templates are fixed text written by people; the
 * engine only fills in `{name}` placeholders with dates, amounts and numbers formatted per language.
 */
import type { PlainDate } from '../dates/calendar.ts';
import type { Text } from '../rules/schema.ts';

export type Placeholder =
  string | number | { readonly datum: PlainDate } | { readonly bedrag: number } | Text;

export type Language = 'nl' | 'en';
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const money = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

export function formatDate(date: PlainDate, language: Language): string {
  return date.toLocaleString(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric' });
}

export const formatMoney = (amount: number, language: Language): string =>
  money[language].format(amount);

function format(value: Placeholder, language: Language): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return new Intl.NumberFormat(LOCALES[language]).format(value);
  if ('datum' in value) return formatDate(value.datum, language);
  if ('bedrag' in value) return formatMoney(value.bedrag, language);
  return value[language];
}

/** Replace `{name}` by its value; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: Text, values: Readonly<Record<string, Placeholder>>): Text {
  const one = (language: Language): string =>
    template[language].replace(/\{([\w.-]+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : format(value, language);
    });
  return { nl: one('nl'), en: one('en') };
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

export function joinList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(
    items,
  );
}
