/**
 * What both condition evaluators share: the trace of one leaf and Kleene's three-valued logic. A leaf
 * whose fact is missing is `onbekend`, and `all`/`any`/`not` combine so that a missing fact can never
 * turn into a `voldoet`.
 */
import { Temporal } from 'temporal-polyfill';
import type { FactTable } from '../facts/table.ts';
import type { ConditionState } from '../output/schema.ts';
import type { Condition, LeafCondition } from '../rules/schema.ts';

export type Block = 'vanToepassing' | 'voorwaarden';
export const BLOCKS: readonly Block[] = ['vanToepassing', 'voorwaarden'];

export interface LeafOutcome {
  readonly condition: LeafCondition;
  readonly deel: Block;
  readonly status: ConditionState;
  readonly gevonden: unknown;
  readonly zelfVerklaard: boolean;
  /** Facts whose absence made this leaf unknown. */
  readonly ontbrekend: readonly string[];
}

export interface BlockOutcome {
  readonly status: ConditionState;
  readonly leaves: readonly LeafOutcome[];
}

export type VersionOutcome = Readonly<Record<Block, BlockOutcome>>;

export const ALWAYS: BlockOutcome = { status: 'waar', leaves: [] };

export function and(states: readonly ConditionState[]): ConditionState {
  if (states.includes('onwaar')) return 'onwaar';
  return states.includes('onbekend') ? 'onbekend' : 'waar';
}

export function or(states: readonly ConditionState[]): ConditionState {
  if (states.includes('waar')) return 'waar';
  return states.includes('onbekend') ? 'onbekend' : 'onwaar';
}

export const not = (state: ConditionState): ConditionState =>
  state === 'waar' ? 'onwaar' : state === 'onwaar' ? 'waar' : 'onbekend';

/** The other fact a leaf compares with, for `"value": { "fact": … }`. */
export function valueFact(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && 'fact' in value
    ? String(value.fact)
    : undefined;
}

/** Every fact a condition tree reads, in the order it reads them. */
export function factsOf(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(factsOf);
  if ('any' in condition) return condition.any.flatMap(factsOf);
  if ('not' in condition) return factsOf(condition.not);
  const compared = valueFact(condition.value);
  return compared === undefined ? [condition.fact] : [condition.fact, compared];
}

/**
 * A fact as json-rules-engine sees it here: absent (`undefined`, unknown) or a value, where `null`
 * means known not to have happened.
 */
export const factValue = (facts: FactTable, id: string): unknown => facts.get(id);

/**
 * An event given as `null` has not happened by the peildatum. "It happened on or before D" is then
 * false once the peildatum is past D (it can no longer happen in time), and still open before that;
 * "it happened on or after D" is false.
 */
function pendingEvent(
  operator: string,
  gevonden: unknown,
  compareTo: unknown,
  peildatum: unknown,
): ConditionState | undefined {
  if (gevonden !== null || typeof peildatum !== 'string' || typeof compareTo !== 'string')
    return undefined;
  if (!operator.startsWith('date')) return undefined;
  const order = Temporal.PlainDate.compare(peildatum, compareTo);
  if (operator === 'dateOnOrBefore') return order > 0 ? 'onwaar' : 'onbekend';
  if (operator === 'dateBefore') return order >= 0 ? 'onwaar' : 'onbekend';
  // "It happened on or after D": it has not happened, so as of the peildatum it is false.
  return 'onwaar';
}

/** One leaf's trace from the two operands as found and the operator's two-valued result. */
export function judgeLeaf(
  condition: LeafCondition,
  deel: Block,
  gevonden: unknown,
  compareTo: unknown,
  result: boolean,
  peildatum: unknown,
  zelfVerklaard: boolean,
): LeafOutcome {
  const compared = valueFact(condition.value);
  const ontbrekend = [
    ...(gevonden === undefined ? [condition.fact] : []),
    ...(compared !== undefined && compareTo === undefined ? [compared] : []),
  ];
  const status: ConditionState =
    ontbrekend.length > 0
      ? 'onbekend'
      : (pendingEvent(condition.operator, gevonden, compareTo, peildatum) ??
        (result ? 'waar' : 'onwaar'));
  return { condition, deel, status, gevonden, zelfVerklaard, ontbrekend };
}
