/**
 * The words for a receipt's values and parts, in plain Dutch (B1) and English: one wording per
 * concept, for everyone who shows a receipt (the CLI, the site). Consumers take these and add only
 * their own chrome (buttons, navigation), so a receipt reads the same wherever it is shown.
 */
import type { ConditionState, Deadline } from '../output/schema.ts';
import type { Certainty, Text } from '../rules/schema.ts';
import { OUTCOME_LABEL } from './outcomes.ts';
import { fill } from './render.ts';

export type DeadlineStatus = Deadline['status'];
export type ShiftReason = Deadline['verschuivingen'][number]['reden'];

/** A condition's state on the plan. */
const CONDITION: Record<ConditionState, Text> = {
  waar: { nl: 'klopt', en: 'true' },
  onwaar: { nl: 'klopt niet', en: 'not true' },
  onbekend: { nl: 'onbekend', en: 'unknown' },
};

/** How certain a rule or reading is, by the letter of its source (see the project's design). */
const CERTAINTY: Record<Certainty, Text> = {
  C: { nl: 'letterlijk in de brontekst', en: 'literally in the source text' },
  H: { nl: 'uit een officiële andere bron', en: 'from an official secondary source' },
  M: { nl: 'uit de pers of een samenvatting', en: 'from the press or a summary' },
  A: { nl: 'een aanname die een besluit vraagt', en: 'an assumption that needs a decision' },
};

/** A deadline's status in a word or two; `deadlineStatusText` says it with the days. */
const DEADLINE_STATUS: Record<DeadlineStatus['soort'], Text> = {
  'op-tijd': { nl: 'op tijd', en: 'on time' },
  'te-laat': { nl: 'te laat', en: 'late' },
  loopt: { nl: 'loopt nog', en: 'still running' },
  verlopen: { nl: 'verlopen', en: 'passed' },
  gemist: { nl: 'gemist', en: 'missed' },
};

/** Why a deadline moved past a day. */
const SHIFT_REASON: Record<ShiftReason, Text> = {
  zaterdag: { nl: 'zaterdag', en: 'Saturday' },
  zondag: { nl: 'zondag', en: 'Sunday' },
  feestdag: { nl: 'feestdag', en: 'public holiday' },
};

/** Section headings and field names of a receipt. */
const HEADING = {
  antwoorden: { nl: 'De antwoorden', en: 'The answers' },
  volgendeStap: { nl: 'Wat kunt u nu doen?', en: 'What can you do now?' },
  ontbrekend: { nl: 'Wat we nog moeten weten', en: 'What we still need to know' },
  ontbrekendVolgorde: {
    nl: 'In de volgorde waarin u ze het best kunt beantwoorden.',
    en: 'In the order in which they are best answered.',
  },
  termijnen: { nl: 'Termijnen', en: 'Deadlines' },
  termijn: { nl: 'Termijn', en: 'Deadline' },
  start: { nl: 'Begint op', en: 'Starts on' },
  duur: { nl: 'Duur', en: 'Length' },
  vervaldatum: { nl: 'Uiterste datum', en: 'Due date' },
  afgerond: { nl: 'Gebeurd op', en: 'Happened on' },
  stand: { nl: 'Stand', en: 'Status' },
  planning: { nl: 'Terugplannen', en: 'Planning backwards' },
  bedragen: { nl: 'Bedragen', en: 'Amounts' },
  jaar: { nl: 'Jaar', en: 'Year' },
  gedekt: { nl: 'Mag uit transformatiemiddelen', en: 'May be paid from transformation funds' },
  nietGedekt: { nl: 'Mag niet', en: 'May not' },
  geldOnbekend: { nl: 'Nog niet te zeggen', en: 'Cannot tell yet' },
  totaal: { nl: 'Totaal', en: 'Total' },
  andereLezingen: { nl: 'Andere lezingen', en: 'Other readings' },
  peildatum: { nl: 'Peildatum', en: 'Reference date' },
  regelset: { nl: 'Versie van de regels', en: 'Version of the rules' },
  zekerheid: { nl: 'zekerheid', en: 'certainty' },
  zelfVerklaard: { nl: 'zelf verklaard', en: 'self-declared' },
  kostenregel: { nl: 'Kostenregel', en: 'Cost line' },
  kanttekening: { nl: 'Let op', en: 'Please note' },
} as const satisfies Record<string, Text>;

/** Every label of a receipt, by concept and value. */
export const LABELS = {
  uitkomst: OUTCOME_LABEL,
  voorwaarde: CONDITION,
  zekerheid: CERTAINTY,
  termijnStatus: DEADLINE_STATUS,
  verschuiving: SHIFT_REASON,
  kop: HEADING,
} as const;

/** "1 dag", "12 dagen" / "1 day", "12 days". */
export function daysText(count: number): Text {
  const n = { nl: count.toLocaleString('nl-NL'), en: count.toLocaleString('en-GB') };
  return {
    nl: `${n.nl} ${count === 1 ? 'dag' : 'dagen'}`,
    en: `${n.en} ${count === 1 ? 'day' : 'days'}`,
  };
}

const STATUS_SENTENCE: Record<DeadlineStatus['soort'], Text> = {
  'op-tijd': {
    nl: 'op tijd ({dagen} vóór de uiterste datum)',
    en: 'on time ({dagen} before the due date)',
  },
  'te-laat': {
    nl: 'te laat ({dagen} na de uiterste datum)',
    en: 'late ({dagen} after the due date)',
  },
  loopt: { nl: 'loopt nog: nog {dagen}', en: 'still running: {dagen} left' },
  verlopen: {
    nl: 'verlopen: de uiterste datum is {dagen} voorbij, en we weten niet of het gebeurd is',
    en: 'passed: the due date passed {dagen} ago, and we do not know whether it happened',
  },
  gemist: {
    nl: 'gemist: niet gebeurd, de uiterste datum is {dagen} voorbij',
    en: 'missed: not done, the due date passed {dagen} ago',
  },
};

/** The same on the due date itself (0 days), where "0 dagen" would read oddly. */
const ON_THE_DAY: Partial<Record<DeadlineStatus['soort'], Text>> = {
  'op-tijd': { nl: 'op tijd (op de uiterste datum zelf)', en: 'on time (on the due date itself)' },
  loopt: { nl: 'loopt nog: vandaag is de laatste dag', en: 'still running: today is the last day' },
};

/** A deadline's status on the peildatum as a short sentence with its days. */
export function deadlineStatusText(status: DeadlineStatus): Text {
  const onTheDay = status.dagen === 0 ? ON_THE_DAY[status.soort] : undefined;
  return onTheDay ?? fill(STATUS_SENTENCE[status.soort], { dagen: daysText(status.dagen) });
}
