/**
 * The simulator's own words in Dutch (B1) and English: the steps of the form and the events on the
 * timeline. The questions, the labels of choices and what an empty answer means come from the
 * engine's plan fields (`planField`); rule texts and explanations from the rule files.
 */
import type { Text } from '@iza-regels/engine';
import { GEBEURTENIS, type Woorden } from '../tekst.ts';

export type StapId =
  | 'gebeurtenissen'
  | 'plan'
  | 'kosten'
  | 'gemeente'
  | 'onderbouwing'
  | 'snelle-toets'
  | 'transformatieplan'
  | 'samenwerking'
  | 'kpis'
  | 'verantwoording'
  | 'spuk'
  | 'overig';

/** The steps of the form, in order, and the plan paths (exact, or a group ending in a dot) of each. */
export const STAPPEN: ReadonlyArray<{
  readonly id: StapId;
  readonly titel: Text;
  readonly paden: readonly string[];
}> = [
  {
    id: 'gebeurtenissen',
    titel: { nl: 'Wat is er al gebeurd, en wanneer?', en: 'What has happened so far, and when?' },
    paden: ['gebeurtenissen.'],
  },
  {
    id: 'plan',
    titel: { nl: 'Over het plan', en: 'About the plan' },
    paden: [
      'domeinen',
      'landelijk',
      'regio',
      'startdatum',
      'resultatenUiterlijk',
      'pakketKleinereInitiatieven',
    ],
  },
  { id: 'kosten', titel: { nl: 'De kosten', en: 'The costs' }, paden: ['kosten'] },
  { id: 'gemeente', titel: { nl: 'De gemeente', en: 'The municipality' }, paden: ['gemeente.'] },
  {
    id: 'onderbouwing',
    titel: { nl: 'Past het plan in de regio?', en: 'Does the plan fit the region?' },
    paden: ['aansluiting.', 'businesscase.', 'overigeCriteria.'],
  },
  {
    id: 'snelle-toets',
    titel: { nl: 'De snelle toets en de impact', en: 'The quick scan and the impact' },
    paden: [
      'snelleToets.',
      'impact.',
      'kader.impactSubstantieel',
      'kader.impactVoldoende',
      'kader.uitvoeringskracht',
      'kader.opschaalbaarheidBeschreven',
    ],
  },
  {
    id: 'transformatieplan',
    titel: { nl: 'Het transformatieplan', en: 'The transformation plan' },
    paden: ['kader.'],
  },
  {
    id: 'samenwerking',
    titel: { nl: 'Samenwerking en beoordeling', en: 'Cooperation and assessment' },
    paden: ['proces.', 'beoordeling.', 'escalatie.'],
  },
  {
    id: 'kpis',
    titel: { nl: 'KPI’s en betaling', en: 'KPIs and payment' },
    paden: ['kpis.', 'financiering.'],
  },
  {
    id: 'verantwoording',
    titel: { nl: 'Verantwoording', en: 'Accountability' },
    paden: ['verantwoording.'],
  },
  { id: 'spuk', titel: { nl: 'De SPUK-aanvraag', en: 'The SPUK application' }, paden: ['spuk.'] },
  { id: 'overig', titel: { nl: 'Overige vragen', en: 'Other questions' }, paden: [] },
];

const w = (nl: string, en: string): Woorden => ({ nl, en });

/** The events of a plan, for the timeline; the site's table, completed with the early ones. */
export const GEBEURTENISSEN: Readonly<Record<string, Woorden>> = {
  snelleToetsAangekondigd: w('Snelle toets aangekondigd', 'Quick scan announced'),
  snelleToetsIngediend: w('Snelle toets ingediend', 'Quick scan submitted'),
  ...GEBEURTENIS,
  voorgenomenBesluit: w('Voorgenomen besluit over het plan', 'Intended decision on the plan'),
};

export const woordVoor = (tabel: Readonly<Record<string, Woorden>> | undefined, key: string) =>
  tabel?.[key] ?? w(key, key);
