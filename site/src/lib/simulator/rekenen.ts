/**
 * The calculating half of the islands, fetched after the page shows its form: the engine's evaluator
 * and deadlines with the rule set that was loaded and checked while the site was built (see
 * vite/regelset.ts), rebuilt here with `ruleSetFromChecked`: the same rules, version and content hash
 * as the CLI, without the source texts, the clause registers and the code that checks them.
 */
import {
  deadlines,
  evaluateWith,
  openFieldsOf,
  ruleSetFromChecked,
  type RuleSet,
} from '@iza-regels/engine';
import checked from 'virtual:iza-regels/regelset';

/** The checked rule set; importing this module fails (with the engine's message) when it is not one. */
export const ruleSet: RuleSet = ruleSetFromChecked(checked);

export { deadlines, evaluateWith, openFieldsOf };
