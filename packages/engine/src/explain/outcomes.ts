/** Fixed texts for outcomes that are not specific to one rule: questions, the disclaimer. */
import type { Outcome } from '../output/schema.ts';
import type { Text } from '../rules/schema.ts';

export const OUTCOME_LABEL: Record<Outcome, Text> = {
  voldoet: { nl: 'voldoet', en: 'meets the rules' },
  'voldoet-niet': { nl: 'voldoet niet', en: 'does not meet the rules' },
  onbekend: { nl: 'nog niet te zeggen', en: 'cannot tell yet' },
  'niet-van-toepassing': { nl: 'niet van toepassing', en: 'does not apply' },
};

export const QUESTION_EXPLANATION: Record<Outcome, Text> = {
  voldoet: {
    nl: 'Ja. Alle regels bij deze vraag voldoen.',
    en: 'Yes. All rules for this question are met.',
  },
  'voldoet-niet': {
    nl: 'Nee. Deze regels voldoen niet: {regels}.',
    en: 'No. These rules are not met: {regels}.',
  },
  onbekend: {
    // "Onbekend" has two causes: a fact not given, or an event that has not happened yet while its
    // date has not passed ("approved by 31 December 2026" on 23 November). Name both.
    nl: 'Dat is nog niet te zeggen. Er ontbreken gegevens, of er moet nog iets gebeuren, bij: {regels}.',
    en: 'We cannot tell yet. Information is missing, or something has yet to happen, for: {regels}.',
  },
  'niet-van-toepassing': {
    nl: 'Deze vraag speelt niet bij dit plan.',
    en: 'This question does not arise for this plan.',
  },
};

export const SELF_DECLARED_NOTE: Text = {
  nl: ' Dit steunt deels op uw eigen oordeel (zelf verklaard).',
  en: ' This partly rests on your own judgement (self-declared).',
};

export const NOT_IN_FORCE: Text = {
  nl: 'Deze regel gold niet op {peildatum}.',
  en: 'This rule was not in force on {peildatum}.',
};

export const DISCLAIMER: Text = {
  nl: 'Dit is een hulpmiddel, geen besluit. Over een plan beslissen de coördinerend zorgverzekeraar en, voor het sociaal domein, de gemeente.',
  en: 'This is an aid, not a decision. The coordinating health insurer and, for the social domain, the municipality decide on a plan.',
};

/** `{omschrijving}` of a cost-line rule when no cost line has the rule's outcome (no costs given). */
export const THE_COSTS: Text = { nl: 'de kosten', en: 'the costs' };

export const NOT_APPLICABLE: Text = {
  nl: 'Deze regel is niet van toepassing.',
  en: 'This rule does not apply.',
};

export const TERM_NOT_STARTED: Text = {
  nl: 'De termijn ({duur}) is nog niet begonnen, of de startdatum ontbreekt.',
  en: 'The term ({duur}) has not started yet, or the start date is missing.',
};

export const TERM_RUNNING: Text = {
  nl: 'De termijn loopt nog: nog {dagen} dagen.',
  en: 'The term is still running: {dagen} days left.',
};

export const TERM_PASSED: Text = {
  nl: 'Die datum is {dagen} dagen voorbij. Is het besluit of de indiening er al? Vul dan de datum in.',
  en: 'That date passed {dagen} days ago. Has the decision or submission happened? Then fill in the date.',
};

/** A deadline whose act is known not to have happened, once its date has passed (status `gemist`). */
export const TERM_MISSED: Text = {
  nl: 'Niet op tijd: dit is niet gebeurd. De uiterste datum was {vervaldatum} ({duur} na {start}) en is {dagen} dagen voorbij.',
  en: 'Not on time: this has not happened. The deadline was {vervaldatum} ({duur} after {start}) and passed {dagen} days ago.',
};

export const TERM_MAY_APPLY: Text = {
  nl: 'Nog niet te zeggen of deze termijn speelt; zie de open vragen.',
  en: 'We cannot tell yet whether this term applies; see the open questions.',
};
