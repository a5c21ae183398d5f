/**
 * A scenario's facts as the smallest plan that gives them: a fact copied from one plan field goes to
 * that field (a cost line's field to `kosten[0]`); a fact the engine derives stays a fact, with the
 * fields it is computed from named in the catalogue.
 */
import { findFact } from '../facts/catalogue.ts';
import type { FactValue } from './fact-sets.ts';

export interface ExamplePlan {
  readonly plan: Record<string, unknown>;
  /** Derived facts (and parameters): not a field of the plan. */
  readonly afgeleid: Readonly<Record<string, FactValue>>;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.replace('[]', '[0]').split('.');
  let node: Record<string, unknown> | unknown[] = target;
  parts.forEach((part, index) => {
    const list = /^(.+)\[0\]$/.exec(part);
    const last = index === parts.length - 1;
    const container = node as Record<string, unknown>;
    if (list) {
      const name = list[1] ?? part;
      const items = (container[name] ??= [{}]) as Array<Record<string, unknown>>;
      node = items[0] ??= {};
      if (last) items[0] = value as Record<string, unknown>;
    } else if (last) container[part] = value;
    else node = (container[part] ??= {}) as Record<string, unknown>;
  });
}

export function examplePlan(feiten: Readonly<Record<string, FactValue>>): ExamplePlan {
  const plan: Record<string, unknown> = {};
  const afgeleid: Record<string, FactValue> = {};
  for (const [fact, value] of Object.entries(feiten)) {
    const definition = findFact(fact);
    if (definition && !definition.afgeleid && !definition.invoer.startsWith('('))
      setPath(plan, definition.invoer, value);
    else afgeleid[fact] = value;
  }
  return { plan, afgeleid };
}
