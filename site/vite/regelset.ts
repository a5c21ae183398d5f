/**
 * A Vite plugin that hands the browser the rule set already checked. The module
 * `virtual:iza-regels/regelset` is the engine's `serializeRuleSet` of the rules that Node loaded and
 * checked while the site was built: the same files, checks, version and content hash as the CLI, but
 * without the source texts, the clause registers and the code that checks them. Rules that do not
 * load stop the build with the engine's messages.
 */
import { join } from 'node:path';
import type { ViteUserConfig } from 'astro';
import { formatIssue, serializeRuleSet } from '@iza-regels/engine';
import { defaultRulesDir, loadRuleSetFromDir, readRuleFiles } from '@iza-regels/engine/node';

type Plugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

export const REGELSET_MODULE = 'virtual:iza-regels/regelset';
const RESOLVED = `\0${REGELSET_MODULE}`;

export function regelsetPlugin(dir: string = defaultRulesDir()): Plugin {
  return {
    name: 'iza-regels:regelset',
    resolveId(id) {
      return id === REGELSET_MODULE ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // In `astro dev`, a changed rule file reloads the module.
      for (const { pad } of (await readRuleFiles(dir)).files) this.addWatchFile(join(dir, pad));
      const loaded = await loadRuleSetFromDir(dir);
      if (!loaded.ok) {
        const issues = loaded.issues.map((issue) => formatIssue(issue)).join('\n');
        throw new Error(`De IZA-regels laden niet; de site kan niet worden gebouwd.\n${issues}`);
      }
      // JSON.parse of one string is read faster than the same data as an object literal.
      const json = JSON.stringify(serializeRuleSet(loaded.ruleSet));
      return `export default JSON.parse(${JSON.stringify(json)});\n`;
    },
  };
}
