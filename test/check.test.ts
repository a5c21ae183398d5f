/** `checkRulesDir` (behind `iza-regels check`): rule files plus every worked case, on a copy broken on purpose. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRulesDir } from '@iza-regels/engine/node';
import { rulesDir } from './support.ts';

let copy: string | undefined;
afterEach(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

async function brokenCopy(
  file: string,
  edit: (json: { gevallen: Array<{ verwacht: { regels: Record<string, string> } }> }) => void,
): Promise<string> {
  copy = await mkdtemp(join(tmpdir(), 'iza-regels-'));
  await cp(rulesDir, copy, {
    recursive: true,
    filter: (source) => !source.includes('node_modules'),
  });
  const path = join(copy, file);
  const json = JSON.parse(await readFile(path, 'utf8')) as Parameters<typeof edit>[0];
  edit(json);
  await writeFile(path, JSON.stringify(json));
  return copy;
}

describe('checkRulesDir', () => {
  it('passes on the shipped rules and runs every worked case', async () => {
    const result = await checkRulesDir(rulesDir);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.gevallen).toBeGreaterThan(40);
  });

  it('names the worked case whose expectation the rules no longer give (ADD.B1.3, approval on 1 January 2027)', async () => {
    const dir = await brokenCopy('gevallen/addendum.json', (json) => {
      const entry = json.gevallen.find((item) => item.verwacht.regels['ADD-04'] === 'voldoet-niet');
      if (entry) entry.verwacht.regels['ADD-04'] = 'voldoet';
    });
    const result = await checkRulesDir(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((entry) => entry.code === 'geval-wijkt-af');
    expect(issue).toMatchObject({ bestand: 'gevallen/addendum.json' });
    expect(issue?.pad).toMatch(/^gevallen\[\d+\]\.verwacht\.regels\.ADD-04$/);
    expect(issue?.nl).toContain('1 januari 2027');
  });
});
