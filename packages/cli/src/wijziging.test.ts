/**
 * `iza-regels wijziging` on a copy of the rules with a moved date parameter, compared with the shipped
 * rules: the changeset it writes, with flags and with answers on stdin, and its exit codes.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDate } from '@iza-regels/engine';
import { defaultRulesDir } from '@iza-regels/engine/node';
import { describe, expect, it, onTestFinished } from 'vitest';
import { moveDateParameter, type MovedParameter } from '../../../test/support/moved-parameter.ts';
import { rulesCopy } from '../../../test/support/rules-copy.ts';
import { runCli } from './run-cli.ts';

let rules = '';
let moved: MovedParameter;
const SMALL = ['--scenarios', '20000', '--threads', '1', '--vandaag', '2026-11-30'];

/** A fresh project folder to run in (its `.changeset/` gets the changeset), and the changed rules. */
async function project(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'iza-regels-wijziging-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  rules = await rulesCopy();
  moved = await moveDateParameter(rules);
  return dir;
}

const wijziging = (cwd: string, args: readonly string[], input?: string) =>
  runCli(['wijziging', '--ref', defaultRulesDir(), '--regels', rules, ...SMALL, ...args], {
    cwd,
    ...(input === undefined ? {} : { input }),
  });

const written = async (cwd: string): Promise<string[]> =>
  (await readdir(join(cwd, '.changeset')).catch(() => [])).sort();

describe('iza-regels wijziging', () => {
  it('writes a changeset named after the change, with its level, reason and consequences', async () => {
    const cwd = await project();
    const run = await wijziging(cwd, ['--waarom', 'Verlengd door de IZA-partijen.', '--ja']);
    expect(run.code).toBe(0);
    const [name] = await written(cwd);
    const date = formatDate(moved.to, 'nl').toLowerCase().replaceAll(' ', '-');
    expect(name).toMatch(new RegExp(`${moved.id}-${date}\\.md$`));
    const text = await readFile(join(cwd, '.changeset', name ?? ''), 'utf8');
    expect(text).toMatch(/^---\n'@iza-regels\/rules': major\n---\n\n# /);
    expect(text).toContain(`naar ${formatDate(moved.to, 'nl')}`);
    expect(text).toContain('Verlengd door de IZA-partijen.');
    expect(text).toMatch(/^Geraakte regels: [A-Z]/m);
    expect(text).toMatch(/^Geraakte periodes: /m);
    expect(text).toMatch(
      /## Gevolgen voor uitkomsten\n\n- (Regel|Vraag) .* wordt .* in [\d.]+ van de/,
    );
    expect(run.stdout).toContain('Changeset geschreven');
  });

  it('refuses a level lower than the diff needs (64) and writes nothing', async () => {
    const cwd = await project();
    const run = await wijziging(cwd, ['--waarom', 'Reden.', '--niveau', 'minor']);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('te laag');
    expect(await written(cwd)).toEqual([]);
  });

  it('asks why and which level on stdin, and asks again for a level that is too low', async () => {
    const cwd = await project();
    const run = await wijziging(cwd, [], 'Verlengd door de IZA-partijen.\npatch\nja\n');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Waarom verandert dit?');
    expect(run.stderr).toContain('"patch" kan niet');
    expect(await written(cwd)).toHaveLength(1);
  });

  it('writes nothing (1) when the answer is no, and stops (64) when stdin has no answer', async () => {
    const cwd = await project();
    expect((await wijziging(cwd, ['--waarom', 'Reden.'], 'nee\n')).code).toBe(1);
    const silent = await wijziging(cwd, []);
    expect(silent.code).toBe(64);
    expect(silent.stderr).toContain('--waarom');
    expect(await written(cwd)).toEqual([]);
  });
});
