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

/**
 * Plan input that the simulator cannot express, per case, with the reason. An empty group
 * (`"gebeurtenissen": {}`) has no answer in the form, so the form leaves the group out; the engine
 * reads an empty group and a missing one alike (simulator-uit-plan.test.ts checks that); only the
 * input hash differs.
 */
export const NIET_UIT_TE_DRUKKEN: Readonly<Record<string, readonly string[]>> = {
  'CAL-06 en ADD.B1.3: om vóór eind 2026 een besluit te hebben, moet het complete plan uiterlijk 5 november 2026 binnen zijn':
    ['gebeurtenissen'],
  'FIN-03 (ICT25.postbus): zonder datums van de snelle toets is nog niet te zeggen of het plan meetelt':
    ['gebeurtenissen'],
  'FIN-03 (ICT25.postbus): vóór 1 juli 2025 was de intake open en gold deze regel nog niet': [
    'gebeurtenissen',
  ],
  'WI.1e.1 en CAL-03: zonder datum van de complete aanvraag loopt de klok niet': ['gebeurtenissen'],
};

/**
 * Fields that the link carries but the form does not ask, because no rule reads them: a person never
 * needs to type them to get the same answers.
 */
export const NIET_GEVRAAGD = ['$schema', 'kpis.aantal', 'naam'];

/** The plan without these fields; a path such as `kpis.aantal` reaches into a group. */
export function zonder(
  plan: Readonly<Record<string, unknown>>,
  paden: readonly string[],
): Record<string, unknown> {
  const kopie = structuredClone(plan) as Record<string, unknown>;
  for (const pad of paden) {
    const keys = pad.split('.');
    let node: unknown = kopie;
    for (const key of keys.slice(0, -1))
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined;
    if (typeof node === 'object' && node !== null)
      delete (node as Record<string, unknown>)[keys.at(-1) ?? pad];
  }
  return kopie;
}
