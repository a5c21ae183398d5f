/**
 * The changelog at version time: `changeset version` in a scratch git repository with this
 * repository's package.json files, .changeset/config.json and changelog module, and one changeset
 * for the rules alone. The engine and the CLI, which follow the rules, must tell their users what
 * the rules change does to outcomes, not only "Updated dependencies".
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eersteZin, leesTekst } from '../scripts/changeset-tekst.ts';
import { wijzigingenIn, type Wijzigingen } from '../site/src/lib/wijzigingen.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAKKETTEN = ['rules', 'packages/engine', 'packages/cli'];
const changesetBin = join(
  dirname(createRequire(join(root, 'package.json')).resolve('@changesets/cli/package.json')),
  'bin.js',
);

const TITEL = 'Een parameter van een regel krijgt een nieuwe datum.';
const GEVOLG = 'Plannen rond de oude datum krijgen een andere uitkomst.';
const CHANGESET = `---
'@iza-regels/rules': major
---

${TITEL} De bron staat erbij.

Geraakte regels: REGEL-A, REGEL-B
Geraakte periodes: vanaf 2026-10-01

## Gevolgen voor uitkomsten

${GEVOLG}
`;

let repo = '';
let voor: Wijzigingen;
const changelog = (pakket: string) => readFile(join(repo, pakket, 'CHANGELOG.md'), 'utf8');

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'iza-regels-changelog-'));
  for (const pakket of PAKKETTEN) {
    await mkdir(join(repo, pakket), { recursive: true });
    await cp(join(root, pakket, 'package.json'), join(repo, pakket, 'package.json'));
  }
  for (const bestand of ['package.json', 'pnpm-workspace.yaml']) {
    await cp(join(root, bestand), join(repo, bestand));
  }
  await cp(join(root, 'scripts'), join(repo, 'scripts'), {
    recursive: true,
    filter: (bron) => !bron.includes('consumer'),
  });
  await mkdir(join(repo, '.changeset'));
  const config = JSON.parse(await readFile(join(root, '.changeset', 'config.json'), 'utf8')) as {
    format?: unknown;
  };
  // Formatting runs Prettier through pnpm, which the scratch repository has not; the text is ours.
  config.format = false;
  await writeFile(join(repo, '.changeset', 'config.json'), JSON.stringify(config));
  await writeFile(join(repo, '.changeset', 'loud-lies-hear.md'), CHANGESET);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: repo,
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'wijziging');
  voor = await wijzigingenIn(repo);
  execFileSync(process.execPath, [changesetBin, 'version'], { cwd: repo, stdio: 'pipe' });
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('changeset version with the changelog module', () => {
  it('writes the whole Dutch text of the change into the rules changelog', async () => {
    const tekst = await changelog('rules');
    expect(tekst).toContain(`${TITEL} De bron staat erbij.`);
    expect(tekst).toContain('Geraakte regels: REGEL-A, REGEL-B');
    expect(tekst).toContain('Geraakte periodes: vanaf 2026-10-01');
    expect(tekst).toContain(`Gevolgen voor uitkomsten: ${GEVOLG}`);
    // A heading inside an entry would read as a section of the changelog.
    expect(tekst).not.toMatch(/^#+ Gevolgen/m);
  });

  it('tells the users of the engine and the CLI what the rules change does to outcomes', async () => {
    const { version } = JSON.parse(await readFile(join(repo, 'rules', 'package.json'), 'utf8')) as {
      version: string;
    };
    for (const pakket of ['packages/engine', 'packages/cli']) {
      const tekst = await changelog(pakket);
      expect(tekst).toContain(`Volgt @iza-regels/rules ${version}`);
      expect(tekst).toContain(TITEL);
      expect(tekst).toContain('Geraakte regels: REGEL-A, REGEL-B');
      expect(tekst).toContain(`Gevolgen voor uitkomsten: ${GEVOLG}`);
      expect(tekst).not.toContain('Updated dependencies');
    }
  });

  it('uses up the changeset', async () => {
    expect(
      (await readdir(join(repo, '.changeset'))).filter((naam) => naam.endsWith('.md')),
    ).toEqual([]);
  });
});

const titels = (lijst: Wijzigingen['openstaand']) =>
  lijst.map((w) => w.titel.map((deel) => ('tekst' in deel ? deel.tekst : '')).join(''));

describe('the Wijzigingen page of the site', () => {
  it('shows a pending change as such, titled by its first sentence, not its file name', () => {
    expect(voor.uitgebracht).toEqual([]);
    expect(titels(voor.openstaand)).toEqual([TITEL]);
    expect(voor.openstaand[0]?.bestand).toBe('loud-lies-hear');
  });

  it('shows it in the released version after changeset version, once, with every package', async () => {
    const na = await wijzigingenIn(repo);
    const { version } = JSON.parse(await readFile(join(repo, 'rules', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(na.openstaand).toEqual([]);
    expect(na.uitgebracht.map((versie) => versie.versie)).toEqual([version]);
    const [versie] = na.uitgebracht;
    expect(titels(versie?.wijzigingen ?? [])).toEqual([TITEL]);
    expect(versie?.wijzigingen[0]?.pakketten).toEqual([
      { naam: '@iza-regels/rules', soort: 'major' },
    ]);
    expect(JSON.stringify(versie?.wijzigingen[0]?.blokken)).toContain(GEVOLG);
  });
});

describe('the title of a change', () => {
  it('is the first sentence, not cut at an abbreviation, a bracket, code or a number', () => {
    const zin =
      'De termijn (bijv. art. 4 lid 2) wordt `a. b` en 1.000.000 keer "zo. lang" getoetst.';
    expect(eersteZin(`${zin} Daarna meer.`)).toBe(zin);
  });

  it('is a heading when the text starts with one, and it is short', () => {
    expect(leesTekst('# Kop van de wijziging\n\nTekst.').titel).toBe('Kop van de wijziging');
    expect(leesTekst(`${'lang '.repeat(100)}.`).titel.length).toBeLessThanOrEqual(142);
    expect(leesTekst(`De korte titel hier: ${'lang '.repeat(100)}.`).titel).toBe(
      'De korte titel hier',
    );
  });
});
