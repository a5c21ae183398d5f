/**
 * A plan-level fact that reads a field of every cost line (such as `kosten.gesplitst`: does every line
 * say its `aard`?) is asked for the lines that leave the field out, `kosten[1].aard`, not for a vague
 * `kosten[].aard`.
 */
import type { Plan } from '../input/schema.ts';
import type { MissingFact } from '../output/schema.ts';
import { sortMissing } from './rules.ts';

const LINE_FIELD = /^kosten\[\]\.(\w+)$/;

function perLine(plan: Plan, fact: MissingFact): MissingFact[] {
  const field = LINE_FIELD.exec(fact.invoer)?.[1];
  const lines = plan.kosten ?? [];
  if (field === undefined) return [fact];
  const open = lines.flatMap((line, index) =>
    (line as Record<string, unknown>)[field] === undefined ? [index] : [],
  );
  if (open.length === 0) return [fact];
  return open.map((index) => ({ ...fact, invoer: `kosten[${index}].${field}` }));
}

/** The same missing facts, pointing at the cost lines that leave the field out. */
export function pointAtLines(plan: Plan, facts: readonly MissingFact[]): readonly MissingFact[] {
  if (!facts.some((fact) => LINE_FIELD.test(fact.invoer))) return facts;
  return sortMissing(facts.flatMap((fact) => perLine(plan, fact)));
}
