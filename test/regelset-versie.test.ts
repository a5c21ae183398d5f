/**
 * The version label of unreleased rules: a rules folder next to a `.changeset/` with a changeset for
 * `@iza-regels/rules` is not the released version, and says so with its content hash; one without
 * (an installed package, a git ref) keeps the version of its package.json.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleSet } from '@iza-regels/engine';
import { loadRuleSetFromDir } from '@iza-regels/engine/node';
import { rulesDir } from './support.ts';

let repo = '';
let version = '';

const changeset = (pakket: string) => `---\n'${pakket}': patch\n---\n\nEen wijziging.\n`;

async function ruleSet(): Promise<RuleSet> {
  const loaded = await loadRuleSetFromDir(join(repo, 'rules'));
  if (!loaded.ok) throw new Error('The copied rules do not load');
  return loaded.ruleSet;
}

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'iza-regels-versie-'));
  await cp(rulesDir, join(repo, 'rules'), {
    recursive: true,
    filter: (source) => !source.split(sep).includes('node_modules'),
  });
  await mkdir(join(repo, '.changeset'));
  await writeFile(join(repo, '.changeset', 'README.md'), changeset('@iza-regels/rules'));
  ({ version } = JSON.parse(await readFile(join(rulesDir, 'package.json'), 'utf8')) as {
    version: string;
  });
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('the version of the rules', () => {
  it('is the package version when no changeset names the rules (a README is no changeset)', async () => {
    await writeFile(join(repo, '.changeset', 'motor.md'), changeset('@iza-regels/engine'));
    expect((await ruleSet()).versie).toBe(version);
  });

  it('carries the content hash while a changeset names the rules; the hash stays the same', async () => {
    const released = await ruleSet();
    await writeFile(join(repo, '.changeset', 'regels.md'), changeset('@iza-regels/rules'));
    const pending = await ruleSet();
    expect(pending.hash).toBe(released.hash);
    expect(pending.versie).toBe(`${version}+${released.hash.replace(/^sha256:/, '').slice(0, 12)}`);
  });
});
