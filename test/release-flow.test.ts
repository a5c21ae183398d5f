/**
 * From a rule edit to a release, end to end in a scratch git repository with this repository's
 * package files, changeset configuration and changelog module. The release commit is tagged; the next
 * commit moves a date parameter that a rule reads (test/support/moved-parameter.ts picks it from the
 * shipped rules). Then, in order: `iza-regels diff` says so in words and outcomes; the release guard
 * refuses the change undeclared and declared too low; `iza-regels wijziging` writes the changeset
 * and the guard accepts it; `changeset version` writes the changelogs and the site's Wijzigingen page
 * shows the release; after the release commit and tag the guard compares with the new tag; and every
 * package publishes, as a dry run, with its changelog.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '@iza-regels/engine';
import { runCli } from '../packages/cli/src/run-cli.ts';
import { wijzigingenIn, type Wijzigingen } from '../site/src/lib/wijzigingen.ts';
import { rulesDir } from './support.ts';
import { moveDateParameter, type MovedParameter } from './support/moved-parameter.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAKKETTEN = ['rules', 'packages/engine', 'packages/cli'];
const changesetBin = join(
  dirname(createRequire(join(root, 'package.json')).resolve('@changesets/cli/package.json')),
  'bin.js',
);
const SMALL = ['--scenarios', '20000', '--threads', '1', '--vandaag', '2026-11-30'];
let repo = '';
let moved: MovedParameter;

const git = (...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });

const changesets = async (): Promise<string[]> =>
  (await readdir(join(repo, '.changeset')))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort();

const versionOf = async (pakket: string): Promise<string> =>
  (JSON.parse(await readFile(join(repo, pakket, 'package.json'), 'utf8')) as { version: string })
    .version;

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'iza-regels-release-'));
  await cp(rulesDir, join(repo, 'rules'), {
    recursive: true,
    filter: (source) => !source.includes('node_modules') && !source.endsWith('CHANGELOG.md'),
  });
  for (const pakket of PAKKETTEN.slice(1)) {
    await mkdir(join(repo, pakket), { recursive: true });
    await cp(join(root, pakket, 'package.json'), join(repo, pakket, 'package.json'));
  }
  for (const bestand of ['package.json', 'pnpm-workspace.yaml'])
    await cp(join(root, bestand), join(repo, bestand));
  await cp(join(root, 'scripts'), join(repo, 'scripts'), {
    recursive: true,
    filter: (source) => !source.includes('consumer'),
  });
  await mkdir(join(repo, '.changeset'));
  const config = JSON.parse(await readFile(join(root, '.changeset', 'config.json'), 'utf8')) as {
    format?: unknown;
  };
  // Formatting runs Prettier through pnpm, which the scratch repository has not; the text is ours.
  config.format = false;
  await writeFile(join(repo, '.changeset', 'config.json'), JSON.stringify(config));
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
  let voor: Wijzigingen;

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
    expect(run.stderr).toContain('iza-regels wijziging');
  });

  it('the guard refuses it declared as minor', async () => {
    await writeFile(
      join(repo, '.changeset', 'te-laag.md'),
      "---\n'@iza-regels/rules': minor\n---\n\nDatum.\n",
    );
    expect((await runCli(['diff', '--guard', ...SMALL], { cwd: repo })).code).toBe(1);
    await rm(join(repo, '.changeset', 'te-laag.md'));
  });

  it('iza-regels wijziging writes the changeset as major, and the guard accepts it', async () => {
    const run = await runCli(
      ['wijziging', '--waarom', 'De IZA-partijen verlengen de termijn.', '--ja', ...SMALL],
      { cwd: repo },
    );
    expect(run.code).toBe(0);
    const [name] = await changesets();
    expect(name).toContain(moved.id);
    const text = await readFile(join(repo, '.changeset', name ?? ''), 'utf8');
    expect(text).toMatch(/^---\n'@iza-regels\/rules': major\n---\n/);
    expect(text).toContain('## Gevolgen voor uitkomsten');
    const guard = await runCli(['diff', '--guard', ...SMALL], { cwd: repo });
    expect(guard.code).toBe(0);
    expect(guard.stderr).toContain('de changesets vragen major');
    voor = await wijzigingenIn(repo);
    git('add', '-A');
    git('commit', '-qm', 'docs(changeset): datum verschoven');
  });

  it('changeset version writes the changelogs and the Wijzigingen page shows the release', async () => {
    expect(voor.openstaand).toHaveLength(1);
    expect(voor.uitgebracht).toEqual([]);
    const titel = voor.openstaand[0]?.titel.map((deel) => ('tekst' in deel ? deel.tekst : ''));
    expect(titel?.join('')).toContain(formatDate(moved.to, 'nl'));
    execFileSync(process.execPath, [changesetBin, 'version'], { cwd: repo, stdio: 'pipe' });
    const versie = await versionOf('rules');
    expect(versie).toMatch(/^1\.0\.0$/);
    const rules = await readFile(join(repo, 'rules', 'CHANGELOG.md'), 'utf8');
    expect(rules).toContain(`naar ${formatDate(moved.to, 'nl')}`);
    expect(rules).toContain('Geraakte regels:');
    expect(rules).toMatch(/Gevolgen voor uitkomsten: .*scenario's/s);
    const engine = await readFile(join(repo, 'packages/engine', 'CHANGELOG.md'), 'utf8');
    expect(engine).toContain(`Volgt @iza-regels/rules ${versie}`);
    const na = await wijzigingenIn(repo);
    expect(na.openstaand).toEqual([]);
    expect(na.uitgebracht.map((entry) => entry.versie)).toEqual([versie]);
    expect(await changesets()).toEqual([]);
  });

  it('after the release commit and tag, the guard compares with the new tag and passes', async () => {
    const versie = await versionOf('rules');
    git('add', '-A');
    git('commit', '-qm', `chore: versie ${versie}`);
    git('tag', `@iza-regels/rules@${versie}`);
    const run = await runCli(['diff', '--guard', ...SMALL], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Sinds @iza-regels/rules@${versie}`);
  });

  it('every package publishes as a dry run, at the new version, with its changelog', async () => {
    const versie = await versionOf('rules');
    for (const pakket of PAKKETTEN) {
      // Offline and without the build (prepack): what would be published, not a real upload.
      const output = execFileSync(
        'npm',
        ['publish', '--dry-run', '--offline', '--ignore-scripts', '--json'],
        { cwd: join(repo, pakket), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const published = Object.values(
        JSON.parse(output) as Record<string, { version: string; files: Array<{ path: string }> }>,
      )[0];
      expect(published?.version).toBe(versie);
      const files = published?.files.map((file) => file.path) ?? [];
      expect(files).toContain('CHANGELOG.md');
      if (pakket === 'rules') expect(files).toContain(`parameters/${moved.id}.json`);
    }
  });

  it('the guard skips with a clear message where there is no release tag yet', async () => {
    for (const tag of git('tag', '--list').split('\n').filter(Boolean)) git('tag', '-d', tag);
    const run = await runCli(['diff', '--guard', ...SMALL], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Nog geen release-tag');
  });
});
