/**
 * The simulator's own words in Dutch (B1) and English: step titles, the labels of choices, and a few
 * questions for fields the FACTS catalogue asks about together with another field. Questions, rule
 * texts and explanations come from the engine and the rule files, not from here.
 */
import type { Text } from '@iza-regels/engine';
import { AARD, DOMEIN, FINANCIERING, GEBEURTENIS, type Woorden } from '../tekst.ts';

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

/** Fields whose catalogue question covers two fields at once get a question of their own. */
export const VRAAG: Readonly<Record<string, Text>> = {
  'verantwoording.ontvangen': {
    nl: 'Hoeveel transformatiemiddelen zijn ontvangen?',
    en: 'How much transformation money was received?',
  },
  'verantwoording.werkelijkeKosten': {
    nl: 'Wat waren de werkelijke kosten van de transformatie?',
    en: 'What were the actual costs of the transformation?',
  },
  startdatum: {
    nl: 'Wanneer begint de uitvoering van het plan?',
    en: 'When does the execution of the plan start?',
  },
  resultatenUiterlijk: {
    nl: 'Wanneer zijn de afspraken uiterlijk gerealiseerd?',
    en: 'By when will the agreements be realised?',
  },
  regio: {
    nl: 'Uit welke (mandaat)regio komt het plan?',
    en: 'Which (mandate) region does the plan come from?',
  },
  'beoordeling.regiocoordinatorRegio': {
    nl: 'Uit welke (mandaat)regio komt de regiocoördinator die het plan beoordeelt?',
    en: 'Which (mandate) region is the regional coordinator who assesses the plan from?',
  },
  'spuk.vroegsteKostenjaar': {
    nl: 'Vanaf welk jaar vraagt de gemeente kosten aan?',
    en: 'From which year does the municipality claim costs?',
  },
};

const w = (nl: string, en: string): Woorden => ({ nl, en });

/** Labels of the choices of a field, by its path. A value without a label is shown as it is. */
export const KEUZE: Readonly<Record<string, Readonly<Record<string, Woorden>>>> = {
  domeinen: DOMEIN,
  'kosten[].domein': DOMEIN,
  'kosten[].aard': AARD,
  'kosten[].financiering': FINANCIERING,
  'gemeente.deelname': {
    deelnemer: w('de gemeente neemt deel', 'the municipality takes part'),
    intentie: w('de gemeente is van plan mee te doen', 'the municipality intends to take part'),
    geen: w('er doet geen gemeente mee', 'no municipality takes part'),
  },
  'proces.karakter': {
    innovatie: w('een innovatie', 'an innovation'),
    opschaling: w('een opschaling', 'a scale-up'),
  },
  'verantwoording.kostenregistratie': {
    grootboekrekening: w('op een eigen grootboekrekening', 'in a separate ledger account'),
    kostenplaats: w('op een eigen kostenplaats', 'in a separate cost centre'),
    anders: w('op een andere manier', 'in another way'),
  },
  'verantwoording.oplossingTekort': {
    'plan-bijstellen': w('het plan bijstellen', 'adjust the plan'),
    'extra-middelen': w('extra geld zoeken', 'find extra money'),
    'deels-beeindigen': w('een deel van het plan stoppen', 'stop part of the plan'),
  },
  'spuk.aanvrager': {
    gemeente: w('een gemeente', 'a municipality'),
    penvoerder: w('een penvoerder namens meer gemeenten', 'a lead municipality for several'),
    anders: w('een ander', 'someone else'),
  },
  'impact.criteria': {
    zorggebruik: w('zorggebruik', 'use of care'),
    herverdeling: w('herverdeling van zorg', 'redistribution of care'),
    personeel: w('personeel', 'staff'),
    vastgoed: w('vastgoed', 'real estate'),
  },
};

/** What `null` means for a field; dates default to "not happened yet". */
export const LEEG: Readonly<Record<string, Woorden>> = {
  'kosten[].aard': w(
    'niet gesplitst in incidenteel en structureel',
    'not split into incidental and structural',
  ),
  'proces.karakter': w('nog niet vastgesteld', 'not yet determined'),
  'verantwoording.kostenregistratie': w(
    'er is geen kostenregistratie',
    'there is no cost registration',
  ),
  'verantwoording.oplossingTekort': w('nog geen oplossing gekozen', 'no solution chosen yet'),
  'beoordeling.regiocoordinatorRegio': w(
    'er is geen regiocoördinator',
    'there is no regional coordinator',
  ),
  'spuk.verleend': w('(nog) niet verleend', 'not (yet) awarded'),
};
export const LEEG_DATUM = w('Nog niet gebeurd', 'Has not happened yet');

/** The events of a plan, for the timeline; the site's table, completed with the early ones. */
export const GEBEURTENISSEN: Readonly<Record<string, Woorden>> = {
  snelleToetsAangekondigd: w('Snelle toets aangekondigd', 'Quick scan announced'),
  snelleToetsIngediend: w('Snelle toets ingediend', 'Quick scan submitted'),
  ...GEBEURTENIS,
  voorgenomenBesluit: w('Voorgenomen besluit over het plan', 'Intended decision on the plan'),
};

export const woordVoor = (tabel: Readonly<Record<string, Woorden>> | undefined, key: string) =>
  tabel?.[key] ?? w(key, key);
