/**
 * Civil dates in the browser: Temporal (the browser's own, or the engine's polyfill where there is
 * none; see site/vite/temporal.ts), never `Date` arithmetic.
 */
import { Temporal } from 'temporal-polyfill';

/** Today in the Netherlands, whatever the time zone of the visitor's computer. */
export const vandaag = (): string => Temporal.Now.plainDateISO('Europe/Amsterdam').toString();

export function isGeldigeDatum(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  try {
    Temporal.PlainDate.from(iso, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/** Whole days from `a` to `b`; negative when `b` lies before `a`. */
export const dagenTussen = (a: string, b: string): number =>
  Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days;

export const plusDagen = (iso: string, dagen: number): string =>
  Temporal.PlainDate.from(iso).add({ days: dagen }).toString();

/** 1 January of every year from the year of `van` up to and including the year of `tot`. */
export function jaarGrenzen(van: string, tot: string): string[] {
  const first = Temporal.PlainDate.from(van).year;
  const last = Temporal.PlainDate.from(tot).year;
  const years: string[] = [];
  for (let year = first; year <= last + 1; year++)
    years.push(Temporal.PlainDate.from({ year, month: 1, day: 1 }).toString());
  return years;
}
