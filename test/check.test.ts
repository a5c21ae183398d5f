/**
 * `checkRulesDir` (behind `iza-regels check`): rule files plus every worked case, on copies of the rules
 * folder with only a few case files, one of them broken on purpose. That the shipped rules pass is
 * checked case by case in cases.test.ts (the expectations) and differential.test.ts (json-rules-engine),
 * and as a whole by `iza-regels check` in CI (.ci/run): here it would evaluate all cases twice more.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRulesDir } from '@iza-regels/engine/node';
import { rulesCopy } from './support/rules-copy.ts';

type CaseFile = { gevallen: Array<{ naam: string; verwacht: { regels: Record<string, string> } }> };

describe('checkRulesDir', () => {
  it('passes on correct rules and runs every worked case of every case file', async () => {
    const dir = await rulesCopy(['beoordelingskader.json', 'kalender.json']);
    expect((await readdir(join(dir, 'gevallen'))).sort()).toEqual([
      'beoordelingskader.json',
      'kalender.json',
    ]);
    let cases = 0;
    for (const file of ['beoordelingskader.json', 'kalender.json'])
      cases += (JSON.parse(await readFile(join(dir, 'gevallen', file), 'utf8')) as CaseFile)
        .gevallen.length;
    const result = await checkRulesDir(dir);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.gevallen).toBe(cases);
  });

  it('names the worked case whose expectation the rules no longer give (ADD.B1.3, approval on 1 January 2027)', async () => {
    const dir = await rulesCopy(['addendum.json']);
    const path = join(dir, 'gevallen', 'addendum.json');
    const json = JSON.parse(await readFile(path, 'utf8')) as CaseFile;
    const index = json.gevallen.findIndex(
      (item) => item.verwacht.regels['ADD-04'] === 'voldoet-niet',
    );
    const entry = json.gevallen[index];
    if (!entry) throw new Error('no worked case in which ADD-04 gives voldoet-niet');
    entry.verwacht.regels['ADD-04'] = 'voldoet';
    await writeFile(path, JSON.stringify(json));
    const result = await checkRulesDir(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'geval-wijkt-af',
      bestand: 'gevallen/addendum.json',
      pad: `gevallen[${index}].verwacht.regels.ADD-04`,
    });
    expect(result.issues[0]?.nl).toContain(entry.naam);
    expect(result.issues[0]?.nl).toContain('1 januari 2027');
  });
});
