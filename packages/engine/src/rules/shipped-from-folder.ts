/**
 * `#regelset` in the workspace (export condition `@iza-regels/source`): the checked rule set of the
 * rules folder as it is on disk now, so tests, the CLI and scripts run from source without building
 * `@iza-regels/rules` first. Outside the workspace `#regelset` is that package's prebuilt
 * `dist/regelset.js`, made by the same function (packages/engine/scripts/build-regelset.ts).
 */
import { checkedRuleSetOfDir } from './folder.ts';

export default await checkedRuleSetOfDir();
