/**
 * `diffRuleFiles` on the shipped rules against a copy with one seeded change: the words name the
 * change, the scenarios find the outcomes it moves (and none before it starts), and the level follows
 * the policy in CONTRIBUTING.md. Every expectation is derived from the rule files themselves.
 */
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../explain/render.ts';
import { defaultRulesDir, readRuleFiles } from '../node.ts';
import type { RuleSourceFile } from '../rules/ruleset.ts';
import type { z } from 'zod';
import type { ParameterFileSchema, RuleFileInput } from '../rules/schema.ts';
import { diffRuleFiles } from './diff.ts';

type ParameterFileInput = z.input<typeof ParameterFileSchema>;

const { files } = await readRuleFiles(defaultRulesDir());
const copy = (): RuleSourceFile[] => structuredClone(files);
const SMALL = { scenarios: 20_000, threads: 1, vandaag: '2026-11-30' } as const;

/** A copy of the rules with one file changed in place. */
function edited<T>(pad: string, change: (inhoud: T) => void): RuleSourceFile[] {
  const next = copy();
  const file = next.find((entry) => entry.pad === pad);
  if (!file) throw new Error(`no ${pad}`);
  change(file.inhoud as T);
  return next;
}

/** A date parameter that some toets rule compares with, and that rule. */
function dateParameter(): { pad: string; id: string; waarde: string } {
  for (const file of files) {
    if (!file.pad.startsWith('parameters/')) continue;
    const parameter = file.inhoud as ParameterFileInput;
    const waarde = parameter.versies[0]?.waarde;
    if (parameter.type !== 'datum' || typeof waarde !== 'string' || parameter.versies.length !== 1)
      continue;
    const read = files.some(
      (rule) =>
        rule.pad.startsWith('regels/') &&
        JSON.stringify(rule.inhoud).includes(`"parameter.${parameter.id}"`) &&
        (rule.inhoud as RuleFileInput).soort === 'toets',
    );
    if (read) return { pad: file.pad, id: parameter.id, waarde };
  }
  throw new Error('no date parameter read by a toets rule');
}

const later = (date: string, days: number): string =>
  Temporal.PlainDate.from(date).add({ days }).toString();

/** The rules with a new version of a date parameter from `start` on, holding `waarde`. */
const withNewVersion = (pad: string, start: string, waarde: string): RuleSourceFile[] =>
  edited<ParameterFileInput>(pad, (inhoud) => {
    const first = inhoud.versies[0]!;
    inhoud.versies = [
      { ...first, geldigTot: later(start, -1) },
      { ...first, geldigVan: start, geldigTot: null, waarde },
    ];
  });

describe('diffRuleFiles', () => {
  it('finds nothing between a rule set and itself', async () => {
    const result = await diffRuleFiles(files, copy(), SMALL);
    expect(result.ok && result.diff.niveau).toBe('geen');
    expect(result.ok && result.diff.scenarios.aantal).toBe(SMALL.scenarios);
  });

  it('says in words when a date parameter moves, and from when', async () => {
    const parameter = dateParameter();
    const moved = later(parameter.waarde, 181);
    const start = '2099-01-01';
    const result = await diffRuleFiles(files, withNewVersion(parameter.pad, start, moved), SMALL);
    if (!result.ok) throw new Error('does not load');
    const words = result.diff.woorden.filter(
      (change) => change.onderwerp === `parameter ${parameter.id}`,
    );
    expect(words.map((change) => change.nl)).toEqual([
      expect.stringContaining(
        `verschuift van ${formatDate(parameter.waarde, 'nl')} naar ${formatDate(moved, 'nl')}, vanaf ${formatDate(start, 'nl')}`,
      ),
    ]);
  });

  it('finds the outcomes a moved date changes only from the new version on, and needs minor for a future start', async () => {
    const parameter = dateParameter();
    const start = '2099-01-01';
    const result = await diffRuleFiles(
      files,
      withNewVersion(parameter.pad, start, later(parameter.waarde, 181)),
      SMALL,
    );
    if (!result.ok) throw new Error('does not load');
    const { wijzigingen } = result.diff.scenarios;
    expect(wijzigingen.length).toBeGreaterThan(0);
    expect(wijzigingen.every((change) => change.vanaf >= start && change.niveau === 'minor')).toBe(
      true,
    );
    expect(result.diff.niveau).toBe('minor');
  });

  it('needs major when the value of an existing version changes, with a smallest example that shows it', async () => {
    const parameter = dateParameter();
    const result = await diffRuleFiles(
      files,
      edited<ParameterFileInput>(parameter.pad, (inhoud) => {
        inhoud.versies[0]!.waarde = later(parameter.waarde, 181);
      }),
      SMALL,
    );
    if (!result.ok) throw new Error('does not load');
    expect(result.diff.niveau).toBe('major');
    const change = result.diff.scenarios.wijzigingen[0];
    expect(change?.aantal).toBeGreaterThan(0);
    expect(Object.keys(change?.voorbeeld.feiten ?? {}).length).toBeGreaterThan(0);
    expect(result.diff.gevallen.wijzigingen.every((entry) => entry.niveau === 'major')).toBe(true);
  });

  it('needs major when a rule is removed', async () => {
    const removed = files.find((file) => file.pad.startsWith('regels/'));
    const result = await diffRuleFiles(
      files,
      copy().filter((file) => file.pad !== removed?.pad),
      SMALL,
    );
    // Removing a rule a question names fails the checks; either way the id disappears.
    if (result.ok) expect(result.diff.niveau).toBe('major');
    else expect(result.kant).toBe('nieuw');
  });

  it('calls a changed explanation a patch', async () => {
    const rule = files.find(
      (file) => file.pad.startsWith('regels/') && (file.inhoud as RuleFileInput).soort === 'toets',
    );
    const result = await diffRuleFiles(
      files,
      edited<RuleFileInput>(rule?.pad ?? '', (inhoud) => {
        inhoud.titel = { nl: `${inhoud.titel.nl} (herzien)`, en: `${inhoud.titel.en} (revised)` };
      }),
      SMALL,
    );
    expect(result.ok && result.diff.niveau).toBe('patch');
  });

  it('needs major when the json-rules-engine event of a rule changes: who runs the rule files gets it', async () => {
    const rule = files.find(
      (file) => file.pad.startsWith('regels/') && (file.inhoud as RuleFileInput).soort === 'toets',
    );
    const result = await diffRuleFiles(
      files,
      edited<RuleFileInput>(rule?.pad ?? '', (inhoud) => {
        for (const version of inhoud.versies) version.uitkomst = { type: 'iets-anders' };
      }),
      SMALL,
    );
    expect(result.ok && result.diff.niveau).toBe('major');
  });
});
