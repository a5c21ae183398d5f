/**
 * The rule set, bundled into the page's JavaScript while the site is built, and loaded once in the
 * browser with the engine's own `loadRuleSet`: the same files, checks and content hash as the CLI.
 * Worked cases and examples are not part of the rule set and are left out of the bundle.
 */
import { formatIssue, loadRuleSet, type RuleSet, type RuleSourceFile } from '@iza-regels/engine';
import rulesPackage from '@iza-regels/rules/package.json';

const PREFIX = '../../../../rules/';

const json = import.meta.glob<unknown>(
  [
    '../../../../rules/**/*.json',
    '!../../../../rules/gevallen/**',
    '!../../../../rules/voorbeelden/**',
    '!../../../../rules/package.json',
    '!../../../../rules/**/node_modules/**',
  ],
  { eager: true, import: 'default' },
);
const text = import.meta.glob<string>('../../../../rules/bronnen/*.txt', {
  eager: true,
  query: '?raw',
  import: 'default',
});

const FILES: readonly RuleSourceFile[] = Object.entries({ ...json, ...text }).map(
  ([pad, inhoud]) => ({ pad: pad.slice(PREFIX.length), inhoud }),
);

let cached: Promise<RuleSet> | undefined;

/** The checked rule set; rejects (with the engine's messages) when the bundled files do not load. */
export function regelset(): Promise<RuleSet> {
  cached ??= loadRuleSet(FILES, rulesPackage.version).then((result) => {
    if (result.ok) return result.ruleSet;
    throw new Error(result.issues.map((issue) => formatIssue(issue)).join('\n'));
  });
  return cached;
}
