/**
 * Which structural social-domain costs may be paid from transformation funds (via the SPUK, under the
 * Addendum), per year and in total until the end date, and which may not. Each amount is judged on its
 * own period, so costs in December 2027 and in January 2028 of the same cost line fall on either side
 * of 31 December 2027. Amounts are added in whole cents, so the totals do not depend on the order of the
 * cost lines and are exact to the cent.
 */
import { compareDates, parseDate, periodBounds } from '../dates/calendar.ts';
import { costLineName } from '../explain/cost-line-name.ts';
import { needsException } from '../facts/derive.ts';
import type { CostLine } from '../input/schema.ts';
import type { MoneyResult, Outcome } from '../output/schema.ts';
import { fromCents, toCents } from './cents.ts';

export interface MoneyInput {
  readonly kosten: readonly CostLine[];
  readonly einddatum: string | undefined;
  /** The effective outcome (base rule or its exception) for one cost line in one period. */
  readonly outcomeFor: (index: number, periode: string) => Outcome;
  /** The effective outcome for the whole cost line. */
  readonly lineOutcome: (index: number) => Outcome;
}

/** Cents per outcome: covered, not covered, not yet known. */
type Buckets = { gedekt: bigint; nietGedekt: bigint; onbekend: bigint };
const empty = (): Buckets => ({ gedekt: 0n, nietGedekt: 0n, onbekend: 0n });
const inEuro = ({ gedekt, nietGedekt, onbekend }: Buckets) => ({
  gedekt: fromCents(gedekt),
  nietGedekt: fromCents(nietGedekt),
  onbekend: fromCents(onbekend),
});

function add(buckets: Buckets, outcome: Outcome, amount: bigint): void {
  if (outcome === 'voldoet') buckets.gedekt += amount;
  else if (outcome === 'voldoet-niet') buckets.nietGedekt += amount;
  else buckets.onbekend += amount;
}

export function structuralMoney({
  kosten,
  einddatum,
  outcomeFor,
  lineOutcome,
}: MoneyInput): MoneyResult {
  const end = einddatum === undefined ? undefined : parseDate(einddatum);
  const perYear = new Map<number, Buckets>();
  const total = empty();
  let afterEnd = 0n;
  const lines: MoneyResult['kostenregels'] = [];

  kosten.forEach((line, index) => {
    const relevant = needsException(line);
    if (relevant === false) return;
    const lineBuckets = empty();
    for (const { periode, bedrag } of line.bedragen) {
      const cents = toCents(bedrag);
      const { last, year } = periodBounds(periode);
      const outcome: Outcome = relevant === undefined ? 'onbekend' : outcomeFor(index, periode);
      if (relevant && end !== undefined && compareDates(last, end) > 0) afterEnd += cents;
      const yearBuckets = perYear.get(year) ?? empty();
      perYear.set(year, yearBuckets);
      for (const buckets of [yearBuckets, total, lineBuckets]) add(buckets, outcome, cents);
    }
    lines.push({
      index,
      omschrijving: costLineName(line.omschrijving),
      uitkomst: relevant === undefined ? 'onbekend' : lineOutcome(index),
      ...inEuro(lineBuckets),
    });
  });

  return {
    einddatum: einddatum ?? null,
    perJaar: [...perYear]
      .sort(([a], [b]) => a - b)
      .map(([jaar, buckets]) => ({ jaar, ...inEuro(buckets) })),
    totaal: inEuro(total),
    naEinddatum: fromCents(afterEnd),
    kostenregels: lines,
  };
}
