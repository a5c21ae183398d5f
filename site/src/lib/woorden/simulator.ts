/** The simulator's own words (components/simulator/Simulator.tsx). */
import type { Text } from '@iza-regels/engine';

/** The simulator (components/simulator/Simulator.tsx). */
export const SIMULATOR = {
  onleesbaar: {
    nl: 'De link kon niet worden gelezen. U begint met een lege simulatie.',
    en: 'The link could not be read. You start with an empty simulation.',
  },
  rekenfout: {
    nl: 'Er ging iets mis bij het berekenen van de antwoorden. Pas een antwoord aan of begin opnieuw.',
    en: 'Something went wrong while calculating the answers. Change an answer or start again.',
  },
  kiezen: { nl: '1. Wat wilt u weten?', en: '1. What do you want to know?' },
  vragenLegend: { nl: 'Kies een of meer vragen', en: 'Choose one or more questions' },
  instellingen: { nl: 'Peildatum en lezingen', en: 'Reference date and readings' },
  peildatum: {
    nl: 'Peildatum: op welke datum past u de regels toe?',
    en: 'Reference date: on which date do you apply the rules?',
  },
  peildatumHulp: {
    nl: 'Standaard is dat vandaag. Kies een andere datum om te zien wat de regels dan zeggen.',
    en: 'By default this is today. Choose another date to see what the rules say then.',
  },
  varianten: { nl: 'Andere lezingen (varianten)', en: 'Other readings (variants)' },
  variantenHulp: {
    nl: 'Waar de teksten elkaar tegenspreken, volgen we de letterlijke tekst. Kies een lezing om die te volgen.',
    en: 'Where the texts contradict each other, we follow the literal text. Choose a reading to follow it instead.',
  },
  watBetekent: { nl: 'Wat betekent dit?', en: 'What does this mean?' },
  gegevens: { nl: '2. Uw gegevens', en: '2. Your details' },
  gegevensHulp: {
    nl: 'Weet u iets niet? Kies ‘Weet ik niet’ of laat het leeg. Het antwoord zegt dan welke gegevens nog ontbreken.',
    en: 'Don’t know something? Choose ‘I don’t know’ or leave it empty. The answer then says what is still missing.',
  },
  geenVragen: { nl: 'Kies eerst een of meer vragen.', en: 'First choose one or more questions.' },
  geenGegevens: {
    nl: 'Voor deze vragen zijn geen gegevens nodig.',
    en: 'These questions need no details.',
  },
  alles: { nl: 'Toon alle vragen tegelijk', en: 'Show all questions at once' },
  stappen: { nl: 'Stappen', en: 'Steps' },
  stap: { nl: 'Stap', en: 'Step' },
  van: { nl: 'van', en: 'of' },
  vorige: { nl: 'Vorige', en: 'Previous' },
  volgende: { nl: 'Volgende', en: 'Next' },
  naarAntwoorden: { nl: 'Naar de antwoorden', en: 'To the answers' },
  kort: { nl: 'Het antwoord in het kort', en: 'The answer in short' },
  antwoorden: { nl: '3. De antwoorden', en: '3. The answers' },
  rekenen: { nl: 'De antwoorden worden berekend…', en: 'Calculating the answers…' },
  problemen: {
    nl: 'Deze antwoorden kunnen we (nog) niet gebruiken:',
    en: 'We cannot use these answers (yet):',
  },
  bijgewerkt: { nl: 'Antwoorden bijgewerkt', en: 'Answers updated' },
  probleemMelding: {
    nl: 'Let op: {n} antwoord(en) kunnen we niet gebruiken. Zie de melding bij het veld.',
    en: 'Note: {n} answer(s) cannot be used. See the message at the field.',
  },
  delen: {
    nl: 'Het adres van deze pagina bevat uw antwoorden. Met die link ziet een ander dezelfde simulatie. Er wordt niets verstuurd of bewaard.',
    en: 'The address of this page holds your answers. With that link someone else sees the same simulation. Nothing is sent or stored.',
  },
  kopieer: { nl: 'Kopieer de link', en: 'Copy the link' },
  gekopieerd: { nl: 'De link staat op het klembord.', en: 'The link is on the clipboard.' },
  nietGekopieerd: {
    nl: 'Kopiëren lukte niet. Kopieer de link uit de adresbalk.',
    en: 'Copying did not work. Copy the link from the address bar.',
  },
  afdrukken: { nl: 'Samenvatting afdrukken', en: 'Print a summary' },
  samenvatting: {
    nl: 'Samenvatting van de simulatie. De redenen per regel, met de zin uit de bron, staan in de simulator op het scherm.',
    en: 'Summary of the simulation. The reasons for each rule, with the sentence from the source, are in the simulator on screen.',
  },
  opnieuw: { nl: 'Opnieuw beginnen', en: 'Start again' },
  opnieuwGedaan: { nl: 'Alle antwoorden zijn gewist.', en: 'All answers have been cleared.' },
} satisfies Record<string, Text>;
