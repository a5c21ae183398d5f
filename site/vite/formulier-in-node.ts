/**
 * `virtual:iza-regels/formulier` for Node outside the site's build (the tests of the site's modules;
 * see the alias in vitest.config.ts): the same data as `formulierPlugin` writes, made on import.
 */
import { defaultRulesDir, loadRuleSetFromDir } from '@iza-regels/engine/node';
import { FORMULIER_ID, formulierVan } from './formulier.ts';

const loaded = await loadRuleSetFromDir(defaultRulesDir());
if (!loaded.ok) throw new Error('De IZA-regels laden niet; `pnpm iza-regels check` zegt waarom.');

export { FORMULIER_ID };
export default formulierVan(loaded.ruleSet);
