/**
 * The adapter over json-rules-engine. The engine evaluates every leaf condition; this module reads its
 * trace and adds the third value: a leaf whose fact is missing is `onbekend`, and `all`/`any`/`not`
 * combine with Kleene's three-valued logic, so a missing fact can never turn into a `voldoet`.
 */
import { Engine, type TopLevelConditionResult } from 'json-rules-engine';
import { Temporal } from 'temporal-polyfill';
import { findFact } from '../facts/catalogue.ts';
import type { Facts } from '../facts/derive.ts';
import type { ConditionState } from '../output/schema.ts';
import type { Condition, LeafCondition, RuleVersion, TopCondition } from '../rules/schema.ts';
import { CUSTOM_OPERATORS } from './operators.ts';

export interface LeafOutcome {
  readonly condition: LeafCondition;
  readonly deel: 'vanToepassing' | 'voorwaarden';
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

export interface VersionOutcome {
  readonly vanToepassing: BlockOutcome;
  readonly voorwaarden: BlockOutcome;
}

const BLOCKS = ['vanToepassing', 'voorwaarden'] as const;
const ALWAYS: BlockOutcome = { status: 'waar', leaves: [] };

export function and(states: readonly ConditionState[]): ConditionState {
  if (states.includes('onwaar')) return 'onwaar';
  return states.includes('onbekend') ? 'onbekend' : 'waar';
}

export function or(states: readonly ConditionState[]): ConditionState {
  if (states.includes('waar')) return 'waar';
  return states.includes('onbekend') ? 'onbekend' : 'onwaar';
}

const not = (state: ConditionState): ConditionState =>
  state === 'waar' ? 'onwaar' : state === 'onwaar' ? 'waar' : 'onbekend';

type ResultNode = TopLevelConditionResult | { not: ResultNode } | LeafResult;
interface LeafResult {
  name?: string;
  fact: string;
  operator: string;
  value: unknown;
  result?: boolean;
  factResult?: unknown;
  valueResult?: unknown;
}

function valueFact(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && 'fact' in value
    ? String(value.fact)
    : undefined;
}

/**
 * An event given as `null` has not happened by the peildatum. "It happened on or before D" is then
 * false once the peildatum is past D (it can no longer happen in time), and still open before that;
 * "it happened on or after D" is false.
 */
function pendingEvent(leaf: LeafResult, peildatum: unknown): ConditionState | undefined {
  if (
    leaf.factResult !== null ||
    typeof peildatum !== 'string' ||
    typeof leaf.valueResult !== 'string'
  )
    return undefined;
  if (!/^date/.test(leaf.operator)) return undefined;
  const order = Temporal.PlainDate.compare(peildatum, leaf.valueResult);
  if (leaf.operator === 'dateOnOrBefore') return order > 0 ? 'onwaar' : 'onbekend';
  if (leaf.operator === 'dateBefore') return order >= 0 ? 'onwaar' : 'onbekend';
  // "It happened on or after D": it has not happened, so as of the peildatum it is false.
  return 'onwaar';
}

function judge(
  node: ResultNode,
  deel: LeafOutcome['deel'],
  leaves: LeafOutcome[],
  peildatum: unknown,
): ConditionState {
  if ('all' in node && Array.isArray(node.all))
    return and(node.all.map((child) => judge(child as ResultNode, deel, leaves, peildatum)));
  if ('any' in node && Array.isArray(node.any))
    return or(node.any.map((child) => judge(child as ResultNode, deel, leaves, peildatum)));
  if ('not' in node) return not(judge(node.not, deel, leaves, peildatum));
  const leaf = node as LeafResult;
  const compared = valueFact(leaf.value);
  const ontbrekend = [
    ...(leaf.factResult === undefined ? [leaf.fact] : []),
    ...(compared !== undefined && leaf.valueResult === undefined ? [compared] : []),
  ];
  const status: ConditionState =
    ontbrekend.length > 0
      ? 'onbekend'
      : (pendingEvent(leaf, peildatum) ?? (leaf.result ? 'waar' : 'onwaar'));
  leaves.push({
    condition: {
      name: leaf.name ?? '',
      fact: leaf.fact,
      operator: leaf.operator,
      value: leaf.value as LeafCondition['value'],
    },
    deel,
    status,
    gevonden: leaf.factResult,
    zelfVerklaard: findFact(leaf.fact)?.zelfVerklaard ?? false,
    ontbrekend,
  });
  return status;
}

function factsOf(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(factsOf);
  if ('any' in condition) return condition.any.flatMap(factsOf);
  if ('not' in condition) return factsOf(condition.not);
  const compared = valueFact(condition.value);
  return compared === undefined ? [condition.fact] : [condition.fact, compared];
}

/**
 * One json-rules-engine instance per rule version, holding the applicability and the test as two
 * rules. Engines are reusable: each `run` gets a fresh almanac.
 */
export class CompiledVersion {
  readonly #engine: Engine;
  readonly #blocks: ReadonlyArray<(typeof BLOCKS)[number]>;
  /** The facts this version reads. Handing json-rules-engine only these keeps each run cheap. */
  readonly #facts: readonly string[];

  constructor(version: RuleVersion) {
    this.#engine = new Engine([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
    for (const operator of CUSTOM_OPERATORS) this.#engine.addOperator(operator);
    this.#blocks = BLOCKS.filter((block) => version[block] !== undefined);
    this.#facts = [
      ...new Set(this.#blocks.flatMap((block) => factsOf(version[block] as Condition))),
    ];
    for (const block of this.#blocks) {
      this.#engine.addRule({
        name: block,
        conditions: version[block] as TopCondition,
        event: { type: block },
      });
    }
  }

  async run(facts: Facts): Promise<VersionOutcome> {
    const outcome: Record<(typeof BLOCKS)[number], BlockOutcome> = {
      vanToepassing: ALWAYS,
      voorwaarden: ALWAYS,
    };
    if (this.#blocks.length === 0) return outcome;
    const used: Facts = {};
    for (const fact of this.#facts) if (fact in facts) used[fact] = facts[fact] ?? null;
    const { results, failureResults } = await this.#engine.run(used);
    for (const ruleResult of [...results, ...failureResults]) {
      const block = ruleResult.name as (typeof BLOCKS)[number];
      const leaves: LeafOutcome[] = [];
      const status = judge(ruleResult.conditions, block, leaves, facts['peildatum']);
      outcome[block] = { status, leaves };
    }
    return outcome;
  }
}
