/**
 * The reference semantics: the same rule version run on json-rules-engine, the format's own engine.
 * The evaluator does not use it; the differential test and `iza-regels check` compare the compiled
 * conditions with it, condition by condition, so the two cannot drift apart unseen.
 */
import { Engine, type TopLevelConditionResult } from 'json-rules-engine';
import { findFact } from '../facts/catalogue.ts';
import type { Facts } from '../facts/derive.ts';
import type { FactTable } from '../facts/table.ts';
import type { ConditionState } from '../output/schema.ts';
import type { Condition, LeafCondition, RuleVersion, TopCondition } from '../rules/schema.ts';
import { CUSTOM_OPERATORS } from './operators.ts';
import {
  ALWAYS,
  BLOCKS,
  and,
  factsOf,
  factValue,
  judgeLeaf,
  not,
  or,
  type Block,
  type BlockOutcome,
  type LeafOutcome,
  type VersionOutcome,
} from './three-valued.ts';

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

function judge(
  node: ResultNode,
  deel: Block,
  leaves: LeafOutcome[],
  peildatum: unknown,
): ConditionState {
  if ('all' in node && Array.isArray(node.all))
    return and(node.all.map((child) => judge(child as ResultNode, deel, leaves, peildatum)));
  if ('any' in node && Array.isArray(node.any))
    return or(node.any.map((child) => judge(child as ResultNode, deel, leaves, peildatum)));
  if ('not' in node) return not(judge(node.not, deel, leaves, peildatum));
  const leaf = node as LeafResult;
  const condition: LeafCondition = {
    name: leaf.name ?? '',
    fact: leaf.fact,
    operator: leaf.operator,
    value: leaf.value as LeafCondition['value'],
  };
  const outcome = judgeLeaf(
    condition,
    deel,
    leaf.factResult,
    leaf.valueResult,
    leaf.result === true,
    peildatum,
    findFact(leaf.fact)?.zelfVerklaard ?? false,
  );
  leaves.push(outcome);
  return outcome.status;
}

/**
 * One json-rules-engine instance per rule version, holding the applicability and the test as two
 * rules. Engines are reusable: each `run` gets a fresh almanac.
 */
export class ReferenceVersion {
  readonly #engine: Engine;
  readonly #blocks: readonly Block[];
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

  async run(facts: FactTable): Promise<VersionOutcome> {
    const outcome: Record<Block, BlockOutcome> = { vanToepassing: ALWAYS, voorwaarden: ALWAYS };
    if (this.#blocks.length === 0) return outcome;
    const used: Facts = {};
    for (const fact of this.#facts) {
      const value = factValue(facts, fact);
      if (value !== undefined) used[fact] = value as Facts[string];
    }
    const { results, failureResults } = await this.#engine.run(used);
    for (const ruleResult of [...results, ...failureResults]) {
      const block = ruleResult.name as Block;
      const leaves: LeafOutcome[] = [];
      const status = judge(ruleResult.conditions, block, leaves, facts.get('peildatum'));
      outcome[block] = { status, leaves };
    }
    return outcome;
  }
}
