/**
 * Compiled conditions: at load, each rule version's `vanToepassing` and `voorwaarden` (json-rules-engine
 * format, unchanged in the rule files) become plain synchronous functions with three-valued logic and
 * the project's operators, giving the same per-condition trace as json-rules-engine would
 * (`reference.ts`; the differential test holds them to that).
 */
import { findFact } from '../facts/catalogue.ts';
import type { FactTable } from '../facts/table.ts';
import type { ConditionState } from '../output/schema.ts';
import type { Condition, LeafCondition, RuleVersion } from '../rules/schema.ts';
import { OPERATOR_TESTS } from './operators.ts';
import {
  ALWAYS,
  factValue,
  judgeLeaf,
  valueFact,
  type Block,
  type LeafOutcome,
  type VersionOutcome,
} from './three-valued.ts';

/** Judges one condition tree on the facts, appending each leaf's trace in the order of the file. */
type Judge = (facts: FactTable, peildatum: unknown, leaves: LeafOutcome[]) => ConditionState;

function compileLeaf(condition: LeafCondition, deel: Block): Judge {
  const test = OPERATOR_TESTS[condition.operator];
  // `check` refuses unknown operators before a rule set can be evaluated.
  if (!test) throw new Error(`Rule file passed the checks with operator ${condition.operator}`);
  const compared = valueFact(condition.value);
  const zelfVerklaard = findFact(condition.fact)?.zelfVerklaard ?? false;
  return (facts, peildatum, leaves) => {
    const gevonden = factValue(facts, condition.fact);
    const compareTo = compared === undefined ? condition.value : factValue(facts, compared);
    // With an operand missing the leaf is `onbekend` whatever the operator says.
    const result = gevonden !== undefined && compareTo !== undefined && test(gevonden, compareTo);
    const outcome = judgeLeaf(
      condition,
      deel,
      gevonden,
      compareTo,
      result,
      peildatum,
      zelfVerklaard,
    );
    leaves.push(outcome);
    return outcome.status;
  };
}

/**
 * Kleene's `all` (dominated by `onwaar`) and `any` (dominated by `waar`). Every child is judged, as
 * json-rules-engine does, so the trace lists every condition.
 */
function join(children: readonly Judge[], empty: ConditionState, dominant: ConditionState): Judge {
  return (facts, peildatum, leaves) => {
    let state = empty;
    for (const child of children) {
      const own = child(facts, peildatum, leaves);
      if (own === dominant) state = dominant;
      else if (own === 'onbekend' && state !== dominant) state = 'onbekend';
    }
    return state;
  };
}

function compileNode(condition: Condition, deel: Block): Judge {
  if ('all' in condition)
    return join(
      condition.all.map((child) => compileNode(child, deel)),
      'waar',
      'onwaar',
    );
  if ('any' in condition)
    return join(
      condition.any.map((child) => compileNode(child, deel)),
      'onwaar',
      'waar',
    );
  if ('not' in condition) {
    const child = compileNode(condition.not, deel);
    return (facts, peildatum, leaves) => {
      const own = child(facts, peildatum, leaves);
      return own === 'waar' ? 'onwaar' : own === 'onwaar' ? 'waar' : 'onbekend';
    };
  }
  return compileLeaf(condition, deel);
}

export type CompiledVersion = (facts: FactTable) => VersionOutcome;

function compileBlock(
  version: RuleVersion,
  deel: Block,
): (facts: FactTable) => VersionOutcome[Block] {
  const condition = version[deel];
  if (condition === undefined) return () => ALWAYS;
  const judge = compileNode(condition, deel);
  return (facts) => {
    const leaves: LeafOutcome[] = [];
    const status = judge(facts, facts.get('peildatum'), leaves);
    return { status, leaves };
  };
}

const compiled = new WeakMap<RuleVersion, CompiledVersion>();

/** The version's conditions as one function; compiled once per version and kept with it. */
export function compileVersion(version: RuleVersion): CompiledVersion {
  let run = compiled.get(version);
  if (!run) {
    const vanToepassing = compileBlock(version, 'vanToepassing');
    const voorwaarden = compileBlock(version, 'voorwaarden');
    run = (facts) => ({ vanToepassing: vanToepassing(facts), voorwaarden: voorwaarden(facts) });
    compiled.set(version, run);
  }
  return run;
}
