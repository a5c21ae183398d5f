/**
 * Pages that are the same in both languages apart from their words live once, under
 * `pages/[...taal]/`: Dutch at the root (`/downloads/`), English under `/en/` (`/en/downloads/`).
 */
import type { Taal } from './tekst.ts';

/** The two versions of a page, for `getStaticPaths`: no prefix for Dutch, `en` for English. */
export const beideTalen = (): Array<{
  params: { taal: string | undefined };
  props: { taal: Taal };
}> => [
  { params: { taal: undefined }, props: { taal: 'nl' } },
  { params: { taal: 'en' }, props: { taal: 'en' } },
];

/** The address of a page (given as its Dutch path, `/downloads/`) in a language. */
export const inTaal = (pad: string, taal: Taal): string => (taal === 'en' ? `/en${pad}` : pad);

/** The link to the same page in the other language, for the layout's language switch. */
export function andereTaal(pad: string, taal: Taal): { taal: Taal; href: string; label: string } {
  return taal === 'nl'
    ? { taal: 'en', href: inTaal(pad, 'en'), label: 'English' }
    : { taal: 'nl', href: pad, label: 'Nederlands' };
}
