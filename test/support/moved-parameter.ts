/**
 * A rule change as policy staff make it, in a copy of the rules: a date parameter that a `toets` rule
 * reads moves six months later. The parameter and its date come from the shipped rules, so the change
 * still exists when they are edited.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { shippedRules } from '../support.ts';

export interface MovedParameter {
  readonly id: string;
  readonly from: string;
  readonly to: string;
}

/** Move the first such parameter in the rules folder `rules` (a copy); returns what moved. */
export async function moveDateParameter(rules: string): Promise<MovedParameter> {
  const ruleSet = await shippedRules();
  const read = JSON.stringify(
    [...ruleSet.regels.values()].filter((rule) => rule.soort === 'toets'),
  );
  for (const parameter of ruleSet.parameters.values()) {
    const waarde = parameter.versies[0]?.waarde;
    if (parameter.type !== 'datum' || parameter.versies.length !== 1 || typeof waarde !== 'string')
      continue;
    if (!read.includes(`"parameter.${parameter.id}"`)) continue;
    const to = Temporal.PlainDate.from(waarde).add({ months: 6 }).toString();
    const file = join(rules, 'parameters', `${parameter.id}.json`);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(`"waarde": "${waarde}"`, `"waarde": "${to}"`));
    return { id: parameter.id, from: waarde, to };
  }
  throw new Error('No date parameter with one version read by a toets rule');
}
