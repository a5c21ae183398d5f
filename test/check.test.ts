/**
 * `checkRulesDir` (behind `iza-regels check`): rule files plus every worked case, on copies of the rules
 * folder with only a few case files, one of them broken on purpose. The case files and the worked case
 * are picked by shape, never by name or id, so an edit of the rule data cannot break this test. That
 * the shipped rules pass is checked case by case in cases.test.ts (the expectations) and
 * differential.test.ts (json-rules-engine), and as a whole by `iza-regels check` in CI (.ci/run).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRulesDir, formatJson } from '@iza-regels/engine/node';
import { caseFileNames, caseFileWith, rulesCopy } from './support/rules-copy.ts';

type Geval = { naam: string; verwacht: { regels?: Record<string, string> } };
type CaseFile = { gevallen: Geval[] };

const OUTCOMES = ['voldoet', 'voldoet-niet', 'onbekend', 'niet-van-toepassing'];

describe('checkRulesDir', () => {
  it('passes on correct rules and runs every worked case of every case file', async () => {
    const names = (await caseFileNames()).slice(0, 2);
    const dir = await rulesCopy(names);
    expect((await readdir(join(dir, 'gevallen'))).sort()).toEqual(names);
    let cases = 0;
    for (const file of names)
      cases += (JSON.parse(await readFile(join(dir, 'gevallen', file), 'utf8')) as CaseFile)
        .gevallen.length;
    const result = await checkRulesDir(dir);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.gevallen).toBe(cases);
  });

  it('names the worked case, file and path whose expected rule outcome the rules no longer give', async () => {
    const expectsRule = (geval: Geval): boolean =>
      Object.keys(geval.verwacht.regels ?? {}).length > 0;
    const name = await caseFileWith((geval) => expectsRule(geval as unknown as Geval));
    const dir = await rulesCopy([name]);
    const path = join(dir, 'gevallen', name);
    const json = JSON.parse(await readFile(path, 'utf8')) as CaseFile;
    const index = json.gevallen.findIndex(expectsRule);
    const entry = json.gevallen[index];
    const [rule, outcome] = Object.entries(entry?.verwacht.regels ?? {})[0] ?? [];
    if (!entry?.verwacht.regels || !rule) throw new Error('no worked case that expects a rule');
    const other = OUTCOMES.find((candidate) => candidate !== outcome) ?? '';
    entry.verwacht.regels[rule] = other;
    await writeFile(path, formatJson(json));
    const result = await checkRulesDir(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'geval-wijkt-af',
      bestand: `gevallen/${name}`,
      pad: `gevallen[${index}].verwacht.regels.${rule}`,
    });
    expect(result.issues[0]?.nl).toContain(entry.naam);
    expect(result.issues[0]?.nl).toContain(other);
  });
});
