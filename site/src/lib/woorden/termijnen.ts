/** The deadline calculator's own words (components/simulator/Termijnen.tsx). */
import type { Text } from '@iza-regels/engine';

/** The deadline calculator (components/simulator/Termijnen.tsx). */
export const TERMIJNEN = {
  laden: { nl: 'De termijnen worden berekend…', en: 'Calculating the deadlines…' },
  onleesbaar: {
    nl: 'De link kon niet worden gelezen. U begint met lege data.',
    en: 'The link could not be read. You start with empty dates.',
  },
  invoer: { nl: 'Uw data', en: 'Your dates' },
  invoerHulp: {
    nl: 'Vul de data in die u kent. Laat leeg wat nog niet gebeurd is.',
    en: 'Fill in the dates you know. Leave empty what has not happened yet.',
  },
  gebeurtenissen: { nl: 'Gebeurtenissen', en: 'Events' },
  peildatum: {
    nl: 'Peildatum: op welke datum kijkt u?',
    en: 'Reference date: on which date are you looking?',
  },
  peildatumHulp: {
    nl: 'Standaard vandaag. Daarmee ziet u of een termijn nog loopt of al voorbij is.',
    en: 'Today by default. It shows whether a term is still running or has passed.',
  },
  uitkomst: { nl: 'De termijnen', en: 'The deadlines' },
  rekenfout: {
    nl: 'Er ging iets mis bij het berekenen van de termijnen. Probeer het opnieuw of pas een datum aan.',
    en: 'Something went wrong while calculating the deadlines. Try again or change a date.',
  },
  bijgewerkt: { nl: 'Termijnen bijgewerkt', en: 'Deadlines updated' },
  afdrukken: { nl: 'Afdrukken', en: 'Print' },
} satisfies Record<string, Text>;
