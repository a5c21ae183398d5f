/**
 * A Vite plugin that writes the module `virtual:iza-regels/formulier`: what the forms of the simulator
 * and the deadline calculator need (src/lib/simulator/formulier.ts), taken from the engine and the
 * checked rules in Node while the site is built. The page renders its form from it as HTML, and the
 * browser does not need the plan schema (zod) to draw a field.
 */
import type { ViteUserConfig } from 'astro';
import { fieldsFor, planFields, type RuleSet } from '@iza-regels/engine';
import { defaultRulesDir, loadRuleSetFromDir } from '@iza-regels/engine/node';
import type { Formulier } from '../src/lib/simulator/formulier.ts';

type Plugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

const MODULE = 'virtual:iza-regels/formulier';
const RESOLVED = `\0${MODULE}`;
/** The element of the page that holds the data (src/components/simulator/FormulierData.astro). */
export const FORMULIER_ID = 'iza-formulier';

/** The rules with a reaction time between two events, and the date fields of those events. */
function gebeurtenissen(ruleSet: RuleSet): Formulier['gebeurtenissen'] {
  const facts = new Set<string>();
  const regels: string[] = [];
  for (const regel of ruleSet.regels.values())
    for (const versie of regel.versies)
      if (versie.termijn?.start.startsWith('gebeurtenissen.')) {
        facts.add(versie.termijn.start).add(versie.termijn.einde);
        if (!regels.includes(regel.id)) regels.push(regel.id);
      }
  const paden = planFields()
    .filter((field) => field.feit !== undefined && facts.has(field.feit))
    .filter((field) => field.pad.startsWith('gebeurtenissen.'))
    .map((field) => field.pad);
  return { paden, regels };
}

export function formulierVan(ruleSet: RuleSet): Formulier {
  const vragen = ruleSet.vragen.vragen;
  return {
    vragen: vragen.map(({ id, titel }) => ({ id, titel })),
    varianten: [...ruleSet.varianten.values()].map(({ id, titel, uitleg, zekerheid }) => ({
      id,
      titel,
      uitleg,
      zekerheid,
    })),
    // `feit` is for tools that map fields to facts; the forms do not read it.
    velden: planFields().map(({ feit: _feit, ...field }) => field),
    veldenPerVraag: Object.fromEntries(
      vragen.map(({ id }) => [id, fieldsFor(ruleSet, [id]).map((field) => field.pad)]),
    ),
    gebeurtenissen: gebeurtenissen(ruleSet),
  };
}

export function formulierPlugin(dir: string = defaultRulesDir()): Plugin {
  return {
    name: 'iza-regels:formulier',
    resolveId(module) {
      return module === MODULE ? RESOLVED : undefined;
    },
    async load(module) {
      if (module !== RESOLVED) return undefined;
      const id = `export const FORMULIER_ID = ${JSON.stringify(FORMULIER_ID)};\n`;
      // The browser reads the data from the page, which has it from the server build.
      if (this.environment.name === 'client')
        return `${id}export default JSON.parse(document.getElementById(FORMULIER_ID).textContent);\n`;
      const loaded = await loadRuleSetFromDir(dir);
      // The rule set plugin says what is wrong with rules that do not load.
      if (!loaded.ok) throw new Error('De IZA-regels laden niet; zie de meldingen hierboven.');
      const json = JSON.stringify(formulierVan(loaded.ruleSet));
      return `${id}export default JSON.parse(${JSON.stringify(json)});\n`;
    },
  };
}
