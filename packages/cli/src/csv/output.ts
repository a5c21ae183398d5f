/**
 * CSV output for Dutch Excel: `;` between cells, amounts with a decimal comma, dates as dd-mm-jjjj.
 * One row per input row: its place, whether it was valid, the answer (uitkomst) to each question of
 * the rule set in its own column, the money in total and per year, and the problems of a bad row.
 */
import type { RuleSet } from '@iza-regels/engine';
import type { LineWriter } from '../batch/lines.ts';
import type { RowRecord } from '../batch/row.ts';
import { csvLine, dutchDate } from './columns.ts';

/**
 * The years with a column of their own: the IZA's transformation funds run 2023–2026, with costs
 * up to 2028 in the AZWA reading; amounts of other years are in the totals.
 */
const YEARS = [2023, 2024, 2025, 2026, 2027, 2028];
const MONEY = ['gedekt', 'nietGedekt', 'onbekend'] as const;

const euro = (value: number): string => value.toFixed(2).replace('.', ',');

function columns(ruleSet: RuleSet): string[] {
  return [
    'rij',
    'regel',
    'geldig',
    'peildatum',
    ...ruleSet.vragen.vragen.map((vraag) => `vraag.${vraag.id}`),
    ...MONEY.map((soort) => `${soort}.totaal`),
    ...YEARS.flatMap((year) => MONEY.map((soort) => `${soort}.${year}`)),
    'problemen',
  ];
}

export const csvHeader = (ruleSet: RuleSet): string => csvLine(columns(ruleSet));

export function csvLineWriter(ruleSet: RuleSet): LineWriter {
  const vragen = ruleSet.vragen.vragen.map((vraag) => vraag.id);
  return (record: RowRecord) => {
    const cells: string[] = [String(record.rij), String(record.regel)];
    if (!record.geldig) {
      const empty = vragen.length + MONEY.length * (1 + YEARS.length);
      const text = record.problemen.map((issue) => `${issue.pad}: ${issue.nl}`).join(' | ');
      cells.push('nee', '', ...Array<string>(empty).fill(''), text);
    } else {
      const answers = new Map(record.vragen.map((vraag) => [vraag.id, vraag.uitkomst]));
      const perJaar = new Map(record.bedragen.perJaar.map((jaar) => [jaar.jaar, jaar]));
      cells.push(
        'ja',
        dutchDate(record.peildatum),
        ...vragen.map((id) => answers.get(id) ?? ''),
        ...MONEY.map((soort) => euro(record.bedragen.totaal[soort])),
        ...YEARS.flatMap((year) => MONEY.map((soort) => euro(perJaar.get(year)?.[soort] ?? 0))),
        '',
      );
    }
    return csvLine(cells);
  };
}
