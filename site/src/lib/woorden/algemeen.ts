/** Words that more than one area uses: the shared words, the menu, a quoted clause. */
import type { Text } from '@iza-regels/engine';

const BRON: Text = { nl: 'Bron', en: 'Source' };
const REGELS: Text = { nl: 'Regels', en: 'Rules' };

/** Words that more than one area uses. */
export const ALGEMEEN = {
  bron: BRON,
  regels: REGELS,
  totEnMet: { nl: 'tot en met', en: 'up to and including' },
  uitersteDatum: { nl: 'uiterste datum', en: 'due date' },
  tijdlijn: { nl: 'Tijdlijn', en: 'Timeline' },
  hash: { nl: 'Vingerafdruk van de regels', en: 'Fingerprint of the rules' },
  bestand: { nl: 'Bestand', en: 'File' },
  datum: { nl: 'Datum', en: 'Date' },
  wat: { nl: 'Wat', en: 'What' },
} satisfies Record<string, Text>;

/** The menu and the footer menu of every page (layouts/Pagina.astro). */
export const MENU = {
  home: { nl: 'Home', en: 'Home' },
  simulator: { nl: 'Simulator', en: 'Simulator' },
  regels: REGELS,
  downloads: { nl: 'Downloads', en: 'Downloads' },
  wijzigingen: { nl: 'Wijzigingen', en: 'Changes' },
  over: { nl: 'Over', en: 'About' },
  privacy: { nl: 'Privacy', en: 'Privacy' },
  toegankelijkheid: { nl: 'Toegankelijkheid', en: 'Accessibility' },
} satisfies Record<string, Text>;

/** A quoted clause (ui/Citaat.tsx) and the source line of a condition. */
export const CITAAT = {
  bron: BRON,
  samenvatting: { nl: 'Samenvatting', en: 'Summary' },
  geenCitaat: {
    nl: 'van de bron, geen letterlijke tekst:',
    en: 'of the source, not the literal text:',
  },
  zieBoven: { nl: 'zie het citaat hierboven', en: 'see the quotation above' },
} satisfies Record<string, Text>;
