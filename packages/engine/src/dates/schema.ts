/**
 * The calendar date as files and plans write it. On its own, so that the plan schema (which the
 * browser needs) does not pull in the schemas of the rule files (which it does not).
 */
import { z } from 'zod';
import { withText } from '../rules/issues.ts';

export const IsoDateSchema = z.iso
  .date()
  .meta({ description: 'Een kalenderdatum als JJJJ-MM-DD / A calendar date as YYYY-MM-DD' });

/**
 * The years a plan, a peildatum and a cost period may name. Every date the engine derives from them
 * (a deadline, the SiSa date of the next year) stays a four-digit `YYYY-MM-DD`.
 */
export const SUPPORTED_YEARS = { first: 1900, last: 2200 } as const;
const { first, last } = SUPPORTED_YEARS;

export const isSupportedYear = (year: number): boolean =>
  Number.isInteger(year) && year >= first && year <= last;

/** The date's own year, for a text already known to be `YYYY-MM-DD`. */
const yearOf = (iso: string): number => Number(iso.slice(0, 4));

export const outsideSupportedDates = (value: string): { nl: string; en: string } => ({
  nl: `De datum "${value}" valt buiten de ondersteunde periode: verwacht een datum van ${first}-01-01 tot en met ${last}-12-31.`,
  en: `The date "${value}" is outside the supported period: expected a date from ${first}-01-01 up to and including ${last}-12-31.`,
});

/** The year range as a regular expression, so the published JSON Schema refuses the same years. */
const SUPPORTED_YEAR_PATTERN = '(19\\d\\d|2[01]\\d\\d|2200)';

/** A calendar date in the supported years (1900 to 2200). */
export const SupportedDateSchema = IsoDateSchema.check(
  withText(
    (value: string) => isSupportedYear(yearOf(value)),
    outsideSupportedDates,
    'buiten-bereik',
  ),
).meta({
  description: `Een kalenderdatum als JJJJ-MM-DD, van ${first} tot en met ${last} / A calendar date as YYYY-MM-DD, from ${first} to ${last}`,
  pattern: `^${SUPPORTED_YEAR_PATTERN}-\\d{2}-\\d{2}$`,
});

/** A year in the supported range, as a whole number. */
export const SupportedYearSchema = z
  .number()
  .int()
  .check(
    withText(
      isSupportedYear,
      (value: number) => ({
        nl: `Het jaar ${value} valt buiten de ondersteunde jaren: verwacht een jaar van ${first} tot en met ${last}.`,
        en: `The year ${value} is outside the supported years: expected a year from ${first} up to and including ${last}.`,
      }),
      'buiten-bereik',
    ),
  )
  .meta({ minimum: first, maximum: last });

/** A cost period: a year (`2027`) or a month (`2027-12`) in the supported years. */
export const PeriodSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'verwacht JJJJ of JJJJ-MM / expected YYYY or YYYY-MM')
  .check(
    withText(
      (value: string) => isSupportedYear(yearOf(value)),
      (value: string) => ({
        nl: `De periode "${value}" valt buiten de ondersteunde jaren: verwacht een jaar van ${first} tot en met ${last}.`,
        en: `The period "${value}" is outside the supported years: expected a year from ${first} up to and including ${last}.`,
      }),
      'buiten-bereik',
    ),
  )
  .meta({
    description: `Een jaar (2027) of een maand (2027-12), van ${first} tot en met ${last}`,
    examples: ['2027', '2027-12'],
    pattern: `^${SUPPORTED_YEAR_PATTERN}(-(0[1-9]|1[0-2]))?$`,
  });
