/**
 * Money is counted in whole cents: an amount in euro with at most two decimals becomes an exact integer,
 * sums of integers do not depend on their order, and the total in euro is exact to the cent again.
 * Sums are `bigint`, so no number of cost lines can make them inexact.
 */
import { z } from 'zod';
import { withText } from '../rules/issues.ts';

/** The largest amount one field may hold: a thousand billion euro, far above any plan. */
export const MAX_EURO = 1_000_000_000_000;

/** True for an amount in euro with at most two decimals (0.07 yes; 0.075 and 0.1 + 0.2 no). */
export const hasWholeCents = (euro: number): boolean => Math.round(euro * 100) / 100 === euro;

/** Euro with at most two decimals, as exact cents. */
export const toCents = (euro: number): bigint => BigInt(Math.round(euro * 100));

/** Cents back to euro: the nearest number to the exact amount, as JSON writes it (`1234.56`). */
export const fromCents = (cents: bigint): number => Number(cents) / 100;

const MAX_TEXT = { nl: '1.000.000.000.000', en: '1,000,000,000,000' };

/** An amount in euro in a plan: not negative, at most two decimals, at most `MAX_EURO`. */
export const EuroSchema = z
  .number()
  .nonnegative()
  .check(
    withText(
      (euro: number) => euro <= MAX_EURO && hasWholeCents(euro),
      (euro: number) => ({
        nl: `Het bedrag ${euro} kan geen bedrag in euro zijn: verwacht hele centen (hoogstens twee decimalen, bijvoorbeeld 1234.56), van 0 tot en met ${MAX_TEXT.nl}.`,
        en: `The amount ${euro} cannot be an amount in euro: expected whole cents (at most two decimals, for example 1234.56), from 0 up to and including ${MAX_TEXT.en}.`,
      }),
      'geen-bedrag',
    ),
  )
  .meta({ maximum: MAX_EURO, eenheid: 'euro' });
