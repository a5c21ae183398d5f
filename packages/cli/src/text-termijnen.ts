/**
 * Deadlines and backward planning as readable text, used by `termijnen --format text` and by the
 * deadline section of `evaluate --format text`.
 */
import {
  LABELS,
  compareWithFixedDates,
  dayText,
  judgePlanning,
  type Deadline,
  type FixedDate,
  type HolidayTable,
  type Planning,
  type PlanningJudgement,
} from '@iza-regels/engine';
import type { Language } from './args.ts';
import type { Paint } from './style.ts';
import { durationWords, formatIsoDate, say, statusColour, statusWords } from './words.ts';

function shiftLines(deadline: Deadline, lang: Language, monthEnd: string): string[] {
  if (deadline.verschuivingen.length === 0) return [];
  const days = deadline.verschuivingen.map((shift) => {
    const reason = `${say(lang, LABELS.verschuiving[shift.reden])}${shift.naam ? `: ${shift.naam}` : ''}`;
    return `${formatIsoDate(shift.datum, lang)} (${reason})`;
  });
  return [
    say(lang, {
      nl: `Verschoven van ${formatIsoDate(deadline.kalenderVervaldatum, 'nl')}${monthEnd} naar ${formatIsoDate(deadline.vervaldatum, 'nl')}, omdat deze dagen geen werkdag zijn: ${days.join('; ')}`,
      en: `Moved from ${formatIsoDate(deadline.kalenderVervaldatum, 'en')}${monthEnd} to ${formatIsoDate(deadline.vervaldatum, 'en')}, because these days are not working days: ${days.join('; ')}`,
    }),
  ];
}

/** One deadline: start, duration, due date (and why it moved), completion and status. */
export function deadlineLines(
  deadline: Deadline,
  lang: Language,
  paint: Paint,
  uitleg?: string,
  /** With the holiday table, the due date names its weekday and holiday and is set beside these dates. */
  kalender?: { readonly feestdagen: HolidayTable; readonly vast: readonly FixedDate[] },
): string[] {
  const monthEnd = deadline.rekenregels.includes('CAL-02')
    ? say(lang, {
        nl: ' (laatste dag van de maand, CAL-02)',
        en: ' (last day of the month, CAL-02)',
      })
    : '';
  const moved = deadline.verschuivingen.length > 0;
  const lines = [
    paint('bold', `${deadline.regel} · ${deadline.titel[lang]}`),
    `  ${say(lang, LABELS.kop.start)}: ${formatIsoDate(deadline.start, lang)} · ${say(lang, LABELS.kop.duur)}: ${durationWords(deadline.duur, lang)}`,
    `  ${say(lang, LABELS.kop.vervaldatum)}: ${paint('bold', kalender ? say(lang, dayText(deadline.vervaldatum, kalender.feestdagen)) : formatIsoDate(deadline.vervaldatum, lang))}${moved ? '' : monthEnd}`,
    ...shiftLines(deadline, lang, monthEnd).map((line) => `  ${line}`),
    ...(kalender
      ? compareWithFixedDates(deadline.vervaldatum, kalender.vast).map(
          (text) => `  ${say(lang, text)}`,
        )
      : []),
  ];
  if (deadline.ontbrekendeFeestdagjaren.length > 0) {
    const years = deadline.ontbrekendeFeestdagjaren.join(', ');
    lines.push(
      `  ${paint(
        'yellow',
        say(lang, {
          nl: `Let op: de feestdagentabel dekt ${years} niet; controleer of de uiterste datum op een feestdag valt.`,
          en: `Note: the holiday table does not cover ${years}; check whether the due date falls on a public holiday.`,
        }),
      )}`,
    );
  }
  if (deadline.afgerond !== undefined) {
    lines.push(`  ${say(lang, LABELS.kop.afgerond)}: ${formatIsoDate(deadline.afgerond, lang)}`);
  }
  lines.push(
    `  ${say(lang, LABELS.kop.stand)}: ${paint(statusColour(deadline.status.soort), statusWords(deadline.status, lang))}`,
  );
  if (uitleg !== undefined) lines.push(`  ${uitleg}`);
  lines.push(
    `  ${paint('dim', `${say(lang, { nl: 'Rekenregels', en: 'Calculation rules' })}: ${deadline.rekenregels.join(', ')}`)}`,
  );
  return lines;
}

const JUDGEMENT_COLOUR: Record<PlanningJudgement['soort'], Parameters<Paint>[0]> = {
  gehaald: 'green',
  'te-laat': 'red',
  voorbij: 'dim',
  'kan-nog': 'yellow',
  verstreken: 'red',
};

/**
 * Backward planning: "dien uiterlijk … in", judged by the dates given (`gebeurtenissen`): a step
 * whose event happened is met or late on its own date, never "verstreken" because the day passed.
 */
export function planningLines(
  planning: readonly Planning[],
  lang: Language,
  paint: Paint,
  gebeurtenissen: Readonly<Record<string, unknown>> = {},
): string[] {
  return planning.flatMap((entry) => {
    const date = paint('bold', formatIsoDate(entry.uiterlijk, lang));
    const judged = judgePlanning(entry, gebeurtenissen);
    return [
      `${say(lang, { nl: `Dien uiterlijk ${date} in`, en: `Submit no later than ${date}` })}: ${paint(JUDGEMENT_COLOUR[judged.soort], say(lang, judged.tekst))}`,
      `  ${say(lang, { nl: 'Doel', en: 'Goal' })}: ${entry.doel[lang]}`,
      `  ${paint('dim', `${say(lang, { nl: 'Regels', en: 'Rules' })}: ${entry.regels.join(', ')}`)}`,
    ];
  });
}
