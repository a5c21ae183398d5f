/**
 * The checked rule set that the site and `@iza-regels/rules` ship gives exactly the receipts of the
 * rule set loaded from the files: same outcomes, texts, citations, rule-set version and hash.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateWith } from '../evaluate/evaluate.ts';
import { deadlines } from '../evaluate/termijnen.ts';
import { defaultRulesDir, loadRuleSetFromDir, readWorkedCases, shippedRuleSet } from '../node.ts';
import { ruleSetFromChecked, serializeRuleSet, type CheckedRuleSet } from './checked.ts';

/** As the browser gets it: through JSON. */
async function rebuilt() {
  const loaded = await loadRuleSetFromDir();
  if (!loaded.ok) throw new Error(`rules do not load: ${JSON.stringify(loaded.issues)}`);
  const shipped = loaded.ruleSet;
  const data = JSON.parse(JSON.stringify(serializeRuleSet(shipped))) as CheckedRuleSet;
  return { shipped, rebuilt: ruleSetFromChecked(data) };
}

describe('serializeRuleSet and ruleSetFromChecked', () => {
  it('keep version, hash and the order of rules, parameters and variants', async () => {
    const { shipped, rebuilt: fromChecked } = await rebuilt();
    expect(fromChecked.versie).toBe(shipped.versie);
    expect(fromChecked.hash).toBe(shipped.hash);
    expect(fromChecked.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect([...fromChecked.regels.keys()]).toEqual([...shipped.regels.keys()]);
    expect([...fromChecked.parameters.keys()]).toEqual([...shipped.parameters.keys()]);
    expect([...fromChecked.varianten.keys()]).toEqual([...shipped.varianten.keys()]);
    expect(fromChecked.clausules.size).toBe(0);
    expect(serializeRuleSet(fromChecked)).toEqual(serializeRuleSet(shipped));
  });

  it('leave out the source texts and clause registers', async () => {
    const { shipped } = await rebuilt();
    const text = JSON.stringify(serializeRuleSet(shipped));
    expect(text).not.toContain('"clausules"');
    expect(text.length).toBeLessThan(JSON.stringify([...shipped.clausules.values()]).length * 5);
  });

  it('are what `shippedRuleSet` and `@iza-regels/engine/regelset` evaluate with', async () => {
    const { rebuilt: fromChecked } = await rebuilt();
    expect(serializeRuleSet(await shippedRuleSet())).toEqual(serializeRuleSet(fromChecked));
  });

  it('refuses data of another format', () => {
    expect(() => ruleSetFromChecked({} as CheckedRuleSet)).toThrow(TypeError);
    expect(() => ruleSetFromChecked(null as unknown as CheckedRuleSet)).toThrow(TypeError);
  });

  it('give the same receipts for the example plans, with other readings', async () => {
    const { shipped, rebuilt: fromChecked } = await rebuilt();
    const folder = join(defaultRulesDir(), 'voorbeelden');
    const files = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const plan = JSON.parse(await readFile(join(folder, file), 'utf8')) as unknown;
      for (const variant of [[], ['azwa-2028'], ['doorrollen', 'geen-terugvordering']]) {
        const options = { peildatum: '2026-11-23', variant };
        const expected = await evaluateWith(shipped, plan, options);
        expect(expected.geldig, file).toBe(true);
        expect(await evaluateWith(fromChecked, plan, options), file).toEqual(expected);
      }
    }
  });

  it('give the same receipts for worked cases across the rules', { timeout: 60_000 }, async () => {
    const { shipped, rebuilt: fromChecked } = await rebuilt();
    // Every eighth case: all areas of the rules, at an eighth of the time of all cases.
    const cases = (await readWorkedCases()).filter((_, index) => index % 8 === 0);
    expect(cases.length).toBeGreaterThan(20);
    for (const entry of cases) {
      const options = {
        peildatum: entry.peildatum,
        variant: entry.varianten,
        andereLezingen: false,
      };
      expect(await evaluateWith(fromChecked, entry.plan, options), entry.naam).toEqual(
        await evaluateWith(shipped, entry.plan, options),
      );
    }
  });

  it('give the same deadlines', async () => {
    const { shipped, rebuilt: fromChecked } = await rebuilt();
    const input = {
      peildatum: '2026-11-23',
      gebeurtenissen: {
        snelleToetsGoedgekeurd: '2025-10-31',
        planCompleetOntvangen: '2026-10-30',
      },
    };
    expect(await deadlines(fromChecked, input)).toEqual(await deadlines(shipped, input));
  });
});
