/**
 * The words of both islands' forms: the steps and cost lines of the simulator, the events of a plan,
 * and what an island says when it cannot load or read its link.
 */
import type { Text } from '@iza-regels/engine';
import type { Woorden } from '../tekst.ts';
import { ALGEMEEN } from './algemeen.ts';

/** The cost lines in the simulator's form (components/simulator/Kosten.tsx). */
export const KOSTEN = {
  uitleg: {
    nl: 'Zet elke soort kosten op een eigen regel, zoals in de begroting van het plan.',
    en: 'Put each kind of cost on a line of its own, as in the budget of the plan.',
  },
  geen: {
    nl: 'Er zijn nog geen kostenregels. Zolang die er niet zijn, is het antwoord nog niet te zeggen.',
    en: 'There are no cost lines yet. Until there are, the answer cannot be given.',
  },
  omschrijvingHulp: {
    nl: 'Bijvoorbeeld: sociaal werker in de wijk',
    en: 'For example: social worker in the neighbourhood',
  },
  periode: { nl: 'Jaar of maand', en: 'Year or month' },
  periodeHulp: { nl: 'Bijvoorbeeld 2027 of 2027-12', en: 'For example 2027 or 2027-12' },
  bedrag: { nl: 'Bedrag in euro', en: 'Amount in euros' },
  rij: { nl: 'rij', en: 'row' },
  rijErbij: { nl: 'Nog een jaar of maand toevoegen', en: 'Add another year or month' },
  rijWeg: { nl: 'Verwijder deze rij', en: 'Remove this row' },
  toevoegen: { nl: 'Kostenregel toevoegen', en: 'Add a cost line' },
  verwijderen: { nl: 'Verwijder kostenregel', en: 'Remove cost line' },
} satisfies Record<string, Text>;

/** When the engine could not be loaded (components/simulator/Laadstatus.tsx). */
export const LAADFOUT: Text = {
  nl: 'De regels konden niet worden geladen. Probeer de pagina opnieuw te laden.',
  en: 'The rules could not be loaded. Try reloading the page.',
};

/** Part of a link an island could not use (components/simulator/LinkMelding.tsx). */
export const GENEGEERD: Text = {
  nl: 'Een deel van de link kennen we niet; dat is overgeslagen:',
  en: 'Part of the link is unknown to us; it was skipped:',
};

/** The steps of the simulator's form and the events of a plan (lib/simulator). */
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

/** The events of a plan that the site names (lib/tekst.ts). */
export const GEBEURTENIS: Readonly<Record<string, Woorden>> = {
  snelleToetsCompleetOntvangen: {
    nl: 'Snelle toets compleet ontvangen',
    en: 'Complete quick scan received',
  },
  snelleToetsGoedgekeurd: { nl: 'Snelle toets goedgekeurd', en: 'Quick scan approved' },
  planIngediend: { nl: 'Transformatieplan ingediend', en: 'Transformation plan submitted' },
  planCompleetOntvangen: {
    nl: 'Transformatieplan compleet ontvangen',
    en: 'Complete transformation plan received',
  },
  planGoedgekeurd: { nl: 'Transformatieplan goedgekeurd', en: 'Transformation plan approved' },
};

/** The events of a plan, for the timeline and the plan on the home page; the early ones as well. */
export const GEBEURTENISSEN: Readonly<Record<string, Woorden>> = {
  snelleToetsAangekondigd: { nl: 'Snelle toets aangekondigd', en: 'Quick scan announced' },
  snelleToetsIngediend: { nl: 'Snelle toets ingediend', en: 'Quick scan submitted' },
  ...GEBEURTENIS,
  voorgenomenBesluit: {
    nl: 'Voorgenomen besluit over het plan',
    en: 'Intended decision on the plan',
  },
};

export const woordVoor = (tabel: Readonly<Record<string, Woorden>> | undefined, key: string) =>
  tabel?.[key] ?? { nl: key, en: key };

/** What is wrong with an answer in the simulator's form (lib/simulator/toestand.ts). */
export const INVOER = {
  getal: { nl: 'Vul een getal in van 0 of meer.', en: 'Enter a number of 0 or more.' },
  heelGetal: { nl: 'Vul een heel getal in.', en: 'Enter a whole number.' },
  datum: { nl: 'Dit is geen datum.', en: 'This is not a date.' },
  periode: {
    nl: 'Vul een jaar in (2027) of een maand (2027-12).',
    en: 'Enter a year (2027) or a month (2027-12).',
  },
  bedrag: { nl: 'Vul een bedrag in van 0 of meer.', en: 'Enter an amount of 0 or more.' },
  geenBedragen: (nummer: number): Text => ({
    nl: `Kostenregel ${nummer} telt nog niet mee: vul minstens één jaar met een bedrag in.`,
    en: `Cost line ${nummer} does not count yet: enter at least one year with an amount.`,
  }),
};

/** One field of a form (components/simulator/Veld.tsx). */
export const VELD = {
  ja: { nl: 'Ja', en: 'Yes' },
  nee: { nl: 'Nee', en: 'No' },
  weetNiet: { nl: 'Weet ik niet', en: 'I don’t know' },
  geenVanDeze: { nl: 'Geen van deze', en: 'None of these' },
  datum: ALGEMEEN.datum,
  zelf: {
    nl: 'Dit is uw eigen oordeel. De uitslag noemt het ‘zelf verklaard’.',
    en: 'This is your own judgement. The result calls it ‘self-declared’.',
  },
  euro: { nl: 'Bedrag in euro, bijvoorbeeld 12.500', en: 'Amount in euros, for example 12,500' },
  jaar: { nl: 'Een jaartal, bijvoorbeeld 2026', en: 'A year, for example 2026' },
  gelezen: { nl: 'Gelezen als', en: 'Read as' },
} satisfies Record<string, Text>;
