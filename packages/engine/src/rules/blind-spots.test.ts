/**
 * The defects `check` used to miss (issue 12), each seeded into a copy of the real rules: the check
 * names the rule (or case) and the JSON path.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRulesDir, defaultRulesDir, readRuleFiles } from '../node.ts';
import { loadRuleSet } from './load.ts';
import type { RuleSourceFile } from './ruleset.ts';
import type { RuleFileInput } from './schema.ts';

const { files } = await readRuleFiles(defaultRulesDir());
const rules = files.filter((file) => file.pad.startsWith('regels/'));
const ruleOf = (file: RuleSourceFile) => file.inhoud as RuleFileInput;

function withEdit(pad: string, edit: (inhoud: Record<string, unknown>) => void): RuleSourceFile[] {
  return files.map((file) => {
    if (file.pad !== pad) return file;
    const copy = structuredClone(file.inhoud) as Record<string, unknown>;
    edit(copy);
    return { pad, inhoud: copy };
  });
}

async function codes(changed: RuleSourceFile[]) {
  const result = await loadRuleSet(changed, 'test');
  return result.ok ? [] : result.issues.map(({ code, regel, pad }) => ({ code, regel, pad }));
}

/** The first leaf condition of the first version that compares `type`-typed facts. */
const base = rules.find((file) => (ruleOf(file).uitzonderingen ?? []).length > 0);
const exception = rules.find((file) => ruleOf(file).uitzonderingOp !== undefined);
const plain = rules.find(
  (file) =>
    ruleOf(file).soort === 'toets' &&
    !ruleOf(file).uitzonderingOp &&
    !(ruleOf(file).uitzonderingen ?? []).length,
);

describe('check closes its blind spots', () => {
  it('reports a rule that no question names', async () => {
    const vragen = files.find((file) => file.pad === 'vragen.json');
    const id = ruleOf(plain!).id;
    const changed = files.map((file) =>
      file === vragen
        ? {
            pad: file.pad,
            inhoud: {
              ...(file.inhoud as object),
              vragen: (file.inhoud as { vragen: Array<{ regels: string[] }> }).vragen
                .map((vraag) => ({
                  ...vraag,
                  regels: vraag.regels.filter((rule) => rule !== id),
                }))
                .filter((vraag) => vraag.regels.length > 0),
            },
          }
        : file,
    );
    expect(await codes(changed)).toContainEqual({
      code: 'regel-zonder-vraag',
      regel: id,
      pad: 'id',
    });
  });

  it('reports uitzonderingOp pointing at a rule that does not list the exception', async () => {
    const other = ruleOf(plain!).id;
    const issues = await codes(withEdit(exception!.pad, (rule) => (rule.uitzonderingOp = other)));
    expect(issues).toContainEqual({
      code: 'uitzondering-op-verkeerde-regel',
      regel: ruleOf(exception!).id,
      pad: 'uitzonderingOp',
    });
  });

  it('reports a deciding rule marked advies', async () => {
    const issues = await codes(withEdit(base!.pad, (rule) => (rule.advies = true)));
    expect(issues).toContainEqual({
      code: 'advies-beslist',
      regel: ruleOf(base!).id,
      pad: 'advies',
    });
  });

  it('reports a date compared with a number and a boolean with the string "true", naming rule and path', async () => {
    const withBoolean = rules.find((file) =>
      JSON.stringify(ruleOf(file).versies).includes('"value":true'),
    );
    const issues = await codes(
      withEdit(withBoolean!.pad, (rule) => {
        const text = JSON.stringify(rule.versies).replace('"value":true', '"value":"true"');
        rule.versies = JSON.parse(text) as unknown;
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'waarde-past-niet-bij-feit',
        regel: ruleOf(withBoolean!).id,
      }),
    );
    const withDate = rules.find((file) =>
      /"operator":"date\w+","value":/.test(JSON.stringify(ruleOf(file).versies)),
    );
    const dated = await codes(
      withEdit(withDate!.pad, (rule) => {
        rule.versies = JSON.parse(
          JSON.stringify(rule.versies).replace(
            /("operator":"date\w+","value":)(\{[^}]*\}|"[^"]*")/,
            '$120261231',
          ),
        ) as unknown;
      }),
    );
    expect(dated).toContainEqual(
      expect.objectContaining({ code: 'waarde-past-niet-bij-feit', regel: ruleOf(withDate!).id }),
    );
  });

  it('reports an all that asks one fact to equal two values', async () => {
    const issues = await codes(
      withEdit(exception!.pad, (rule) => {
        const versie = (
          rule.versies as Array<{ vanToepassing?: { all?: Array<Record<string, unknown>> } }>
        )[0];
        const first = versie?.vanToepassing?.all?.find((leaf) => leaf.operator === 'equal');
        if (!first || !versie?.vanToepassing?.all) throw new Error('no equal leaf to contradict');
        versie.vanToepassing.all.push({
          ...first,
          name: `${String(first.name)}Ook`,
          value: typeof first.value === 'boolean' ? !first.value : 'iets-anders',
        });
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'tegenstrijdige-voorwaarden', regel: ruleOf(exception!).id }),
    );
  });

  it('reports a worked case that expects nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iza-regels-leeg-'));
    try {
      await cp(defaultRulesDir(), dir, {
        recursive: true,
        filter: (source) => !source.includes('node_modules'),
      });
      const pad = files.find((file) => file.pad.startsWith('gevallen/'))!.pad;
      const file = JSON.parse(await readFile(join(dir, pad), 'utf8')) as {
        gevallen: Array<{ verwacht: object }>;
      };
      file.gevallen = file.gevallen.slice(0, 1).map((entry) => ({ ...entry, verwacht: {} }));
      for (const other of files.filter(
        (entry) => entry.pad.startsWith('gevallen/') && entry.pad !== pad,
      ))
        await rm(join(dir, other.pad));
      await writeFile(join(dir, pad), JSON.stringify(file));
      const result = await checkRulesDir(dir);
      expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toContain(
        'geval-toetst-niets',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
