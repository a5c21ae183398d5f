/**
 * The words of a result, fetched with it: the simulator's answers and the deadline calculator's
 * result. The words of a receipt itself come from the engine.
 */
import type { Text } from '@iza-regels/engine';
import { ALGEMEEN } from './algemeen.ts';

/** The answers of a receipt (components/simulator/Antwoorden.tsx). */
export const ANTWOORDEN = {
  ontbreektIntro: {
    nl: 'Beantwoord deze vragen, dan kan het antwoord komen:',
    en: 'Answer these questions, and the answer can follow:',
  },
  anders: { nl: 'Wat zou het antwoord veranderen?', en: 'What would change the answer?' },
  redenen: { nl: 'Waarom?', en: 'Why?' },
  wachtIntro: {
    nl: 'Dit is nog niet gebeurd. Gebeurt het op tijd, dan kan het antwoord ja worden:',
    en: 'This has not happened yet. If it happens in time, the answer can become yes:',
  },
  lezing: { nl: 'In de lezing', en: 'In the reading' },
  termijnWordt: { nl: 'de uiterste datum wordt', en: 'the due date becomes' },
  inPlaatsVan: { nl: 'in plaats van', en: 'instead of' },
  geenDatum: { nl: 'geen datum', en: 'no date' },
  waarom: { nl: 'Waarom? De regels bij deze vraag', en: 'Why? The rules for this question' },
  advies: { nl: 'advies: telt niet mee', en: 'advice: does not count' },
  geldt: { nl: 'De regel geldt als:', en: 'The rule applies if:' },
  voorwaarden: { nl: 'Voorwaarden:', en: 'Conditions:' },
  bronnen: { nl: 'Bron van deze regel:', en: 'Source of this rule:' },
  regelPagina: { nl: 'Lees de hele regel', en: 'Read the whole rule' },
  uitzondering: {
    nl: 'Normaal niet toegestaan. De uitzondering van het Addendum:',
    en: 'Normally not allowed. The exception of the Addendum:',
  },
  metUitzondering: {
    nl: 'Uitkomst voor deze kostenregel, met de uitzondering:',
    en: 'Outcome for this cost line, with the exception:',
  },
  bedragenCaption: {
    nl: 'Structurele kosten in het sociaal domein uit transformatiemiddelen, per jaar',
    en: 'Structural social-domain costs from transformation funds, per year',
  },
  naEinde: {
    nl: 'Kosten na {datum}: {bedrag}. Volgens de letterlijke tekst mogen die niet uit transformatiemiddelen worden betaald.',
    en: 'Costs after {datum}: {bedrag}. By the literal text, these may not be paid from transformation funds.',
  },
  gedektMetVariant: {
    nl: 'mag uit transformatiemiddelen in totaal',
    en: 'may be paid from transformation funds in total',
  },
} satisfies Record<string, Text>;

/** What a receipt was made from (components/simulator/SimulatorUitslag.tsx). */
export const SIMULATOR_UITSLAG = {
  over: { nl: 'Over deze uitslag', en: 'About this result' },
  invoerHash: { nl: 'Vingerafdruk van uw gegevens', en: 'Fingerprint of your details' },
  gekozenLezingen: { nl: 'Gekozen lezingen', en: 'Chosen readings' },
  letterlijk: { nl: 'geen: de letterlijke tekst', en: 'none: the literal text' },
  geenBesluit: { nl: 'Dit is geen besluit.', en: 'This is not a decision.' },
} satisfies Record<string, Text>;

/** The result of the deadline calculator (components/simulator/TermijnenUitslag.tsx). */
export const TERMIJNEN_UITSLAG = {
  caption: { nl: 'Reactietermijnen op de peildatum', en: 'Reaction times on the reference date' },
  doel: ALGEMEEN.wat,
  doeldatum: { nl: 'Om te halen', en: 'To meet' },
  feestdagen: {
    nl: 'Let op: de feestdagen van dit jaar ontbreken in de tabel:',
    en: 'Note: the public holidays of this year are missing from the table:',
  },
  geenBesluit: {
    nl: 'Dit is een hulpmiddel, geen besluit.',
    en: 'This is an aid, not a decision.',
  },
  geenTermijnen: {
    nl: 'Er lopen nog geen termijnen. Een termijn begint bij een gebeurtenis: vul die datum in.',
    en: 'No deadlines are running yet. A deadline starts with an event: fill in its date.',
  },
  ja: { nl: 'ja', en: 'yes' },
  nee: { nl: 'nee', en: 'no' },
  nogNiet: { nl: 'nog niet', en: 'not yet' },
  over: { nl: 'Over deze berekening', en: 'About this calculation' },
  planningCaption: {
    nl: 'Wanneer moet wat binnen zijn om een datum te halen?',
    en: 'When must what be in to meet a date?',
  },
  uiterlijk: { nl: 'Uiterlijk op', en: 'At the latest on' },
  uitleg: { nl: 'Uitleg per termijn', en: 'Explanation per deadline' },
  verschoven: {
    nl: 'Verschoven van {datum}, omdat deze dagen geen werkdag zijn:',
    en: 'Moved from {datum}, because these days are not working days:',
  },
} satisfies Record<string, Text>;

/** The timeline of a result (components/simulator/Tijdlijn.tsx). */
export const TIJDLIJN = {
  titel: ALGEMEEN.tijdlijn,
  beschrijving: {
    nl: 'De gebeurtenissen, termijnen en vaste data op een tijdlijn. De tabel hieronder geeft dezelfde data.',
    en: 'The events, deadlines and fixed dates on a timeline. The table below gives the same dates.',
  },
  leeg: {
    nl: 'Nog geen data om te tekenen. Vul data in bij de gebeurtenissen.',
    en: 'No dates to draw yet. Fill in the dates of the events.',
  },
  caption: {
    nl: 'Alle data van de tijdlijn, op volgorde',
    en: 'All dates of the timeline, in order',
  },
  datum: ALGEMEEN.datum,
  wat: ALGEMEEN.wat,
  gebeurd: { nl: 'gebeurd', en: 'happened' },
  naPeildatum: { nl: 'na de peildatum', en: 'after the reference date' },
  begint: { nl: 'Termijn begint', en: 'Term starts' },
  afgerond: { nl: 'Gebeurd', en: 'Happened' },
  kalender: {
    nl: 'schoof door van',
    en: 'moved from',
  },
  uiterlijk: { nl: 'Dien uiterlijk in', en: 'Submit at the latest' },
  vast: { nl: 'vaste datum uit de regels', en: 'fixed date from the rules' },
  nog: { nl: 'nog {dagen}', en: '{dagen} left' },
  voorbij: { nl: '{dagen} voorbij', en: '{dagen} past' },
  opPeildatum: { nl: 'op de peildatum', en: 'on the reference date' },
  vandaag: { nl: 'vandaag', en: 'today' },
  gekozen: { nl: 'gekozen datum', en: 'chosen date' },
  peildatumStand: {
    nl: 'de stand in deze tabel is die van deze dag',
    en: 'the status in this table is that of this day',
  },
  legenda: {
    nl: 'Rondje: gebeurtenis. Balk: termijn, van begin tot uiterste datum; open rondje: wanneer het gebeurde. Ruit: uiterlijk indienen. Streepjeslijn: vaste datum. Dikke lijn: peildatum.',
    en: 'Dot: event. Bar: term, from start to due date; open circle: when it happened. Diamond: submit at the latest. Dashed line: fixed date. Thick line: reference date.',
  },
} satisfies Record<string, Text>;
