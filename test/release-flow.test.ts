/**
 * From a rule edit to a release, end to end in a scratch git repository: the release commit is tagged,
 * the next commit moves a date parameter that a rule reads; `iza-regels diff` says so in words and
 * outcomes, and the release guard refuses the change until a changeset declares it major. The
 * parameter and its dates are read from the shipped rules (test/support/moved-parameter.ts).
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '@iza-regels/engine';
import { runCli } from '../packages/cli/src/run-cli.ts';
import { rulesDir } from './support.ts';
import { moveDateParameter, type MovedParameter } from './support/moved-parameter.ts';

const SMALL = ['--scenarios', '20000', '--threads', '1', '--vandaag', '2026-11-30'];
let repo = '';

const git = (...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });

let moved: MovedParameter;

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'iza-regels-release-'));
  await cp(rulesDir, join(repo, 'rules'), {
    recursive: true,
    filter: (source) => !source.includes('node_modules'),
  });
  await mkdir(join(repo, '.changeset'));
  await writeFile(join(repo, '.changeset', 'README.md'), '# Changesets\n');
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'release');
  git('tag', '@iza-regels/rules@0.1.0');
  moved = await moveDateParameter(join(repo, 'rules'));
  git('commit', '-qam', 'feat(regels): datum verschoven');
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('a rule change from edit to release', () => {
  it('diff names the moved date in words and the outcomes it changes, and exits 1', async () => {
    const run = await runCli(['diff', 'HEAD~1', ...SMALL], { cwd: repo });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `verschuift van ${formatDate(moved.from, 'nl')} naar ${formatDate(moved.to, 'nl')}`,
    );
    expect(run.stdout).toMatch(/→ .* in [\d.]+ scenario's/);
    expect(run.stdout).toContain('kleinste voorbeeld');
    expect(run.stdout).toContain('Nodig: major');
  });

  it('the guard refuses the change without a changeset, and prints the diff', async () => {
    const run = await runCli(['diff', '--guard', ...SMALL], { cwd: repo });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('verschuift');
    expect(run.stderr).toContain('@iza-regels/rules@0.1.0');
  });

  it('the guard refuses it declared as minor', async () => {
    await writeFile(
      join(repo, '.changeset', 'datum.md'),
      "---\n'@iza-regels/rules': minor\n---\n\nDatum.\n",
    );
    expect((await runCli(['diff', '--guard', ...SMALL], { cwd: repo })).code).toBe(1);
  });

  it('the guard accepts it declared as major', async () => {
    await writeFile(
      join(repo, '.changeset', 'datum.md'),
      "---\n'@iza-regels/rules': major\n---\n\nDatum.\n",
    );
    const run = await runCli(['diff', '--guard', ...SMALL], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('major');
  });

  it('the guard skips with a clear message where there is no release tag yet', async () => {
    git('tag', '-d', '@iza-regels/rules@0.1.0');
    const run = await runCli(['diff', '--guard', ...SMALL], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Nog geen release-tag');
  });
});
