/**
 * A question's answer in one short B1 sentence, and what the user can do next, from the verdicts and
 * the money: "Deels: 2026 en 2027 (€ 200.000) wel, 2028 (€ 100.000) niet, omdat de uitzondering tot en
 * met 31 december 2027 geldt." A partial answer is said to be partial, with the years and amounts.
 */
import { parseDate } from '../dates/calendar.ts';
import { LABELS } from '../explain/labels.ts';
import { QUESTION_EXPLANATION } from '../explain/outcomes.ts';
import { fill, formatMoney, joinList, type Language } from '../explain/render.ts';
import type { MoneyResult } from '../output/schema.ts';
import type { Text } from '../rules/schema.ts';
import type { QuestionOutcome } from './questions.ts';
import type { Verdicts } from './verdicts.ts';

type Bucket = 'gedekt' | 'nietGedekt' | 'onbekend';

const BUCKET_WORD: Record<Bucket, Text> = {
  gedekt: { nl: 'wel', en: 'yes' },
  nietGedekt: { nl: 'niet', en: 'no' },
  onbekend: { nl: 'nog niet te zeggen', en: 'cannot tell yet' },
};

const T = {
  ja: { nl: 'Ja.', en: 'Yes.' },
  jaZelf: { nl: 'Ja, op grond van uw eigen oordeel.', en: 'Yes, based on your own judgement.' },
  nee: { nl: 'Nee: {reden}.', en: 'No: {reden}.' },
  open: { nl: 'Nog niet te zeggen: {reden}.', en: 'We cannot tell yet: {reden}.' },
  geldJa: {
    nl: 'Ja: {jaren} ({bedrag}) mag uit transformatiemiddelen.',
    en: 'Yes: {jaren} ({bedrag}) may be paid from transformation funds.',
  },
  geldJaZelf: {
    nl: 'Ja, op grond van uw eigen oordeel: {jaren} ({bedrag}) mag uit transformatiemiddelen.',
    en: 'Yes, based on your own judgement: {jaren} ({bedrag}) may be paid from transformation funds.',
  },
  geldNee: {
    nl: 'Nee: {jaren} ({bedrag}) mag niet uit transformatiemiddelen, {reden}.',
    en: 'No: {jaren} ({bedrag}) may not be paid from transformation funds, {reden}.',
  },
  geldOpen: {
    nl: 'Nog niet te zeggen voor {jaren} ({bedrag}): {reden}.',
    en: 'We cannot tell yet for {jaren} ({bedrag}): {reden}.',
  },
  deel: { nl: '{jaren} ({bedrag}) {woord}', en: '{jaren} ({bedrag}) {woord}' },
  deels: { nl: 'Deels: {delen}.', en: 'Partly: {delen}.' },
  deelsOpen: { nl: '{zin} Want {reden}.', en: '{zin} Because {reden}.' },
  ook: { nl: '{zin} Daarnaast voldoet niet: {regels}.', en: '{zin} Also not met: {regels}.' },
  omdatEen: { nl: 'omdat {regels} niet voldoet', en: 'because {regels} is not met' },
  omdatMeer: { nl: 'omdat {regels} niet voldoen', en: 'because {regels} are not met' },
  nietKloppen: { nl: '{regels} voldoen niet', en: '{regels} are not met' },
  nietKlopt: { nl: '{regels} voldoet niet', en: '{regels} is not met' },
  ontbreektEen: { nl: 'er ontbreekt nog 1 gegeven', en: '1 piece of information is missing' },
  ontbreken: {
    nl: 'er ontbreken nog {aantal} gegevens',
    en: '{aantal} pieces of information are missing',
  },
  gebeuren: {
    nl: 'er moet nog iets gebeuren bij {regels}',
    en: 'something has yet to happen for {regels}',
  },
  einddatum: {
    nl: 'omdat de uitzondering tot en met {einddatum} geldt',
    en: 'because the exception applies up to and including {einddatum}',
  },
  // What to do next.
  eerst: { nl: 'Beantwoord eerst: {vraag}', en: 'First answer: {vraag}' },
  daarnaEen: {
    nl: 'Daarna nog 1 andere vraag; zie ‘{kop}’.',
    en: 'Then 1 more question; see ‘{kop}’.',
  },
  daarna: {
    nl: 'Daarna nog {aantal} andere vragen; zie ‘{kop}’.',
    en: 'Then {aantal} more questions; see ‘{kop}’.',
  },
  datum: {
    nl: 'Vul bij {regels} de datum in zodra het gebeurd is.',
    en: 'Fill in the date for {regels} once it has happened.',
  },
  anderGeld: {
    nl: 'Regel dat iemand anders, zoals de gemeente, de kosten na {einddatum} betaalt ({bedrag}).',
    en: 'Arrange for someone else, such as the municipality, to pay the costs after {einddatum} ({bedrag}).',
  },
  aanpassen: {
    nl: 'Lees bij {regels} wat er niet klopt, en pas het plan aan. Twijfelt u? Vraag het de coördinerend zorgverzekeraar.',
    en: 'Read for {regels} what is not right, and change the plan. In doubt? Ask the coordinating health insurer.',
  },
  bevestigen: {
    nl: 'Vraag de coördinerend zorgverzekeraar of die het eens is met uw eigen oordeel.',
    en: 'Ask the coordinating health insurer whether they agree with your own judgement.',
  },
} satisfies Record<string, Text>;

export interface QuestionWords {
  readonly samenvatting: Text;
  readonly volgendeStap?: Text;
}

const both = (make: (language: Language) => string): Text => ({ nl: make('nl'), en: make('en') });
const ids = (list: readonly string[]): Text => both((language) => joinList(list, language));

/** "€ 200.000" for whole euros, "€ 1.234,50" otherwise: amounts in every answer sentence. */
const whole = {
  nl: new Intl.NumberFormat('nl-NL', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }),
  en: new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }),
};
export const amount = (euros: number): Text =>
  Number.isInteger(euros)
    ? both((language) => whole[language].format(euros))
    : both((language) => formatMoney(euros, language));

/** The question's money per outcome: the years with an amount, and their sum. */
function moneyParts(money: MoneyResult): Array<{ bucket: Bucket; years: Text; sum: Text }> {
  return (['gedekt', 'nietGedekt', 'onbekend'] as const).flatMap((bucket) => {
    const years = money.perJaar.filter((year) => year[bucket] > 0);
    return years.length === 0
      ? []
      : [
          {
            bucket,
            years: ids(years.map((year) => String(year.jaar))),
            sum: amount(money.totaal[bucket]),
          },
        ];
  });
}

/** Whether every amount that may not be paid falls after the exception's end date. */
const onlyAfterEnd = (money: MoneyResult): boolean =>
  money.einddatum !== null &&
  money.totaal.nietGedekt > 0 &&
  money.naEinddatum >= money.totaal.nietGedekt;

const notMet = (rules: readonly string[]): Text =>
  fill(rules.length === 1 ? T.nietKlopt : T.nietKloppen, { regels: ids(rules) });

/** Why the answer is open: facts to give, or something that has yet to happen. */
function openReason(question: QuestionOutcome): Text {
  const count = question.ontbrekend.length;
  if (count === 0) return fill(T.gebeuren, { regels: ids(question.bepalend) });
  return count === 1 ? T.ontbreektEen : fill(T.ontbreken, { aantal: count });
}

/** Why (part of) the money may not be paid: the end date, or the rules not met. */
function noReason(question: QuestionOutcome, money: MoneyResult | undefined): Text {
  return money && onlyAfterEnd(money)
    ? fill(T.einddatum, { einddatum: { datum: parseDate(money.einddatum ?? '') } })
    : fill(question.bepalend.length === 1 ? T.omdatEen : T.omdatMeer, {
        regels: ids(question.bepalend),
      });
}

/** The answer without money: yes, no and why, or what is still open. */
function plainSentence(question: QuestionOutcome): Text {
  switch (question.uitkomst) {
    case 'voldoet':
      return question.zelfVerklaard ? T.jaZelf : T.ja;
    case 'voldoet-niet':
      return fill(T.nee, { reden: notMet(question.bepalend) });
    case 'onbekend':
      return fill(T.open, { reden: openReason(question) });
    case 'niet-van-toepassing':
      return question.nietVanToepassing ?? QUESTION_EXPLANATION['niet-van-toepassing'];
  }
}

/** The answer for a question about money: per outcome the years and amounts, partial if mixed. */
function moneySentence(question: QuestionOutcome, money: MoneyResult): Text {
  const parts = moneyParts(money);
  const [only] = parts;
  if (parts.length === 1 && only) {
    const values = { jaren: only.years, bedrag: only.sum };
    if (only.bucket === 'gedekt')
      return fill(question.zelfVerklaard ? T.geldJaZelf : T.geldJa, values);
    if (only.bucket === 'nietGedekt')
      return fill(T.geldNee, { ...values, reden: noReason(question, money) });
    return fill(T.geldOpen, { ...values, reden: openReason(question) });
  }
  const list = parts.map(({ bucket, years, sum }) =>
    fill(T.deel, { jaren: years, bedrag: sum, woord: BUCKET_WORD[bucket] }),
  );
  const reasons = [
    ...(parts.some((part) => part.bucket === 'nietGedekt') ? [noReason(question, money)] : []),
  ];
  const sentence = fill(T.deels, {
    delen: both((language) => [...list, ...reasons].map((text) => text[language]).join(', ')),
  });
  return parts.some((part) => part.bucket === 'onbekend')
    ? fill(T.deelsOpen, { zin: sentence, reden: openReason(question) })
    : sentence;
}

export function questionWords(
  question: QuestionOutcome,
  verdicts: Verdicts,
  money: MoneyResult,
): QuestionWords {
  const moneyRule = verdicts.geld?.regel;
  const withMoney =
    question.uitkomst !== 'niet-van-toepassing' &&
    moneyRule !== undefined &&
    question.regels.some((rule) => rule.id === moneyRule) &&
    money.perJaar.length > 0;
  // Rules that fail on the plan as a whole, not through the money per cost line.
  const otherNotMet = question.bepalend.filter(
    (id) => verdicts.regels.get(id)?.soort !== 'kostenregel',
  );
  const sentence = withMoney ? moneySentence(question, money) : plainSentence(question);
  const samenvatting =
    withMoney && question.uitkomst === 'voldoet-niet' && otherNotMet.length > 0
      ? fill(T.ook, { zin: sentence, regels: ids(otherNotMet) })
      : sentence;
  const volgendeStap = nextStep(question, withMoney ? money : undefined, otherNotMet);
  return { samenvatting, ...(volgendeStap ? { volgendeStap } : {}) };
}

/**
 * A question without its hint for JSON users ("(Nog niet: null.)"): the next step is read by people,
 * who answer in a form; the list of missing facts keeps the hint.
 */
const withoutJsonHint = (text: Text): Text =>
  both((language) => text[language].replace(/\s*\([^)]*\bnull\b[^)]*\)/g, ''));

/** What the user can do: answer the first open question, arrange other money, or change the plan. */
function nextStep(
  question: QuestionOutcome,
  money: MoneyResult | undefined,
  otherNotMet: readonly string[],
): Text | undefined {
  switch (question.uitkomst) {
    case 'onbekend': {
      const [first, ...more] = question.ontbrekend;
      if (!first) return fill(T.datum, { regels: ids(question.bepalend) });
      const eerst = fill(T.eerst, { vraag: withoutJsonHint(first.vraag) });
      if (more.length === 0) return eerst;
      const daarna = fill(more.length === 1 ? T.daarnaEen : T.daarna, {
        aantal: more.length,
        kop: LABELS.kop.ontbrekend,
      });
      return both((l) => `${eerst[l]} ${daarna[l]}`);
    }
    case 'voldoet-niet': {
      if (money && onlyAfterEnd(money) && otherNotMet.length === 0)
        return fill(T.anderGeld, {
          einddatum: { datum: parseDate(money.einddatum ?? '') },
          bedrag: amount(money.naEinddatum),
        });
      return fill(T.aanpassen, { regels: ids(question.bepalend) });
    }
    case 'voldoet':
      return question.zelfVerklaard ? T.bevestigen : undefined;
    case 'niet-van-toepassing':
      return undefined;
  }
}
