/**
 * The operators rule files may use: json-rules-engine's own, plus civil-date comparisons on ISO dates
 * (CAL-06: "uiterlijk op" a date includes that date). Each is a plain test `(factValue, value)`; the
 * compiled conditions call these directly, and the reference evaluator hands the date tests to
 * json-rules-engine, whose own built-ins the compiled ones must match (see the differential test).
 */
import { Operator } from 'json-rules-engine';

export type OperatorTest = (factValue: unknown, value: unknown) => boolean;

const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Two `YYYY-MM-DD` strings sort as their days do, so comparing the strings compares the dates without
 * parsing them, and a malformed date cannot make a rule throw.
 */
const dateTest =
  (accept: (order: number) => boolean): OperatorTest =>
  (factValue, value) =>
    isIsoDate(factValue) &&
    isIsoDate(value) &&
    accept(factValue < value ? -1 : factValue > value ? 1 : 0);

export const DATE_OPERATORS = {
  dateOnOrBefore: dateTest((order) => order <= 0),
  dateBefore: dateTest((order) => order < 0),
  dateOnOrAfter: dateTest((order) => order >= 0),
  dateAfter: dateTest((order) => order > 0),
} as const satisfies Record<string, OperatorTest>;

/** json-rules-engine's `numberValidator`: anything `parseFloat` reads as a number may be compared. */
const numeric = (value: unknown): boolean =>
  Number.parseFloat(value as string).toString() !== 'NaN';

/** `indexOf` on whatever the value is, as json-rules-engine does (an array, or a string). */
const indexIn = (haystack: unknown, needle: unknown): number =>
  (haystack as { indexOf(item: unknown): number }).indexOf(needle);

export const OPERATOR_TESTS: Readonly<Record<string, OperatorTest>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => indexIn(b, a) > -1,
  notIn: (a, b) => indexIn(b, a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  // json-rules-engine 7.3's own comparisons, operand for operand: `a < b` on whatever values the facts
  // hold, after its number validator. That they agree is what the differential test checks.
  lessThan: (a, b) => numeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => numeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => numeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => numeric(a) && (a as number) >= (b as number),
  ...DATE_OPERATORS,
};

/** The date operators as json-rules-engine operators, for the reference evaluator. */
export const CUSTOM_OPERATORS: readonly Operator<unknown, unknown>[] = Object.entries(
  DATE_OPERATORS,
).map(([name, test]) => new Operator(name, test));

export const OPERATOR_NAMES: ReadonlySet<string> = new Set(Object.keys(OPERATOR_TESTS));
