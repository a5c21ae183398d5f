/**
 * Every plan a person can open in the simulator from the site: the example plans of
 * rules/voorbeelden (at the README's peildatum) and every worked case of rules/gevallen, as the JSON
 * files hold them (nothing parsed or normalised), with their peildatum and variants.
 */
import { readFile, readdir } from 'node:fs/promises';
import { rulesDir } from '../support.ts';

export interface SimulatorPlan {
  /** `voorbeelden/ggz-wijk-spuk.json`, or the worked case's own name. */
  readonly naam: string;
  readonly bestand: string;
  readonly plan: Readonly<Record<string, unknown>>;
  readonly peildatum: string;
  readonly varianten: readonly string[];
}

/** The peildatum of the examples in the README and on the home page. */
export const VOORBEELD_PEILDATUM = '2026-11-23';

async function jsonFiles(folder: string): Promise<string[]> {
  return (await readdir(`${rulesDir}/${folder}`)).filter((name) => name.endsWith('.json')).sort();
}

const read = async (path: string): Promise<unknown> =>
  JSON.parse(await readFile(`${rulesDir}/${path}`, 'utf8')) as unknown;

export async function simulatorPlannen(): Promise<SimulatorPlan[]> {
  const plannen: SimulatorPlan[] = [];
  for (const file of await jsonFiles('voorbeelden')) {
    const bestand = `voorbeelden/${file}`;
    plannen.push({
      naam: bestand,
      bestand,
      plan: (await read(bestand)) as Record<string, unknown>,
      peildatum: VOORBEELD_PEILDATUM,
      varianten: [],
    });
  }
  for (const file of await jsonFiles('gevallen')) {
    const bestand = `gevallen/${file}`;
    const { gevallen } = (await read(bestand)) as {
      gevallen: Array<{
        naam: string;
        peildatum: string;
        varianten?: string[];
        plan: Record<string, unknown>;
      }>;
    };
    for (const geval of gevallen)
      plannen.push({
        naam: geval.naam,
        bestand,
        plan: geval.plan,
        peildatum: geval.peildatum,
        varianten: geval.varianten ?? [],
      });
  }
  return plannen;
}
