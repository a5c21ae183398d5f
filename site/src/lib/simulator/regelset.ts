/**
 * The rule set in the browser. It was loaded and checked with the engine's `loadRuleSet` while the
 * site was built (see vite/regelset.ts), so the page ships only what evaluation needs and rebuilds it
 * here with `ruleSetFromChecked`: the same rules, version and content hash as the CLI, without the
 * source texts, the clause registers and the code that checks them. This module is imported
 * dynamically, so the data arrives after the page has shown its first text.
 */
import { ruleSetFromChecked, type RuleSet } from '@iza-regels/engine';
import checked from 'virtual:iza-regels/regelset';

let cached: Promise<RuleSet> | undefined;

/** The checked rule set; rejects (with the engine's message) when the shipped data is not one. */
export function regelset(): Promise<RuleSet> {
  cached ??= new Promise((resolve) => resolve(ruleSetFromChecked(checked)));
  return cached;
}
