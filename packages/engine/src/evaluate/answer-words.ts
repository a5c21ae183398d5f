/**
 * The rest of an answer, after its one sentence (`samenvatting`): why, as facts about the user's own
 * plan ("Uw kosten lopen tot december 2028; de uitzondering geldt tot en met 31 december 2027"); what
 * another reading of the texts would say and what it would take; and who decides and whom to ask.
 * Built from a full receipt only, so the site and the CLI say the same thing; rule codes stay in the
 * receipt for whoever wants them, and do not lead here.
 */
import { parseDate } from '../dates/calendar.ts';
import { findFact } from '../facts/catalogue.ts';
import { LABELS } from '../explain/labels.ts';
import { fill, formatDate, joinList, type Language } from '../explain/render.ts';
import type { ConditionResult, Outcome, Receipt } from '../output/schema.ts';
import type { Text } from '../rules/schema.ts';
import { amount } from './question-summary.ts';

/** A reason, with the rule and the citation key it rests on, to link to (after the words, not before). */
export type Reason = Text & { readonly regel: string; readonly citaat: string };

export interface AnswerWords {
  /** Why the answer is (partly) no, as facts about the plan beside what the rules ask. */
  readonly redenen: readonly Reason[];
  /** "In een andere lezing …": where another reading gives another answer, and what it would take. */
  readonly andereLezingen: readonly Text[];
  /** Who decides on this question, and whom to ask. */
  readonly wieBeslist: Text;
  readonly wieVragen: Text;
}

const both = (make: (language: Language) => string): Text => ({ nl: make('nl'), en: make('en') });

const T = {
  loopttot: {
    nl: 'Uw kosten{voor} lopen tot {maand}; de uitzondering geldt tot en met {einddatum}.',
    en: 'Your costs{voor} run until {maand}; the exception applies up to and including {einddatum}.',
  },
  voor: { nl: ' voor ‘{naam}’', en: ' for ‘{naam}’' },
  feit: {
    nl: '{vraag} Uw antwoord: {waarde}. Nodig is: {nodig}',
    en: '{vraag} Your answer: {waarde}. Needed: {nodig}',
  },
  bij: { nl: 'Bij ‘{naam}’: {zin}', en: 'For ‘{naam}’: {zin}' },
  ja: { nl: 'ja', en: 'yes' },
  nee: { nl: 'nee', en: 'no' },
  nogNiet: { nl: 'nog niet', en: 'not yet' },
  lezing: {
    nl: 'In een andere lezing (‘{titel}’) is het antwoord {uitkomst}.',
    en: 'In another reading (‘{titel}’) the answer is {uitkomst}.',
  },
  lezingGeld: {
    nl: 'In een andere lezing (‘{titel}’) is het antwoord {uitkomst}: dan mag {metVariant} uit transformatiemiddelen, in plaats van {gedekt}.',
    en: 'In another reading (‘{titel}’) the answer is {uitkomst}: then {metVariant} may be paid from transformation funds, instead of {gedekt}.',
  },
  nodig: {
    nl: 'Daarvoor moet wie beslist die lezing volgen ({zekerheid}); vraag het na voordat u erop rekent.',
    en: 'For that, whoever decides must follow that reading ({zekerheid}); check before you count on it.',
  },
} satisfies Record<string, Text>;

/** A question's outcome as the answer to it: "ja", "nee". */
const ANSWER: Record<Outcome, Text> = {
  voldoet: { nl: 'ja', en: 'yes' },
  'voldoet-niet': { nl: 'nee', en: 'no' },
  onbekend: { nl: 'nog niet te zeggen', en: 'not yet known' },
  'niet-van-toepassing': { nl: 'niet van toepassing', en: 'not applicable' },
};

/**
 * Who decides and whom to ask, per question. The plan is decided on by the two health insurers that
 * lead the region's market (the coördinerend zorgverzekeraar); the other insurers follow them and
 * take no decision (Beoordelingskader stap 3). The SPUK is granted by the minister of VWS, carried
 * out by DUS-I (Regeling SPUK art. 3 and 7); structural social-domain costs go through the municipality's
 * SPUK (Addendum).
 */
const PLAN = {
  wieBeslist: {
    nl: 'Over het plan beslissen de zorgverzekeraars die marktleider zijn in uw regio (de coördinerend zorgverzekeraar).',
    en: 'The health insurers that lead the market in your region (the coordinating health insurer) decide on the plan.',
  },
  wieVragen: {
    nl: 'Vraag het de coördinerend zorgverzekeraar van uw regio.',
    en: 'Ask the coordinating health insurer of your region.',
  },
} satisfies Record<string, Text>;

const WHO: Record<string, { wieBeslist: Text; wieVragen: Text }> = {
  'kosten-uit-transformatiemiddelen': {
    wieBeslist: {
      nl: 'Over het plan beslissen de zorgverzekeraars die marktleider zijn in uw regio (de coördinerend zorgverzekeraar). Structurele kosten in het sociaal domein lopen via de SPUK-aanvraag van de gemeente; daarover beslist DUS-I namens de minister van VWS.',
      en: 'The health insurers that lead the market in your region (the coordinating health insurer) decide on the plan. Structural social-domain costs go through the municipality’s SPUK application; DUS-I decides on it for the minister of VWS.',
    },
    wieVragen: {
      nl: 'Vraag het de coördinerend zorgverzekeraar, en voor het sociaal domein uw gemeente.',
      en: 'Ask the coordinating health insurer, and for the social domain your municipality.',
    },
  },
  spuk: {
    wieBeslist: {
      nl: 'Over de SPUK-aanvraag beslist DUS-I namens de minister van VWS.',
      en: 'DUS-I decides on the SPUK application for the minister of VWS.',
    },
    wieVragen: {
      nl: 'Vraag het DUS-I, of de gemeente die de aanvraag doet.',
      en: 'Ask DUS-I, or the municipality that applies.',
    },
  },
};

/** "december 2028" for the last day of a month. */
const monthOf = (iso: string): Text =>
  both((language) => formatDate(iso, language).replace(/^\d+\s+/, ''));

/** A value from the plan as a reader would say it. */
function valueText(value: unknown): Text {
  if (value === true) return T.ja;
  if (value === false) return T.nee;
  if (value === null || value === undefined) return T.nogNiet;
  if (typeof value === 'number')
    return both((language) => value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB'));
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return both((language) => formatDate(value, language));
  if (Array.isArray(value))
    return both((language) =>
      joinList(
        value.map((item) => valueText(item)[language]),
        language,
      ),
    );
  // Plan values are strings, numbers, booleans and lists of them; anything else is shown as JSON.
  return both(() => (typeof value === 'string' ? value : JSON.stringify(value)));
}

/** One failing condition as a fact about the plan beside what the rule asks. */
function conditionReason(
  condition: ConditionResult,
  einddatum: string | null,
  line?: string,
): Text {
  const voor = line === undefined ? '' : fill(T.voor, { naam: line });
  if (
    condition.feit === 'kostenregel.laatsteDag' &&
    typeof condition.gevonden === 'string' &&
    einddatum
  )
    return fill(T.loopttot, {
      voor,
      maand: monthOf(condition.gevonden),
      einddatum: { datum: parseDate(einddatum) },
    });
  // The catalogue's question says which fact of the plan this is; its hint for JSON users goes.
  const vraag = findFact(condition.feit)?.vraag ?? { nl: '', en: '' };
  const zin = fill(T.feit, {
    vraag: both((language) => vraag[language].replace(/\s*\([^)]*\bnull\b[^)]*\)/g, '')),
    waarde: valueText(condition.gevonden),
    nodig: condition.tekst,
  });
  return line === undefined ? zin : fill(T.bij, { naam: line, zin });
}

/** The words after a question's sentence; `questionId` must be a question of the receipt. */
export function answerWords(receipt: Receipt, questionId: string): AnswerWords {
  const question = receipt.vragen.find((vraag) => vraag.id === questionId);
  const who = WHO[questionId] ?? PLAN;
  if (!question) return { redenen: [], andereLezingen: [], ...who };
  const rules = new Map(receipt.regels.map((rule) => [rule.id, rule]));
  const einddatum = receipt.bedragen.einddatum;

  const seen = new Set<string>();
  const redenen: Reason[] = [];
  const add = (text: Text, regel: string, citaat: string) => {
    if (seen.has(text.nl)) return;
    seen.add(text.nl);
    redenen.push({ ...text, regel, citaat });
  };
  for (const { id } of question.regels) {
    const rule = rules.get(id);
    if (!rule || rule.advies || rule.uitkomst !== 'voldoet-niet') continue;
    for (const condition of rule.voorwaarden)
      if (condition.status === 'onwaar')
        add(conditionReason(condition, einddatum), id, condition.citaat);
    // A deadline missed fails on its dates, not on a condition: its explanation says which.
    const failing =
      rule.voorwaarden.some((condition) => condition.status === 'onwaar') ||
      (rule.kostenregels ?? []).some((line) => line.uitkomst === 'voldoet-niet');
    if (!failing) add(rule.uitleg, id, rule.citaten[0] ?? '');
    for (const line of rule.kostenregels ?? []) {
      // A line with an exception is explained by the exception's own rules, which are in this
      // question too: the base rule ("only one-off costs") is not the reason when the exception applies.
      if (line.uitzondering || line.uitkomst !== 'voldoet-niet') continue;
      for (const condition of line.voorwaarden)
        if (condition.status === 'onwaar')
          add(conditionReason(condition, einddatum, line.omschrijving), id, condition.citaat);
    }
  }

  const andereLezingen = receipt.andereLezingen.flatMap((reading) => {
    const other = reading.vragen.find((vraag) => vraag.vraag === questionId);
    const money =
      questionId === 'kosten-uit-transformatiemiddelen' &&
      reading.bedragen.metVariant !== reading.bedragen.gedekt;
    if (!other && !money) return [];
    const titel = reading.titel;
    const uitkomst = ANSWER[other?.metVariant ?? question.uitkomst];
    const sentence = money
      ? fill(T.lezingGeld, {
          titel,
          uitkomst,
          metVariant: amount(reading.bedragen.metVariant),
          gedekt: amount(reading.bedragen.gedekt),
        })
      : fill(T.lezing, { titel, uitkomst });
    // What it would take, only where the other reading gives more: that whoever decides follows it.
    const better = money
      ? reading.bedragen.metVariant > reading.bedragen.gedekt
      : other?.metVariant === 'voldoet';
    if (!better) return [sentence];
    const nodig = fill(T.nodig, { zekerheid: LABELS.zekerheid[reading.zekerheid] });
    return [both((language) => `${sentence[language]} ${nodig[language]}`)];
  });

  return { redenen, andereLezingen, ...who };
}
