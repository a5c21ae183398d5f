// TypeScript consumer: the published types, checked strictly (exactOptionalPropertyTypes, no
// skipLibCheck) under `nodenext` and under `bundler`.
import { evaluateWith, type Evaluation, type EvaluateOptions, type Plan } from '@iza-regels/engine';
import { evaluate as evaluateNode, loadRuleSetFromDir } from '@iza-regels/engine/node';
import { evaluate, regelset } from '@iza-regels/engine/regelset';
import prebuilt, { hash, versie } from '@iza-regels/rules/regelset';

const options = { peildatum: '2026-11-23', variant: ['azwa-2028'] } satisfies EvaluateOptions;

export async function tweeKeer(plan: Plan): Promise<[Evaluation, Evaluation]> {
  return [await evaluate(plan, options), await evaluateNode(plan)];
}

export async function uitMap(map: string): Promise<string | undefined> {
  const loaded = await loadRuleSetFromDir(map);
  if (!loaded.ok) return loaded.issues[0]?.nl;
  const uitslag = await evaluateWith(loaded.ruleSet, {}, { detail: 'samenvatting' });
  return uitslag.geldig ? uitslag.regelset.hash : undefined;
}

export const zelfde: boolean = prebuilt.hash === regelset.hash && hash === regelset.hash;
export const label: string = `${versie} ${hash}`;
