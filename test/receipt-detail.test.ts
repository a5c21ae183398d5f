/**
 * The receipt's two detail levels: the full receipt names each cited text once and every key a rule
 * or condition uses resolves there; the summary gives the same outcomes without the traces, and both
 * validate against the published JSON Schema of the receipt.
 */
import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { deadlines, evaluateWith, type Receipt } from '@iza-regels/engine';
import { publishedSchemaValidator, rulesDir, shippedRules, workedCases } from './support.ts';

const ruleSet = await shippedRules();
const PEILDATUM = '2026-11-23';
const examples = (await readdir(`${rulesDir}/voorbeelden`)).filter((name) =>
  name.endsWith('.json'),
);
const plans = await Promise.all(
  examples.map(
    async (name) =>
      [name, JSON.parse(await readFile(`${rulesDir}/voorbeelden/${name}`, 'utf8'))] as const,
  ),
);

const validate = await publishedSchemaValidator('uitslag');

function keysUsed(receipt: Receipt): string[] {
  return receipt.regels.flatMap((rule) => [
    ...rule.citaten,
    ...rule.voorwaarden.map((condition) => condition.citaat),
    ...(rule.kostenregels ?? []).flatMap((line) => line.voorwaarden.map((c) => c.citaat)),
  ]);
}

describe.each(plans)('the receipt of %s', (_name, plan) => {
  it('full: every citation key of a rule or condition resolves in citaten, and each is used', async () => {
    const receipt = await evaluateWith(ruleSet, plan, { peildatum: PEILDATUM });
    if (!receipt.geldig) throw new Error('example plan is invalid');
    const used = new Set(keysUsed(receipt));
    expect([...used].filter((key) => receipt.citaten[key] === undefined)).toEqual([]);
    expect(Object.keys(receipt.citaten).filter((key) => !used.has(key))).toEqual([]);
    expect(validate(receipt), JSON.stringify(validate.errors)).toBe(true);
  });

  it('summary: the same outcomes per rule, question and cost line, reasons only for no and open', async () => {
    const full = await evaluateWith(ruleSet, plan, { peildatum: PEILDATUM });
    const summary = await evaluateWith(ruleSet, plan, {
      peildatum: PEILDATUM,
      detail: 'samenvatting',
    });
    if (!full.geldig || !summary.geldig) throw new Error('example plan is invalid');
    expect(validate(summary), JSON.stringify(validate.errors)).toBe(true);
    expect(summary.regels.map((rule) => [rule.id, rule.uitkomst])).toEqual(
      full.regels.map((rule) => [rule.id, rule.uitkomst]),
    );
    expect(summary.vragen).toEqual(full.vragen);
    expect(summary.bedragen).toEqual(full.bedragen);
    expect(summary.andereLezingen).toEqual(full.andereLezingen);
    for (const rule of summary.regels) {
      const reasons = rule.uitkomst === 'voldoet-niet' || rule.uitkomst === 'onbekend';
      expect(rule.uitleg !== undefined, rule.id).toBe(reasons);
    }
  });

  it('summary: a rule gives the same reasons and clauses as in the full receipt, cost lines named', async () => {
    const full = await evaluateWith(ruleSet, plan, { peildatum: PEILDATUM });
    const summary = await evaluateWith(ruleSet, plan, {
      peildatum: PEILDATUM,
      detail: 'samenvatting',
    });
    if (!full.geldig || !summary.geldig) throw new Error('example plan is invalid');
    const byId = new Map(full.regels.map((rule) => [rule.id, rule]));
    for (const rule of summary.regels.filter((entry) => entry.uitleg !== undefined)) {
      expect(rule.uitleg, rule.id).toEqual(byId.get(rule.id)?.uitleg);
      expect(rule.citaten, rule.id).toEqual(byId.get(rule.id)?.citaten);
    }
  });
});

describe('options', () => {
  it('refuses an unknown detail level, naming opties.detail in Dutch and English', async () => {
    const result = await evaluateWith(
      ruleSet,
      {},
      {
        detail: 'alles' as 'volledig',
      },
    );
    expect(result.geldig).toBe(false);
    if (!result.geldig) {
      expect(result.problemen.map((problem) => problem.pad)).toEqual(['opties.detail']);
      expect(result.problemen[0]?.nl).toContain('samenvatting');
      expect(result.problemen[0]?.en).toContain('Choose from');
    }
  });
});

const casesWithDeadlines = (await workedCases()).filter(
  (entry) => Object.keys(entry.verwacht.termijnen).length > 0,
);

describe('deadlines() without evaluating the plan', () => {
  const cases = casesWithDeadlines;
  it.each(cases.map((entry) => [entry.naam, entry] as const))(
    '%s: the same deadlines, planning and explanations as a whole evaluation',
    async (_naam, entry) => {
      const gebeurtenissen =
        (entry.plan as { gebeurtenissen?: Record<string, string> }).gebeurtenissen ?? {};
      const options = { peildatum: entry.peildatum, variant: entry.varianten };
      const alone = await deadlines(ruleSet, { gebeurtenissen, ...options });
      const whole = await evaluateWith(
        ruleSet,
        { gebeurtenissen },
        {
          ...options,
          andereLezingen: false,
        },
      );
      if (!alone.geldig || !whole.geldig) throw new Error('invalid case');
      expect(alone.termijnen).toEqual(whole.termijnen);
      expect(alone.planning).toEqual(whole.planning);
      expect(alone.uitleg).toEqual(
        whole.regels
          .filter((rule) => rule.soort === 'termijn')
          .map((rule) => ({ regel: rule.id, ...rule.uitleg })),
      );
    },
  );
});
