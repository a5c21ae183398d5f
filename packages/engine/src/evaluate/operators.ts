/**
 * The operators rule files may use: json-rules-engine's own, plus civil-date comparisons on ISO dates
 * (CAL-06: "uiterlijk op" a date includes that date).
 */
import { Operator } from 'json-rules-engine';
import { Temporal } from 'temporal-polyfill';

const BUILT_IN = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function dateOperator(
  name: string,
  accept: (order: number) => boolean,
): Operator<unknown, unknown> {
  return new Operator(name, (factValue, compareTo) => {
    if (!isIsoDate(factValue) || !isIsoDate(compareTo)) return false;
    return accept(Temporal.PlainDate.compare(factValue, compareTo));
  });
}

export const CUSTOM_OPERATORS: readonly Operator<unknown, unknown>[] = [
  dateOperator('dateOnOrBefore', (order) => order <= 0),
  dateOperator('dateBefore', (order) => order < 0),
  dateOperator('dateOnOrAfter', (order) => order >= 0),
  dateOperator('dateAfter', (order) => order > 0),
];

export const OPERATOR_NAMES: ReadonlySet<string> = new Set([
  ...BUILT_IN,
  ...CUSTOM_OPERATORS.map((op) => op.name),
]);
